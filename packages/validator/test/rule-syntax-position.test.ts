import { describe, expect, it } from 'vitest';
import { validateDefinition, validateText } from '../src/index.js';
import { exampleDefinition } from './example-definition.js';

// The `when` of the example's rule, written as raw JSON text so escapes can be placed by hand.
const withWhen = (jsonString: string) => {
  const definition = exampleDefinition();
  definition.rules!['geburtsdatumPflicht']!.effects![0]!.when = 'WHEN';
  return JSON.stringify(definition, null, 2).replace('"WHEN"', jsonString);
};

const syntaxError = (source: string) => validateText(source).diagnostics.find((d) => d.code === 'rule-syntax-error');

/** 1-based line and column of text offset `offset`. */
const positionAt = (source: string, offset: number) => {
  const before = source.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
};

describe('a rule expression in text syntax that does not parse', () => {
  it('is located at the end of the string when the expression stops early', () => {
    const source = withWhen('"einwilligung >= "');
    const closingQuote = source.indexOf('>= "') + 3;
    expect(syntaxError(source)).toMatchObject({ pointer: '/rules/geburtsdatumPflicht/effects/0/when', position: positionAt(source, closingQuote) });
  });

  it('is located at the offending character, counting JSON escapes as one character', () => {
    const source = withWhen('"\\"Gr\\u00f6\\u00dfe\\" = einwilligung + )"');
    const paren = source.indexOf('+ )') + 2;
    expect(syntaxError(source)).toMatchObject({ position: positionAt(source, paren) });
  });

  it('is located on the right line of the file when the expression spans lines', () => {
    const source = withWhen('"einwilligung = true\\nand )"');
    expect(syntaxError(source)).toMatchObject({ position: positionAt(source, source.indexOf('and )') + 4) });
  });

  it('has no position when validating a parsed value', () => {
    const definition = exampleDefinition();
    definition.rules!['geburtsdatumPflicht']!.effects![0]!.when = 'einwilligung >= ';
    const diagnostic = validateDefinition(definition).diagnostics.find((d) => d.code === 'rule-syntax-error');
    expect(diagnostic).toBeDefined();
    expect(diagnostic!.position).toBeUndefined();
  });
});

describe('a finding about one node of a text-syntax expression', () => {
  const finding = (source: string, code: string) => validateText(source).diagnostics.find((d) => d.code === code);

  it('is located at the unknown reference inside the string, not at the string', () => {
    const source = withWhen('"einwilligung = true and isFilled(gibtEsNicht)"');
    expect(finding(source, 'rule-unknown-reference')).toMatchObject({
      pointer: '/rules/geburtsdatumPflicht/effects/0/when/and/1/is_filled/0',
      position: positionAt(source, source.indexOf('gibtEsNicht')),
    });
  });

  it('is located at the mistyped operand, past JSON escapes before it', () => {
    const source = withWhen('"\\"\\u00e4\\" = \\"x\\" and age(einwilligung) > 1"');
    expect(finding(source, 'rule-type-mismatch')).toMatchObject({ position: positionAt(source, source.indexOf('einwilligung) > 1')) });
  });
});
