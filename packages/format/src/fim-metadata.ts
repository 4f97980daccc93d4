import type { FimIdentity } from './fim-identity.js';
import type { ReleaseStatus, ElementKind } from './release-status.js';

/**
 * A Relation (xdf3 `relation`): `ABL` ist abgeleitet von, `ERS` ersetzt, `EQU` ist äquivalent
 * zu, `VKN` ist verknüpft mit.
 */
export interface FimRelation {
  /** The predicate code. */
  predicate: 'ABL' | 'ERS' | 'EQU' | 'VKN';
  /** The related element. */
  object: FimIdentity;
}

/** A Stichwort (xdf3 `stichwort`): a keyword with the URI of its vocabulary. */
export interface FimKeyword {
  /** @minLength 1 */
  value: string;
  /** The vocabulary, in real exports `Freitext`, `Detaillierungsstufe` or `Anwendungsgebiet`. */
  uri: string;
}

/**
 * The editorial metadata FIM keeps on every element (AllgemeineAngaben): identity, internal
 * name, documentation, release data. Citizen-facing texts are not here but on the element.
 */
export interface FimMetadata extends FimIdentity {
  /** FIM-internal name (`name`), e.g. `Familienname`. */
  name?: string;
  /** Editorial description (`beschreibung`). */
  description?: string;
  /** Editorial definition (`definition`). */
  definition?: string;
  /** Schemaelementart of a field or group. */
  elementKind?: ElementKind;
  /** Freigabestatus (xdf3), or the xdf2 status mapped to it (specs/xdatenfelder.md §3). */
  status?: ReleaseStatus;
  /** When the status was set (`statusGesetztAm`), ISO date. */
  statusSetAt?: string;
  /** Who set the status (`statusGesetztDurch`). */
  statusSetBy?: string;
  /** Valid from (`gueltigAb`), ISO date. */
  validFrom?: string;
  /** Valid until (`gueltigBis`), ISO date. */
  validUntil?: string;
  /** Version note (`versionshinweis`). */
  versionNote?: string;
  /** Release date (`freigabedatum`, xdf2), ISO date. */
  releasedAt?: string;
  /** Publication date (`veroeffentlichungsdatum`), ISO date. */
  publishedAt?: string;
  /** Last change (`letzteAenderung`, xdf3), ISO date-time. */
  lastModified?: string;
  /** Author (`fachlicherErsteller`). */
  creator?: string;
  /** Relations to other FIM elements. */
  relations?: FimRelation[];
  /** Keywords (`stichwort`). */
  keywords?: FimKeyword[];
}
