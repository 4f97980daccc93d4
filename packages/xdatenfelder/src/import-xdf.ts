import { escapePointerSegment, type Diagnostic, type FormDefinition } from '@fimforms/format';
import { FORMAT_VERSION } from '@fimforms/format';
import { applyTranslatedRules } from './apply-translated-rules.js';
import { ElementReader } from './element-reader.js';
import { ImportContext } from './import-context.js';
import type { ImportOptions } from './import-options.js';
import { decodeXmlBytes } from './decode-xml-bytes.js';
import { parseXml } from './parse-xml.js';
import { readDatenfeld } from './read-datenfeld.js';
import { readDatenfeldgruppe } from './read-datenfeldgruppe.js';
import { readHeader } from './read-header.js';
import { readStammdatenschema } from './read-stammdatenschema.js';
import { resolveCodeLists } from './resolve-code-lists.js';
import { xdfDiagnostic } from './xdf-diagnostic.js';
import { xdfVersionOf } from './xdf-namespaces.js';
import type { XmlElement } from './xml-element.js';

/** What an import could not map: diagnostics, and counts by kind (specs/xdatenfelder.md §9). */
export interface ImportReport {
  diagnostics: Diagnostic[];
  unmapped: { [kind: string]: number };
}

/** The result of {@link importXdf}; `definition` is absent when an error stopped the import. */
export interface ImportResult {
  definition?: FormDefinition;
  report: ImportReport;
}

/** Message roots this package reads, with their payload element. */
const MESSAGES: { [root: string]: 'stammdatenschema' | 'datenfeldgruppe' | 'datenfeld' } = {
  'xdatenfelder.stammdatenschema.0102': 'stammdatenschema',
  'xdatenfelder.datenfeldgruppe.0103': 'datenfeldgruppe',
  'xdatenfelder.datenfeld.0104': 'datenfeld',
};

/**
 * Imports an XDatenfelder 2.0 or 3.0.0 message (Stammdatenschema `0102`, Datenfeldgruppe
 * `0103` or Datenfeld `0104`) into a fimforms form definition. The version is detected from
 * the namespace; XDatenfelder 1 and unknown namespaces are rejected with
 * `xdf-unsupported-version`. Given bytes, it decodes them by BOM and XML declaration
 * (`xdf-unsupported-encoding`, `xdf-invalid-encoding`). Real-data quirks become warnings. Never throws.
 */
export function importXdf(xml: string | Uint8Array, options: ImportOptions = {}): ImportResult {
  const decoded = typeof xml === 'string' ? { ok: true as const, text: xml } : decodeXmlBytes(xml, options.file);
  if (!decoded.ok) return failed(decoded.diagnostic);
  const parsed = parseXml(decoded.text, options.limits ?? {}, options.file);
  if (!parsed.ok) return failed(parsed.diagnostic);
  const root = parsed.root;
  const version = xdfVersionOf(root.uri);
  if (version === undefined) {
    return failed(xdfDiagnostic('xdf-unsupported-version', 'error', root, {
      de: `Nicht unterstützte XDatenfelder-Version: Namensraum „${root.uri}“. Unterstützt sind XDatenfelder 2.0 und 3.0.0.`,
      en: `Unsupported XDatenfelder version: namespace "${root.uri}". XDatenfelder 2.0 and 3.0.0 are supported.`,
    }, options.file));
  }
  const payload = MESSAGES[root.local];
  if (payload === undefined) {
    return failed(xdfDiagnostic('xdf-unsupported-message', 'error', root, {
      de: `Nicht unterstützte Nachricht <${root.local}>; gelesen werden Stammdatenschema (0102), Datenfeldgruppe (0103) und Datenfeld (0104).`,
      en: `Unsupported message <${root.local}>; schema (0102), group (0103) and field (0104) messages are read.`,
    }, options.file));
  }
  const context = new ImportContext(version, options);
  try {
    const definition = build(root, payload, context);
    const report = { diagnostics: context.diagnostics, unmapped: context.unmapped };
    return definition === undefined ? { report } : { definition, report };
  } catch (error) {
    // A reader bug must surface as a diagnostic, never as a raw exception (house rules).
    const detail = error instanceof Error ? error.message : String(error);
    context.diagnostics.push(xdfDiagnostic('xdf-internal-error', 'error', root, {
      de: `Interner Fehler beim Import: ${detail}`,
      en: `Internal error during import: ${detail}`,
    }, options.file));
    return { report: { diagnostics: context.diagnostics, unmapped: context.unmapped } };
  }
}

function build(root: XmlElement, payload: 'stammdatenschema' | 'datenfeldgruppe' | 'datenfeld', context: ImportContext): FormDefinition | undefined {
  const reader = new ElementReader(root, context);
  const header = readHeader(reader.one('header'), context);
  const element = reader.one(payload);
  reader.finish();
  if (element === undefined) {
    context.report('xdf-missing-payload', 'error', root, {
      de: `Die Nachricht enthält kein <${payload}>.`,
      en: `The message contains no <${payload}>.`,
    });
    return undefined;
  }
  const definition = payload === 'stammdatenschema' ? readStammdatenschema(element, context) : wrapElement(element, payload, context);
  applyTranslatedRules(context);
  resolveCodeLists(context.options.codeLists ?? [], context);
  reportDocumentationRules(context);
  attachTables(definition, context);
  const fim = definition.extensions?.fim ?? {};
  definition.extensions = { ...definition.extensions, fim: { ...fim, xdfVersion: context.version, message: payload, ...(header ? { header } : {}) } };
  return definition;
}

// A group or field message becomes a definition with that element as its only occurrence.
function wrapElement(element: XmlElement, payload: 'datenfeldgruppe' | 'datenfeld', context: ImportContext): FormDefinition {
  const key = payload === 'datenfeld' ? readDatenfeld(element, context) : readDatenfeldgruppe(element, context);
  const target = payload === 'datenfeld' ? context.fields[key] : context.groups[key];
  return {
    fimforms: FORMAT_VERSION,
    name: target?.name ?? 'formular',
    title: target?.label ?? { de: key },
    structure: [payload === 'datenfeld' ? { field: key } : { group: key }],
  };
}

function reportDocumentationRules(context: ImportContext): void {
  for (const [key, rule] of Object.entries(context.rules)) {
    if (rule.effects && rule.effects.length > 0) continue;
    context.count('rule-kept-as-documentation');
    context.report('xdf-rule-documentation-only', 'info', `/rules/${escapePointerSegment(key)}`, {
      de: `Die Regel ${key} hat keine maschinenlesbare Logik; sie wird als Dokumentation übernommen.`,
      en: `The rule ${key} has no machine-readable logic; it is kept as documentation.`,
    });
  }
}

function attachTables(definition: FormDefinition, context: ImportContext): void {
  if (Object.keys(context.fields).length > 0) definition.fields = context.fields;
  if (Object.keys(context.groups).length > 0) definition.groups = context.groups;
  if (Object.keys(context.codeLists).length > 0) definition.codeLists = context.codeLists;
  if (Object.keys(context.rules).length > 0) definition.rules = context.rules;
}

function failed(diagnostic: Diagnostic): ImportResult {
  return { report: { diagnostics: [diagnostic], unmapped: {} } };
}
