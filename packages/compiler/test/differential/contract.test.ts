import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '@fimforms/format';
import { disagreementsOf, ruleVerdictDisagreements } from './contract.js';
import type { FieldKind } from './field-kinds.js';
import { skeletonOf, withRules } from './generated-form.js';
import type { PairVerdict } from './payload-verdicts.js';

// The judge of the differential test must be able to fail: each kind of disagreement, on verdicts made by hand.
const text: FieldKind = { field: { control: 'input', type: 'text', constraints: { maxLength: 3 } }, inside: ['abc'], outside: [{ value: 'abcd', breaks: 'maxLength' }] };
const code: FieldKind = {
  field: { control: 'select', type: 'text' },
  codeList: { kind: 'inline', values: [{ code: '01', label: { de: 'Eins' } }] },
  inside: ['01'],
  outside: [{ value: 'zz', breaks: 'code' }],
};
const instant: FieldKind = { field: { control: 'input', type: 'datetime' }, inside: ['2026-06-12T08:00:00Z', '2026-06-12T07:00:00Z'], outside: [] };
const skeleton = skeletonOf({ top: [{ field: text, cardinality: '1:1' }, { field: code, cardinality: '0:1' }, { field: instant, cardinality: '0:1' }] });

function error(code: string, pointer: string): Diagnostic {
  return { code, severity: 'error', pointer, message: { de: code, en: code } };
}

function verdict(submission: unknown, runtimeErrors: Diagnostic[], xml: boolean, json: boolean): PairVerdict {
  return { submission, runtimeErrors, serializerErrors: [], xml: { valid: xml, errors: '' }, json: { valid: json, errors: null } };
}

describe('the differential judge', () => {
  it('flags a payload a schema rejects although the runtime accepted it', () => {
    const found = disagreementsOf(skeleton.definition, skeleton, [verdict({ n1: 'abc' }, [], false, true)]);
    expect(found.map((entry) => entry.kind)).toEqual(['runtime-accepts-xsd-rejects']);
  });

  it('flags schemas that accept what they can express and the runtime refused, unless a rule acts on the field', () => {
    const refused = verdict({ n1: 'abcd' }, [error('value-too-long', '/n1')], true, true);
    expect(disagreementsOf(skeleton.definition, skeleton, [refused]).map((entry) => entry.kind)).toEqual(['xsd-accepts-expressible', 'json-accepts-expressible']);
    const shown = withRules(skeleton, { r: { type: 'K', effects: [{ effect: 'show', target: 'self.F60000000001', when: 'isFilled(n2)' }] } });
    expect(disagreementsOf(shown, skeleton, [refused])).toEqual([]);
  });

  it('leaves to the runtime what payload.md §9 says the schemas cannot state: whitespace around a code in the XSD', () => {
    const found = disagreementsOf(skeleton.definition, skeleton, [verdict({ n1: 'abc', n2: ' 01' }, [error('value-not-in-code-list', '/n2')], true, false)]);
    expect(found).toEqual([]);
  });

  it('flags a valid assertion the runtime judges otherwise than its meaning (date-times by instant)', () => {
    const definition = withRules(skeleton, {
      r: { type: 'K', effects: [{ effect: 'valid', target: 'n3', when: 'n3 >= "2026-06-12T10:00:00+02:00"', message: { de: 'Zu früh' } }] },
    });
    const sameInstant = { n1: 'abc', n3: '2026-06-12T08:00:00Z' };
    const earlier = { n1: 'abc', n3: '2026-06-12T07:00:00Z' };
    const asText = [verdict(sameInstant, [error('rule-violated', '/n3')], true, true), verdict(earlier, [error('rule-violated', '/n3')], true, true)];
    expect(ruleVerdictDisagreements(definition, skeleton, asText).map((entry) => entry.submission)).toEqual([sameInstant]);
    const byInstant = [verdict(sameInstant, [], true, true), verdict(earlier, [error('rule-violated', '/n3')], true, true)];
    expect(ruleVerdictDisagreements(definition, skeleton, byInstant)).toEqual([]);
  });
});
