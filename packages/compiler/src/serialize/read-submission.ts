import { isTimeValue, timeWithSeconds } from '@fimforms/expressions';
import { escapePointerSegment, isXmlText, type Diagnostic } from '@fimforms/format';
import { payloadDiagnostic } from '../payload-model/payload-diagnostic.js';
import type { FieldType, GroupType, PayloadModel } from '../payload-model/payload-model.js';
import type { DataOptions } from '../payload-model/payload-options.js';

/**
 * A submission read against the payload model: members in schema order, values checked for
 * their JSON type and normalized (`HH:MM` → `HH:MM:SS`). Both payload writers consume this,
 * so the XML and the JSON payload of one submission always carry the same data.
 */
export interface PayloadGroup {
  kind: 'group';
  entries: PayloadEntry[];
}

/** One member of a group with its instances (one for single members, 0…n for repeated ones). */
export interface PayloadEntry {
  name: string;
  repeated: boolean;
  instances: (PayloadGroup | PayloadValue)[];
}

/** A field value ready to be written. */
export type PayloadValue =
  | { kind: 'text'; text: string }
  | { kind: 'number'; literal: string }
  | { kind: 'bool'; value: boolean }
  | { kind: 'code'; code: string; listURI: string; listVersionID?: string }
  | { kind: 'file'; name: string; size: number; mediaType: string; ref: string };

const DECIMAL = /^-?\d+(\.\d+)?$/;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

// `AB==` and `AA==` decode to the same byte; xs:base64Binary accepts only the canonical form
// (unused bits zero), so the bytes are re-encoded. Nothing of the content changes.
function canonicalBase64(value: string): string {
  return btoa(atob(value));
}

/**
 * Reads a submission object (specs/submission.md) against the model. Unknown members, `null`,
 * wrong JSON types and text XML cannot carry are reported with the JSON pointer into the
 * submission; constraints (lengths, patterns, bounds, required members) are the schemas' job.
 */
export function readSubmission(
  model: PayloadModel,
  submission: unknown,
  options: DataOptions,
): { root: PayloadGroup; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const root = readGroup(model.root, submission, '', options, diagnostics);
  return { root, diagnostics };
}

function readGroup(type: GroupType, data: unknown, pointer: string, options: DataOptions, diagnostics: Diagnostic[]): PayloadGroup {
  const group: PayloadGroup = { kind: 'group', entries: [] };
  if (!isPlainObject(data)) {
    diagnostics.push(invalid(pointer, 'ein Objekt', 'an object'));
    return group;
  }
  const known = memberNames(type);
  for (const key of Object.keys(data)) {
    if (!known.has(key)) {
      diagnostics.push(
        payloadDiagnostic(
          'payload-unknown-member',
          `${pointer}/${escapePointerSegment(key)}`,
          `„${key}“ ist im Formular nicht vorgesehen; der Wert würde verloren gehen.`,
          `"${key}" is not part of the form; its value would be lost.`,
        ),
      );
    }
  }
  for (const member of type.members) {
    const value = Object.hasOwn(data, member.submissionName) ? data[member.submissionName] : undefined;
    if (value === undefined || value === null || value === '') {
      const at = `${pointer}/${escapePointerSegment(member.submissionName)}`;
      // submission.md §4.2: null and "" count as absent, as in validateSubmission.
      if (value !== undefined) {
        diagnostics.push(
          payloadDiagnostic('payload-empty-value', at, 'Ein leerer Wert (null oder "") wird als nicht angegeben behandelt.', 'An empty value (null or "") is treated as absent.', 'info'),
        );
      }
      // submission.md §2: a group with nothing in it is absent; the payload still needs a
      // required group, so it is written empty (its required fields then fail both schemas).
      // Not in a choice: there the absent branch is simply not chosen.
      if (member.type.kind === 'group' && !member.repeated && member.min >= 1 && !type.choice) {
        group.entries.push({ name: member.name, repeated: false, instances: [readGroup(member.type, {}, at, options, diagnostics)] });
      }
      continue;
    }
    const at = `${pointer}/${escapePointerSegment(member.submissionName)}`;
    const read = (item: unknown, itemPointer: string): PayloadGroup | PayloadValue | undefined =>
      member.type.kind === 'group'
        ? readGroup(member.type, item, itemPointer, options, diagnostics)
        : readValue(member.type, item, itemPointer, options, diagnostics);
    const instances: (PayloadGroup | PayloadValue)[] = [];
    if (member.repeated) {
      if (!Array.isArray(value)) {
        diagnostics.push(invalid(at, 'eine Liste', 'an array'));
        continue;
      }
      value.forEach((item, index) => {
        const instance = read(item, `${at}/${index}`);
        if (instance) instances.push(instance);
      });
    } else {
      const instance = read(value, at);
      // submission.md §2, runtime.md §4.2: an optional group with nothing filled in is absent,
      // whether or not the submission spells it `{}`; the runtime accepts it either way.
      if (instance?.kind === 'group' && !holdsValue(instance) && !(member.min >= 1 && !type.choice)) continue;
      if (instance) instances.push(instance);
    }
    group.entries.push({ name: member.name, repeated: member.repeated, instances });
  }
  return group;
}

