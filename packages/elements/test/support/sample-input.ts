import type { Field } from '@fimforms/format';
import { compilePattern } from '@fimforms/runtime';

// Texts a citizen might type, tried in order against a field's pattern and lengths.
const TEXT_CANDIDATES = ['Muster', '12345', '0421 361 0', 'erika.muster@example.de', 'DE89 3704 0044 0532 0130 00', 'DE89370400440532013000', '86095742719', 'HB-AB 123', 'A1', 'Musterstraße 1', '2024', 'X'];

/** Text a citizen types into a field of this type so that its static constraints hold (German formats). */
export function sampleText(field: Field): string {
  const { minValue, maxValue, pattern, minLength = 0, maxLength = Infinity } = field.constraints ?? {};
  switch (field.type) {
    case 'num_int':
      return minValue ?? maxValue ?? '3';
    case 'num':
    case 'num_currency':
      return (minValue ?? maxValue ?? '12.5').replace('.', ',');
    case 'date':
      return germanDate(minValue ?? maxValue ?? '2000-01-15');
    case 'time':
      return '09:30';
    case 'datetime':
      // Thirty days ahead, so rules such as "at least 48 hours ahead" hold whenever the test runs;
      // an end (`ende`, `bis`) two hours after a start.
      return `${germanDate(daysAhead(30))} ${/ende|bis|end/i.test(field.name) ? '16:30' : '14:30'}`;
    default: {
      // The runtime's matcher (its result shape is being reworked: `matcher`, formerly `regexp`).
      const compiled = (pattern ? compilePattern(pattern) : undefined) as { ok: boolean; matcher?: { test(text: string): boolean }; regexp?: RegExp } | undefined;
      const matcher = compiled?.ok ? (compiled.matcher ?? compiled.regexp) : undefined;
      const fits = (text: string) => [...text].length >= minLength && [...text].length <= maxLength && (!matcher || matcher.test(text));
      // A pattern without any syntax is the one text it accepts.
      const literal = pattern !== undefined && /^[\p{L}\p{N} ]+$/u.test(pattern) ? [pattern] : [];
      const found = [...TEXT_CANDIDATES, ...literal].find(fits);
      if (!found) throw new Error(`no sample text fits ${field.name} (${pattern ?? ''})`);
      return found;
    }
  }
}

function daysAhead(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

function germanDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day}.${month}.${year}`;
}

/**
 * Fields no citizen can fill in: a pattern that is a literal text longer than the maximum length
 * (real test fixtures contain such definitions).
 */
export function unsatisfiableFields(fields: Record<string, Field> | undefined): string[] {
  return Object.values(fields ?? {})
    .filter((field) => {
      const { pattern, maxLength } = field.constraints ?? {};
      return pattern !== undefined && maxLength !== undefined && /^[\p{L}\p{N} ]+$/u.test(pattern) && [...pattern].length > maxLength;
    })
    .map((field) => field.name);
}
