import type { Rule, RuleMessage, RuleType } from '@fimforms/format';
import { assign } from './assign-defined.js';
import { ElementReader, nonEmpty } from './element-reader.js';
import type { ImportContext } from './import-context.js';
import { readBezug } from './read-bezug.js';
import { elementKey, readIdentifikation } from './read-identifikation.js';
import { readTranslatedScript } from './read-translated-rules.js';
import { registerElement } from './register-element.js';
import type { XmlElement } from './xml-element.js';
import { XDF3_CODES } from './xdf3-codes.js';


/**
 * Reads a Regel (R) into the context's rules and returns its key. The free text
 * (`freitextRegel`, xdf2 `definition`) is always kept as `description`; the script verbatim
 * as `script`. A script holding the FIM Portal's translated-rule JSON becomes `effects`
 * (specs/xdatenfelder.md §7). xdf3 `param`/`ziel`, `bezug` and rule-level fields without a
 * format member go to `extensions.fim`. xdf2 rules have no `typ`; they become `K` (as the
 * FIM upcast does).
 */
export function readRegel(element: XmlElement, context: ImportContext): string {
  const reader = new ElementReader(element, context);
  const identity = readIdentifikation(reader.one('identifikation'), 'R', context, element);
  const extras: { [key: string]: unknown } = {};
  if (identity.invalidId !== undefined) extras['id'] = identity.invalidId;
  if (identity.invalidVersion !== undefined) extras['version'] = identity.invalidVersion;
  if (identity.originalVersion !== undefined) extras['originalVersion'] = identity.originalVersion;
  const rule: Rule = { fim: { ...identity.identity }, type: readType(reader, extras, context) };
  const fim = rule.fim!;
  assign(fim, 'name', reader.text('name'));
  assign(fim, 'description', reader.text('beschreibung'));
  assign(fim, 'creator', reader.text('fachlicherErsteller'));
  assign(fim, 'lastModified', reader.text('letzteAenderung'));
  readXdf2Metadata(reader, rule, extras);
  const text = context.version === '2.0' ? reader.text('definition') : reader.text('freitextRegel');
  if (text !== undefined) rule.description = { de: text };
  const keywords = reader.all('stichwort').flatMap((el) => {
    const value = nonEmpty(el.text);
    return value === undefined ? [] : [{ value, uri: el.attributes['uri'] ?? '' }];
  });
  if (keywords.length > 0) fim.keywords = keywords;
  const bezug = readBezug(reader, context);
  if (bezug) extras['bezug'] = bezug;
  readParams(reader, extras);
  assign(rule, 'script', reader.one(context.version === '2.0' ? 'script' : 'skript')?.text.trim() || undefined);
  const messages = readMessages(reader);
  if (messages.length > 0) rule.messages = messages;
  const effects = readTranslatedScript(rule.script);
  if (effects) rule.effects = effects;
  if (Object.keys(extras).length > 0) rule.extensions = { fim: extras };
  reader.finish();
  const key = elementKey(fim);
  registerElement(context.rules, key, rule, element, context);
  return key;
}

function readType(reader: ElementReader, extras: { [key: string]: unknown }, context: ImportContext): RuleType {
  if (context.version === '2.0') return 'K';
  const code = reader.code('typ');
  if (code !== undefined && XDF3_CODES['typ']!.includes(code)) return code as RuleType;
  if (code !== undefined) extras['typ'] = code;
  context.report('xdf-invalid-code', 'warning', reader.element, {
    de: `Die Regel hat keinen gültigen Regeltyp („${code ?? ''}“); sie wird als K (komplexe Regel) geführt.`,
    en: `The rule has no valid rule type ("${code ?? ''}"); it is kept as K (complex rule).`,
  });
  context.count('invalid-code');
  return 'K';
}

// xdf2 rules carry full AllgemeineAngaben; what the format's rule has no member for is kept.
function readXdf2Metadata(reader: ElementReader, rule: Rule, extras: { [key: string]: unknown }): void {
  const fim = rule.fim!;
  for (const [local, key] of [['bezeichnungEingabe', 'bezeichnungEingabe'], ['bezeichnungAusgabe', 'bezeichnungAusgabe']] as const) {
    const value = reader.text(local);
    if (value !== undefined) extras[key] = value;
  }
  const status = reader.code('status');
  if (status !== undefined) extras['status'] = status;
  assign(fim, 'validFrom', reader.text('gueltigAb'));
  assign(fim, 'validUntil', reader.text('gueltigBis'));
  assign(fim, 'versionNote', reader.text('versionshinweis'));
  assign(fim, 'releasedAt', reader.text('freigabedatum'));
  assign(fim, 'publishedAt', reader.text('veroeffentlichungsdatum'));
}

function readParams(reader: ElementReader, extras: { [key: string]: unknown }): void {
  const params = reader.all('param').map((el) => ({
    name: el.attributes['name'] ?? '',
    element: el.attributes['element'] ?? '',
    typ: nonEmpty(el.children.find((child) => child.local === 'typ')?.children.find((child) => child.local === 'code')?.text) ?? '',
  }));
  if (params.length > 0) extras['param'] = params;
  const targets = reader.all('ziel').map((el) => ({ name: el.attributes['name'] ?? '', element: el.attributes['element'] ?? '' }));
  if (targets.length > 0) extras['ziel'] = targets;
}

function readMessages(reader: ElementReader): RuleMessage[] {
  return reader.all('fehler').flatMap((el) => {
    const code = Number(el.attributes['code']);
    const text = nonEmpty(el.text);
    return Number.isSafeInteger(code) && text !== undefined ? [{ code, message: { de: text } }] : [];
  });
}
