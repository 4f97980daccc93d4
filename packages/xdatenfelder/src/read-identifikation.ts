import type { FimIdentity } from '@fimforms/format';
import { nonEmpty } from './element-reader.js';
import type { ImportContext } from './import-context.js';
import { upcastXdf2Id } from './upcast-xdf2-id.js';
import type { XmlElement } from './xml-element.js';

/** The element-type letter a FIM id starts with. */
export type ElementLetter = 'C' | 'D' | 'F' | 'G' | 'R' | 'S';

/** A read `identifikation`, plus the raw id when it was unusable (kept for export). */
export interface ReadIdentity {
  identity: FimIdentity;
  /** The source id, when it was replaced by a placeholder (restored on export). */
  invalidId?: string;
  /** The source version, when it did not match `major.minor(.patch)`. */
  invalidVersion?: string;
  /** The xdf2 version (`1.0`), when it was upcast to the xdf3 form (`1.0.0`). */
  originalVersion?: string;
}

const VALID_ID = /^[CDFGRS][0-9A-Za-z][0-9A-Za-z._-]*$/;
const VALID_VERSION = /^\d+(\.\d+){0,2}$/;

/**
 * Reads an ElementIdentifikation (`id`, optional `version`). xdf2 ids are upcast to the
 * 11-digit xdf3 form with the source id kept in `originalId`, xdf2 versions to three parts
 * (source kept in `originalVersion`); a missing or unusable id
 * becomes a placeholder `<letter>99999` + counter and is reported (real test data has both).
 */
export function readIdentifikation(element: XmlElement | undefined, letter: ElementLetter, context: ImportContext, owner: XmlElement): ReadIdentity {
  const ids = element?.children.filter((child) => child.local === 'id') ?? [];
  const versionText = nonEmpty(element?.children.find((child) => child.local === 'version')?.text);
  if (ids.length > 1) {
    context.report('xdf-duplicate-child', 'warning', ids[1]!, {
      de: 'Die Identifikation enthält mehrere <id>; nur die erste wird gelesen.',
      en: 'The identification holds several <id>; only the first is read.',
    });
    context.count('duplicate-child', ids.length - 1);
  }
  for (const child of element?.children ?? []) {
    if (child.local === 'id' || child.local === 'version') continue;
    context.report('xdf-unknown-element', 'warning', child, {
      de: `Unbekanntes Element <${child.local}> in der Identifikation; es wird nicht übernommen.`,
      en: `Unknown element <${child.local}> in the identification; it is not imported.`,
    });
    context.count('unknown-element');
  }
  const raw = nonEmpty(ids[0]?.text);
  const result: ReadIdentity = { identity: { id: '' } };
  if (raw !== undefined && VALID_ID.test(raw) && raw.startsWith(letter)) {
    const upcast = context.version === '2.0' ? upcastXdf2Id(raw) : raw;
    result.identity.id = upcast;
    if (upcast !== raw) result.identity.originalId = raw;
  } else {
    result.identity.id = `${letter}99999${String(context.nextPlaceholder()).padStart(6, '0')}`;
    if (raw !== undefined) result.invalidId = raw;
    context.report(raw === undefined ? 'xdf-missing-id' : 'xdf-invalid-id', 'warning', element ?? owner, {
      de: raw === undefined
        ? `Das Element hat keine Id; es erhält die Platzhalter-Id ${result.identity.id}.`
        : `Die Id „${raw}“ ist keine FIM-Id eines Elements vom Typ ${letter}; sie wird als Platzhalter-Id ${result.identity.id} geführt und beim Export wiederhergestellt.`,
      en: raw === undefined
        ? `The element has no id; it gets the placeholder id ${result.identity.id}.`
        : `The id "${raw}" is not a FIM id of an element of type ${letter}; it is kept as placeholder id ${result.identity.id} and restored on export.`,
    });
    context.count(raw === undefined ? 'missing-id' : 'invalid-id');
  }
  if (versionText !== undefined) {
    if (context.version === '2.0' && /^\d+\.\d+$/.test(versionText)) {
      // Like the id, the version takes its xdf3 form (the FIM upcast writes `1.0` as `1.0.0`).
      result.identity.version = `${versionText}.0`;
      result.originalVersion = versionText;
    } else if (VALID_VERSION.test(versionText)) result.identity.version = versionText;
    else {
      result.invalidVersion = versionText;
      context.report('xdf-invalid-version', 'warning', element ?? owner, {
        de: `Die Version „${versionText}“ ist keine FIM-Version; sie wird nur in den Erweiterungen geführt.`,
        en: `The version "${versionText}" is not a FIM version; it is kept in the extensions only.`,
      });
      context.count('invalid-version');
    }
  }
  return result;
}

/** The definition-local key of an element: `<id>V<version>`, or `<id>` without version. */
export function elementKey(identity: FimIdentity): string {
  return identity.version === undefined ? identity.id : `${identity.id}V${identity.version}`;
}
