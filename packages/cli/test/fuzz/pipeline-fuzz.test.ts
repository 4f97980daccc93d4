import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { compile } from '@fimforms/compiler';
import type { Diagnostic, FormDefinition } from '@fimforms/format';
import { validateSubmission } from '@fimforms/runtime';
import { exportXdf3, importXdf } from '@fimforms/xdatenfelder';
import { describe, expect, it } from 'vitest';
import { XDF_FIXTURES } from '../support/corpus.js';
import { EXAMPLES } from '../support/examples.js';

/** Runs per property: bounded, deterministic per seed (fast-check prints it on failure). */
const RUNS = 150;

const internalErrors = (diagnostics: readonly Diagnostic[]): Diagnostic[] => diagnostics.filter((d) => d.code.endsWith('internal-error'));

// Edits of a real export: insert markup or text, delete or duplicate a stretch.
const SNIPPET = fc.constantFrom('<', '>', '</xdf3:name>', '<xdf3:datenfeld>', '<code>x</code>', '&amp;', '&#0;', ']]>', '<![CDATA[<]]>', '\u0000', '\ud800', 'xmlns:xdf3="urn:x"', '<xdf3:anzahl>9:1</xdf3:anzahl>', '<xdf3:praezisierung>{"maxLength":"-1"}</xdf3:praezisierung>', '&lt;script&gt;', '[klick](javascript:alert(1))', '\n::error::x', '\u001b[2J');
const EDIT = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: SNIPPET }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 200 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 2000 }) }),
);

type Edit = { kind: 'insert' | 'delete' | 'duplicate'; at: number; text?: string; length?: number };

function applyEdits(xml: string, edits: readonly Edit[]): string {
  let text = xml;
  for (const edit of edits) {
    const at = edit.at % (text.length + 1);
    if (edit.kind === 'insert') text = text.slice(0, at) + edit.text + text.slice(at);
    else if (edit.kind === 'delete') text = text.slice(0, at) + text.slice(at + edit.length!);
    else text = text.slice(0, at) + text.slice(at, at + edit.length!) + text.slice(at);
  }
  return text;
}

describe('fuzzing importer, exporter and serializers (issue #15)', () => {
  const xdf3 = readFileSync(path.join(XDF_FIXTURES, 'xdf3-schema.xml'), 'utf8');

  it(`the importer never throws on an edited export, locates what it reports, and what it imports exports and imports again (${RUNS} documents)`, () => {
    fc.assert(
      fc.property(fc.array(EDIT, { minLength: 1, maxLength: 4 }), (edits) => {
        const result = importXdf(applyEdits(xdf3, edits));
        expect(internalErrors(result.report.diagnostics)).toEqual([]);
        for (const d of result.report.diagnostics) expect(d.position !== undefined || d.pointer !== '' || d.severity !== 'error').toBe(true);
        if (!result.definition) return;
        const exported = exportXdf3(result.definition, { now: '2026-01-01T00:00:00Z' });
        expect(internalErrors(exported.report.diagnostics)).toEqual([]);
        if (exported.xml !== '') expect(importXdf(exported.xml).definition).toBeDefined();
      }),
      { numRuns: RUNS },
    );
  });

  it(`validateSubmission and both serializers never throw on arbitrary JSON, and an XML payload reads back (${RUNS} submissions)`, () => {
    const definition = JSON.parse(readFileSync(path.join(EXAMPLES, 'kita-anmeldung.form.json'), 'utf8')) as FormDefinition;
    const compiled = compile(definition);
    const keys = Object.keys(compiled.sample().submission ?? {});
    // Arbitrary JSON under the form's own keys (so that the readers go deep), and arbitrary JSON as a whole.
    const data = fc.oneof(fc.jsonValue({ maxDepth: 4 }), fc.dictionary(fc.constantFrom(...keys, '__proto__', 'constructor'), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 8 }));
    fc.assert(
      fc.property(data, (submission) => {
        const checked = validateSubmission(definition, submission);
        expect(internalErrors(checked.errors)).toEqual([]);
        const xml = compiled.toXml(submission, { codeListVersions: {} });
        compiled.toJson(submission, { codeListVersions: {} });
        if (xml.payload === undefined) return;
        const back = compiled.fromXml(xml.payload);
        expect(back.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });
});
