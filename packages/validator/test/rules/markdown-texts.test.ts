import type { FormDefinition } from '@fimforms/format';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateDefinition, validateText } from '../../src/index.js';
import { MARKDOWN_LIMITS } from '@fimforms/markdown';

const field = (name: string, help: string) => ({ name, label: { de: name }, control: 'input', type: 'text', constraints: { maxLength: 20 }, help: { de: help } });

function definitionWithHelp(...helps: string[]): FormDefinition {
  const fields = Object.fromEntries(helps.map((help, i) => [`f${i}`, field(`f${i}`, help)]));
  return { fimforms: '1.0', name: 'm', title: { de: 'M' }, structure: helps.map((_, i) => ({ field: `f${i}` })), fields } as unknown as FormDefinition;
}

const codes = (definition: FormDefinition) => validateDefinition(definition).diagnostics.filter((d) => d.code.startsWith('markdown-'));

describe('markdown-texts', () => {
  it('locates a forbidden link at its place in the JSON text', () => {
    const source = JSON.stringify(definitionWithHelp('Erst **fett**, dann [hier](javascript:alert(1)).'), null, 2);
    const finding = validateText(source).diagnostics.find((d) => d.code === 'markdown-link-scheme');
    const offset = source.indexOf('[hier]');
    const before = source.slice(0, offset);
    expect(finding).toMatchObject({ pointer: '/fields/f0/help/de', position: { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') } });
  });

  it('reports each kind of finding once per text', () => {
    const found = codes(definitionWithHelp('[a](javascript:a) [b](javascript:b) <b>x</b> <i>y</i>'));
    expect(found.map((d) => d.code).sort()).toEqual(['markdown-link-scheme', 'markdown-raw-html']);
  });

  it('leaves plain texts alone, including indented lines and level-3 headings', () => {
    expect(codes(definitionWithHelp('Geben Sie bitte Ihre Vornamen an.\n      wie im Ausweis.', '### Hinweis\nText', 'Ein Satz mit 3 > 2 und a < b.'))).toEqual([]);
  });

  it('reports texts beyond the limits instead of parsing them', () => {
    const long = `[x](javascript:alert(1)) ${'a'.repeat(MARKDOWN_LIMITS.maxLength)}`;
    const nested = `${'> '.repeat(9)}[x](javascript:alert(1))`;
    const indented = `- a\n${' '.repeat(40)}- [x](javascript:alert(1))`;
    const found = codes(definitionWithHelp(long, nested, indented));
    expect(found.map((d) => `${d.code} ${d.pointer}`)).toEqual([
      'markdown-not-checked /fields/f0/help/de', 'markdown-not-checked /fields/f1/help/de', 'markdown-not-checked /fields/f2/help/de',
    ]);
  });

  it('says that a text beyond the limits is shown as plain text (fail closed)', () => {
    const [finding] = codes(definitionWithHelp(`${'> '.repeat(9)}[x](javascript:alert(1))`));
    expect(finding?.message.en).toContain('shown as plain text');
    expect(finding?.message.de).toContain('als reiner Text angezeigt');
  });

  it('checks the content of a label-only notice like a help text (format.md §5.5)', () => {
    const definition = definitionWithHelp('Hilfe');
    Object.assign(definition.fields!['f0']!, { control: 'label', content: { de: 'Lesen Sie die [Datenschutzerklärung](javascript:alert(1)).' } });
    delete (definition.fields!['f0'] as { constraints?: unknown }).constraints;
    expect(codes(definition).map((d) => `${d.code} ${d.pointer}`)).toEqual(['markdown-link-scheme /fields/f0/content/de']);
  });

  it('does not read the content of an input field as Markdown: it is a value', () => {
    const definition = definitionWithHelp('Hilfe');
    Object.assign(definition.fields!['f0']!, { content: { de: '[x](javascript:alert(1))' } });
    expect(codes(definition)).toEqual([]);
  });

  it('stops parsing after 200,000 characters of Markdown per definition and says so for each text left', () => {
    const text = `[x](javascript:alert(1)) ${'Hinweis '.repeat(480)}`; // about 3,900 characters
    const found = codes(definitionWithHelp(...Array.from({ length: 60 }, () => text)));
    const checked = found.filter((d) => d.code === 'markdown-link-scheme').length;
    const skipped = found.filter((d) => d.code === 'markdown-not-checked').length;
    expect(checked).toBe(Math.floor(200_000 / text.length));
    expect(checked + skipped).toBe(60);
  });

  it('does not read Markdown syntax in labels, which are plain text', () => {
    const definition = definitionWithHelp('Hilfe');
    (definition.fields!['f0'] as { label: { de: string } }).label.de = '[x](javascript:alert(1))';
    expect(codes(definition)).toEqual([]);
  });
});

describe('markdown-texts on arbitrary text', () => {
  it('never fails and only reports its own codes at the text it read (property)', () => {
    const piece = fc.constantFrom('[', ']', '(', ')', '<', '>', '#', '!', '-', '*', '1.', ' ', '    ', '\n', '\t', '`', '=', ':', 'javascript:', 'https://a.de', 'mailto:x@y.de', '&#106;', 'a', 'Text');
    fc.assert(fc.property(fc.array(piece, { maxLength: 300 }), (pieces) => {
      const found = validateDefinition(definitionWithHelp(pieces.join(''))).diagnostics;
      expect(found.filter((d) => d.code === 'validator-internal-error')).toEqual([]);
      for (const d of found.filter((d) => d.code.startsWith('markdown-'))) expect(d.pointer).toBe('/fields/f0/help/de');
    }), { numRuns: 300 });
  });
});
