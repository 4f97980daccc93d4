import type { Field } from '@fimforms/format';
import { describe, expect, it } from 'vitest';
import { ALL_ENGINE_PARTS } from '../src/all-engine-parts.js';
import { compileFieldCheck, type CheckSurroundings } from '../src/validate-field.js';

const berlin: CheckSurroundings = { codeList: () => undefined, timeZone: 'Europe/Berlin' };
const field = (type: Field['type'], constraints: Field['constraints'] = {}): Field => ({ name: 'x', label: { de: 'X' }, control: 'input', type, constraints });
const codes = (check: ReturnType<typeof compileFieldCheck>, value: unknown, surroundings = berlin) => check(value, 'a.0.x', surroundings).map((d) => `${d.code} ${d.pointer}`);

describe('compileFieldCheck', () => {
  it('counts the fraction digits of an amount as XSD does', () => {
    const check = compileFieldCheck(field('num_currency'), undefined, ALL_ENGINE_PARTS);
    expect(codes(check, '12.50')).toEqual([]);
    expect(codes(check, '12.500')).toEqual([]);
    expect(codes(check, '-0.10')).toEqual([]);
    expect(codes(check, '12.505')).toEqual(['value-invalid-type /a/0/x']);
  });

  it('reads a date-time bound as the compiler does: seconds may be left out, an offset may not (format.md §5.3)', () => {
    const check = compileFieldCheck(field('datetime', { minValue: '2026-07-01T00:00+02:00', maxValue: '2026-07-31T23:59Z' }), undefined, ALL_ENGINE_PARTS);
    // Midnight in Berlin summer time is 22:00 UTC the day before; the upper bound is 23:59:00Z.
    expect(codes(check, '2026-06-30T22:00:00Z')).toEqual([]);
    expect(codes(check, '2026-06-30T21:59:59Z')).toEqual(['value-below-minimum /a/0/x']);
    expect(codes(check, '2026-08-01T01:59:00+02:00')).toEqual([]);
    expect(codes(check, '2026-07-31T23:59:01Z')).toEqual(['value-above-maximum /a/0/x']);
    // Without an offset a bound names no instant, whatever the form's time zone: it checks nothing.
    const local = compileFieldCheck(field('datetime', { minValue: '2026-07-01T00:00:00' }), undefined, ALL_ENGINE_PARTS);
    expect(codes(local, '2000-01-01T00:00:00Z')).toEqual([]);
    expect(codes(local, '2000-01-01T00:00:00Z', { ...berlin, timeZone: 'UTC' })).toEqual([]);
  });

  it('checks nothing against a bound that is no value of the type', () => {
    expect(codes(compileFieldCheck(field('num', { minValue: 'viel' }), undefined, ALL_ENGINE_PARTS), '-5')).toEqual([]);
    expect(codes(compileFieldCheck(field('datetime', { maxValue: 'morgen' }), undefined, ALL_ENGINE_PARTS), '2026-06-30T22:00:00Z')).toEqual([]);
  });

  it('gives a value of the wrong type only that error', () => {
    const check = compileFieldCheck(field('text', { minLength: 5, pattern: '[a-z]+' }), { test: () => false } as never, ALL_ENGINE_PARTS);
    expect(codes(check, 12)).toEqual(['value-invalid-type /a/0/x']);
    expect(codes(check, 'AB')).toEqual(['value-too-short /a/0/x', 'value-pattern-mismatch /a/0/x']);
  });

  it('asks for the codes of a select field when it checks, so codes given later count', () => {
    const select: Field = { name: 'x', label: { de: 'X' }, control: 'select', type: 'text', codeList: 'staat' };
    const check = compileFieldCheck(select, undefined, ALL_ENGINE_PARTS);
    expect(codes(check, '999')).toEqual([]);
    expect(codes(check, '999', { ...berlin, codeList: () => new Set(['276']) })).toEqual(['value-not-in-code-list /a/0/x']);
    expect(codes(check, '276', { ...berlin, codeList: () => new Set(['276']) })).toEqual([]);
  });
});
