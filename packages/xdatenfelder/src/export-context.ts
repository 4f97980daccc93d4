import { XDF3_CODES } from './xdf3-codes.js';
import type { BilingualMessage, Diagnostic, FormDefinition, Severity } from '@fimforms/format';
import type { ExportOptions } from './export-options.js';
import { toStringLatin } from './string-latin.js';
import { XmlWriter } from './xml-writer.js';

/**
 * The state of one export: the writer, the report, and the placeholder ids handed out to
 * elements without FIM identity (specs/xdatenfelder.md §8).
 */
export class ExportContext {
  readonly writer: XmlWriter;
  readonly diagnostics: Diagnostic[] = [];
  /** Defaulted members by name, with the number of elements. */
  readonly defaulted: { [member: string]: number } = {};
  /** Members without an xdf3 home, with the number of elements. */
  readonly dropped: { [member: string]: number } = {};
  readonly now: string;
  private readonly usedIds = new Set<string>();
  private readonly counters = new Map<string, number>();
  private readonly placeholderIds = new Map<string, string>();

  constructor(
    readonly definition: FormDefinition,
    options: ExportOptions,
  ) {
    this.writer = new XmlWriter('xdf', options.pretty ?? true);
    this.now = options.now ?? new Date().toISOString();
    for (const table of [definition.fields, definition.groups, definition.rules]) {
      for (const element of Object.values(table ?? {})) if (element.fim?.id) this.usedIds.add(element.fim.id);
    }
    if (definition.fim?.id) this.usedIds.add(definition.fim.id);
  }

  /** Adds a diagnostic with a JSON pointer into the definition. */
  report(code: string, severity: Severity, pointer: string, message: BilingualMessage): void {
    this.diagnostics.push({ code, severity, pointer, message });
  }

  /** Notes that a required xdf3 member was filled with its documented default. */
  defaultedMember(member: string, pointer: string, value: string): void {
    this.defaulted[member] = (this.defaulted[member] ?? 0) + 1;
    this.report('xdf-export-defaulted', 'info', pointer, {
      de: `Pflichtangabe ${member} fehlt; der Standardwert „${value}“ wird geschrieben.`,
      en: `Required member ${member} is missing; the default "${value}" is written.`,
    });
  }

  /**
   * The code to write for an enumerated xdf3 element: `code` when the XSD allows it, else
   * `fallback` (undefined: leave the element out), with a warning. Codes an import kept from an
   * invalid source (`extensions.fim`) or a hand-written definition must not make the export invalid.
   */
  private validCode(element: string, code: string | undefined, fallback: string | undefined, pointer: string): string | undefined {
    if (code === undefined || XDF3_CODES[element]?.includes(code) !== false) return code;
    this.droppedMember(element);
    this.report('xdf-export-invalid-code', 'warning', pointer, {
      de: `Der Code „${code}“ ist für ${element} in XDatenfelder 3.0.0 nicht zulässig; ${fallback === undefined ? 'die Angabe entfällt' : `geschrieben wird „${fallback}“`}.`,
      en: `The code "${code}" is not allowed for ${element} in XDatenfelder 3.0.0; ${fallback === undefined ? 'it is left out' : `"${fallback}" is written`}.`,
    });
    return fallback;
  }

  /** Writes an enumerated code element (replaced by the fallback, or left out, when the XSD does not allow it); nothing when no code remains. */
  writeCode(element: string, code: string | undefined, fallback: string | undefined, pointer: string, listURI: string, listVersionID: string): void {
    const valid = this.validCode(element, code, fallback, pointer);
    if (valid !== undefined) this.writer.code(element, valid, listURI, listVersionID);
  }

  /** Notes a member the definition carries but xdf3 has no place for. */
  droppedMember(member: string): void {
    this.dropped[member] = (this.dropped[member] ?? 0) + 1;
  }

  /**
   * A deterministic placeholder id for an element without FIM id: letter, Nummernkreis `99`,
   * `000`, then a 6-digit counter per letter in export order, skipping ids in use.
   */
  placeholderId(letter: string, key: string, pointer: string): string {
    const known = this.placeholderIds.get(`${letter}:${key}`);
    if (known) return known;
    let id: string;
    do {
      const next = (this.counters.get(letter) ?? 0) + 1;
      this.counters.set(letter, next);
      id = `${letter}99000${String(next).padStart(6, '0')}`;
    } while (this.usedIds.has(id));
    this.usedIds.add(id);
    this.placeholderIds.set(`${letter}:${key}`, id);
    this.report('xdf-export-placeholder-id', 'warning', pointer, {
      de: `Das Element ${key} hat keine FIM-Id; es erhält die Platzhalter-Id ${id} (Version 1.0.0).`,
      en: `The element ${key} has no FIM id; it gets the placeholder id ${id} (version 1.0.0).`,
    });
    return id;
  }

  /** Text made String.Latin for xdf3; a change is reported once per pointer. */
  latin(text: string | undefined, pointer: string): string | undefined {
    if (text === undefined) return undefined;
    const result = toStringLatin(text);
    if (result.changed) {
      this.report('xdf-export-not-latin', 'warning', pointer, {
        de: 'Der Text enthält Zeichen außerhalb von String.Latin; sie wurden ersetzt.',
        en: 'The text contains characters outside String.Latin; they were replaced.',
      });
    }
    return result.text;
  }
}
