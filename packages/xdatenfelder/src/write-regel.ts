import { escapePointerSegment, type Rule } from '@fimforms/format';
import type { ExportContext } from './export-context.js';
import { readTranslatedScript } from './read-translated-rules.js';
import { exportIdentity, fimExtras, writeBezug, writeLastModified } from './write-allgemeine-angaben.js';

const TRANSLATABLE = new Set(['require', 'forbid', 'valid']);

/**
 * Writes a Regel in xdf3 order. The description becomes `freitextRegel`, the script `skript`.
 * Effects of a rule without script are written as the FIM Portal's translated-rule JSON into
 * `skript`, which the importer reads back (specs/xdatenfelder.md §7); effects the Portal form
 * cannot express (`show`, `compute` …) are reported.
 */
export function writeRegel(key: string, rule: Rule, context: ExportContext): void {
  const pointer = `/rules/${escapePointerSegment(key)}`;
  const w = context.writer;
  const extras = fimExtras(rule);
  w.open('regel');
  const identity = exportIdentity(rule, 'R', key, pointer, context);
  w.open('identifikation');
  w.leaf('id', identity.id);
  w.leaf('version', identity.version);
  w.close('identifikation');
  w.leaf('name', context.latin(rule.fim?.name ?? key, `${pointer}/fim/name`));
  w.leaf('beschreibung', context.latin(rule.fim?.description, `${pointer}/fim/description`));
  w.leaf('freitextRegel', context.latin(rule.description?.de, `${pointer}/description`));
  writeBezug(Array.isArray(extras['bezug']) ? (extras['bezug'] as { text: string; link?: string }[]) : undefined, `${pointer}/extensions/fim/bezug`, context);
  for (const keyword of rule.fim?.keywords ?? []) w.leaf('stichwort', keyword.value, { uri: keyword.uri });
  w.leaf('fachlicherErsteller', context.latin(rule.fim?.creator, `${pointer}/fim/creator`));
  writeLastModified(rule.fim?.lastModified, pointer, context);
  context.writeCode('typ', rule.type, 'K', `${pointer}/type`, 'urn:xoev-de:fim:codeliste:xdatenfelder.regeltyp', '1.0');
  writeParams(extras, context);
  w.leaf('skript', scriptOf(rule, pointer, context));
  for (const message of rule.messages ?? []) w.leaf('fehler', message.message.de, { code: String(message.code) });
  w.close('regel');
}

function writeParams(extras: { [key: string]: unknown }, context: ExportContext): void {
  const params = Array.isArray(extras['param']) ? (extras['param'] as { name: string; element: string; typ: string }[]) : [];
  for (const param of params) {
    context.writer.open('param', { name: param.name, element: param.element });
    context.writer.code('typ', param.typ, 'urn:xoev-de:fim:codeliste:xdatenfelder.regelparamtyp', '1.0');
    context.writer.close('param');
  }
  const targets = Array.isArray(extras['ziel']) ? (extras['ziel'] as { name: string; element: string }[]) : [];
  for (const target of targets) context.writer.leaf('ziel', '', { name: target.name, element: target.element });
}

function scriptOf(rule: Rule, pointer: string, context: ExportContext): string | undefined {
  const effects = rule.effects ?? [];
  if (effects.length === 0) return rule.script;
  if (rule.script !== undefined) {
    // The script is kept verbatim; effects it does not carry (e.g. from `translatedRules`) cannot go along.
    if (JSON.stringify(readTranslatedScript(rule.script)) !== JSON.stringify(effects)) notRepresentable(pointer, context);
    return rule.script;
  }
  if (!effects.every((effect) => TRANSLATABLE.has(effect.effect))) {
    notRepresentable(pointer, context);
    return undefined;
  }
  const translated = effects.map((effect) => ({
    effect: effect.effect,
    ...(effect.target === undefined ? {} : { target: effect.target }),
    ...(effect.message === undefined ? {} : { message: effect.message.de }),
    condition: effect.when ?? true,
  }));
  return JSON.stringify(translated);
}

function notRepresentable(pointer: string, context: ExportContext): void {
  context.report('xdf-export-effects-not-representable', 'warning', `${pointer}/effects`, {
    de: 'Die Wirkungen der Regel können nicht exportiert werden: Sie hat schon ein Skript, oder die übersetzte FIM-Regelform kann sie nicht ausdrücken (nur require, forbid, valid).',
    en: 'The rule effects cannot be exported: the rule already has a script, or the FIM translated-rule form cannot express them (only require, forbid, valid).',
  });
}
