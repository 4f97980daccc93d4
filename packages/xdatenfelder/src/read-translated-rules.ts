import type { Expression, RuleEffect } from '@fimforms/format';
import type { TranslatedRule } from './import-options.js';

const OPERATORS = new Set(['identifier', 'equal', 'not_equal', 'not', 'is_empty', 'and', 'or', 'xor']);
const EFFECTS = new Set(['require', 'forbid', 'valid']);

/**
 * Turns the FIM Portal's translated-rule form (a list of `{effect, target, message,
 * condition}`, or one such object) into rule effects; the condition tree is kept unchanged
 * (it is a valid format Expression). Returns `undefined` when the value is not in that form
 * or uses an operator outside `identifier`, `equal`, `not_equal`, `not`, `is_empty`, `and`,
 * `or`, `xor` — such a rule stays documentation.
 */
export function readTranslatedRules(value: unknown): RuleEffect[] | undefined {
  const items = Array.isArray(value) ? value : [value];
  if (items.length === 0) return undefined;
  const effects: RuleEffect[] = [];
  for (const item of items) {
    const effect = toEffect(item);
    if (effect === undefined) return undefined;
    effects.push(effect);
  }
  return effects;
}

/** Parses a `skript`/`script` text that holds translated-rule JSON; `undefined` for anything else. */
export function readTranslatedScript(script: string | undefined): RuleEffect[] | undefined {
  const trimmed = script?.trim();
  if (trimmed === undefined || !/^[[{]/.test(trimmed)) return undefined;
  try {
    return readTranslatedRules(JSON.parse(trimmed));
  } catch {
    return undefined;
  }
}

function toEffect(item: unknown): RuleEffect | undefined {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return undefined;
  const rule = item as Partial<TranslatedRule> & { [key: string]: unknown };
  if (typeof rule.effect !== 'string' || !EFFECTS.has(rule.effect)) return undefined;
  if (rule.target !== undefined && typeof rule.target !== 'string') return undefined;
  if (rule.message !== undefined && typeof rule.message !== 'string') return undefined;
  const condition = rule.condition ?? true;
  if (!isCondition(condition)) return undefined;
  const effect: RuleEffect = { effect: rule.effect };
  if (rule.target !== undefined && rule.target !== '') effect.target = rule.target;
  if (condition !== true) effect.when = condition;
  if (rule.message !== undefined && rule.message.trim() !== '') effect.message = { de: rule.message.trim() };
  return effect;
}

function isCondition(node: unknown, depth = 0): node is Expression {
  if (depth > 100) return false;
  if (node === null || typeof node === 'string' || typeof node === 'number' || typeof node === 'boolean') return true;
  if (Array.isArray(node) || typeof node !== 'object') return false;
  const keys = Object.keys(node);
  if (keys.length !== 1 || !OPERATORS.has(keys[0]!)) return false;
  const argument = (node as { [key: string]: unknown })[keys[0]!];
  if (keys[0] === 'identifier') return typeof argument === 'string';
  const args = Array.isArray(argument) ? argument : [argument];
  return args.every((arg) => isCondition(arg, depth + 1));
}