function readValue(
  type: FieldType,
  value: unknown,
  pointer: string,
  options: DataOptions,
  diagnostics: Diagnostic[],
): PayloadValue | undefined {
  if (type.codeList) {
    if (typeof value !== 'string') return report(diagnostics, invalid(pointer, 'ein Code (Zeichenkette)', 'a code (string)'));
    if (!isXmlText(value)) return report(diagnostics, unrepresentable(pointer));
    const list = type.codeList;
    const version = list.version ?? ownString(options.codeListVersions, list.listURI);
    // listVersionID is an xs:normalizedString attribute: no empty version, no character XML or it cannot carry.
    if (version !== undefined && !isListVersion(version)) {
      return report(
        diagnostics,
        payloadDiagnostic(
          'payload-code-list-version-invalid',
          pointer,
          `Die Version „${version.slice(0, 100)}“ der Codeliste „${list.listURI}“ ist leer oder enthält Steuerzeichen (Option codeListVersions).`,
          `The version "${version.slice(0, 100)}" of the code list "${list.listURI}" is empty or contains control characters (option codeListVersions).`,
        ),
      );
    }
    if (version === undefined) {
      diagnostics.push(
        payloadDiagnostic(
          'payload-code-list-version-missing',
          pointer,
          `Die Version der Codeliste „${list.listURI}“ ist nicht bekannt (Option codeListVersions).`,
          `The version of the code list "${list.listURI}" is unknown (option codeListVersions).`,
        ),
      );
    }
    return { kind: 'code', code: value, listURI: list.listURI, ...(version !== undefined ? { listVersionID: version } : {}) };
  }
  switch (type.dataType) {
    case 'bool':
      return typeof value === 'boolean' ? { kind: 'bool', value } : report(diagnostics, invalid(pointer, 'ein Wahrheitswert', 'a boolean'));
    case 'num':
    case 'num_currency': {
      // submission.md §4.2: a JSON number becomes its shortest decimal text, as in validateSubmission.
      const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
      return typeof text === 'string' && DECIMAL.test(text)
        ? { kind: 'number', literal: text }
        : report(diagnostics, invalid(pointer, 'eine Dezimalzahl als Zeichenkette', 'a decimal string'));
    }
    case 'num_int':
      return Number.isSafeInteger(value)
        ? { kind: 'number', literal: String(value) }
        : report(diagnostics, invalid(pointer, 'eine ganze Zahl', 'an integer'));
    case 'file':
      return readFile(value, pointer, diagnostics);
    case 'time':
      if (typeof value === 'string' && isTimeValue(value)) return { kind: 'text', text: timeWithSeconds(value) };
      return readText(value, pointer, diagnostics);
    case 'obj':
      return typeof value === 'string' && BASE64.test(value) ? { kind: 'text', text: canonicalBase64(value) } : readText(value, pointer, diagnostics);
    default:
      return readText(value, pointer, diagnostics);
  }
}

function readText(value: unknown, pointer: string, diagnostics: Diagnostic[]): PayloadValue | undefined {
  if (typeof value !== 'string') return report(diagnostics, invalid(pointer, 'eine Zeichenkette', 'a string'));
  if (!isXmlText(value)) return report(diagnostics, unrepresentable(pointer));
  return { kind: 'text', text: value };
}

function readFile(value: unknown, pointer: string, diagnostics: Diagnostic[]): PayloadValue | undefined {
  if (!isPlainObject(value)) return report(diagnostics, invalid(pointer, 'Anlagen-Metadaten', 'attachment metadata'));
  const { name, size, mediaType, ref } = value;
  const texts = [name, mediaType, ref];
  if (texts.some((text) => typeof text !== 'string') || !Number.isSafeInteger(size) || Object.keys(value).some((key) => !FILE_KEYS.has(key))) {
    return report(diagnostics, invalid(pointer, '{name, size, mediaType, ref}', '{name, size, mediaType, ref}'));
  }
  if (!texts.every((text) => isXmlText(text as string))) return report(diagnostics, unrepresentable(pointer));
  return { kind: 'file', name: name as string, size: size as number, mediaType: mediaType as string, ref: ref as string };
}

/** True when a value lies somewhere below the group (required groups written empty hold none). */
function holdsValue(group: PayloadGroup): boolean {
  const pending: PayloadGroup[] = [group];
  for (let at = pending.pop(); at; at = pending.pop()) {
    for (const entry of at.entries) {
      for (const instance of entry.instances) {
        if (instance.kind !== 'group') return true;
        pending.push(instance);
      }
    }
  }
  return false;
}

const FILE_KEYS = new Set(['name', 'size', 'mediaType', 'ref']);
const MEMBER_NAMES = new WeakMap<GroupType, Set<string>>();

// Serializing thousands of submissions of one form: build each group's name set once.
function memberNames(type: GroupType): Set<string> {
  let names = MEMBER_NAMES.get(type);
  if (!names) {
    names = new Set(type.members.map((member) => member.submissionName));
    MEMBER_NAMES.set(type, names);
  }
  return names;
}

function report(diagnostics: Diagnostic[], diagnostic: Diagnostic): undefined {
  diagnostics.push(diagnostic);
  return undefined;
}

function invalid(pointer: string, de: string, en: string): Diagnostic {
  return payloadDiagnostic('payload-invalid-value', pointer, `Erwartet wird ${de}.`, `Expected ${en}.`);
}

function unrepresentable(pointer: string): Diagnostic {
  return payloadDiagnostic(
    'payload-invalid-character',
    pointer,
    'Der Wert enthält Zeichen, die XML nicht darstellen kann (Steuerzeichen).',
    'The value contains characters XML cannot represent (control characters).',
  );
}

function isPlainObject(value: unknown): value is { [key: string]: unknown } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function ownString(map: { [key: string]: string } | undefined, key: string): string | undefined {
  return map !== undefined && Object.hasOwn(map, key) && typeof map[key] === 'string' ? map[key] : undefined;
}

function isListVersion(version: string): boolean {
  return version.trim() !== '' && isXmlText(version) && !/[\t\n\r]/.test(version);
}
