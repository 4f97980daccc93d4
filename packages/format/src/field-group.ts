import type { Extensions } from './extensions.js';
import type { FimMetadata } from './fim-metadata.js';
import type { LegalBasis } from './legal-basis.js';
import type { LocalizedMarkdown, LocalizedText } from './localized-text.js';
import type { Occurrence } from './occurrence.js';
import type { PresentationHints } from './presentation.js';

/** A Datenfeldgruppe (G): fields and groups that belong together, e.g. an address. */
export interface FieldGroup {
  /** FIM identity and editorial metadata, when the group comes from FIM. */
  fim?: FimMetadata;
  /**
   * Technical name.
   * @pattern ^[A-Za-z_][A-Za-z0-9_]*$
   */
  name: string;
  /** Label on input forms (`bezeichnungEingabe`). */
  label: LocalizedText;
  /** Label on output documents (`bezeichnungAusgabe`). */
  outputLabel?: LocalizedText;
  /** Help while filling in (`hilfetextEingabe`), Markdown. */
  help?: LocalizedMarkdown;
  /** Help on output documents (`hilfetextAusgabe`), Markdown. */
  outputHelp?: LocalizedMarkdown;
  /**
   * Gruppenart. `choice` (FIM `X`, Auswahlgruppe): exactly one of the children is filled in.
   * Absent: all children apply.
   */
  choice?: boolean;
  /**
   * The children, in order (`struktur`).
   * @minItems 1
   */
  children: Occurrence[];
  /** Legal bases of the element (`bezug` on the Datenfeldgruppe). */
  legalBases?: LegalBasis[];
  /** Keys of rules in the definition's `rules` that belong to this group. */
  rules?: string[];
  /** Presentation hints. */
  ui?: PresentationHints;
  /** Data without another home. */
  extensions?: Extensions;
}
