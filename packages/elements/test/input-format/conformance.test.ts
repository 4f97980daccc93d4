import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  formatDateInput, formatDateTimeInput, formatDecimalInput, formatIntegerInput, formatTimeInput, parseDateInput,
  parseDateTimeInput, parseDecimalInput, parseIntegerInput, parseTimeInput, type InputLanguage, type InputResult,
} from '../../src/input-format/index.js';

// specs/conformance/input (specs/schemas/input-cases.schema.json): reading typed text and showing values.
interface Options {
  lang?: InputLanguage;
  maxFractionDigits?: number;
  minFractionDigits?: number;
  timeZone?: string;
}
interface InputCase {
  description: string;
  function: string;
  options?: Options;
  tests: { description: string; text: string; value?: string | number | null; error?: string }[];
}

const require = createRequire(import.meta.url);
const directory = path.join(path.dirname(require.resolve('@fimforms/specs/package.json')), 'conformance', 'input');
const files = readdirSync(directory).filter((name) => name.endsWith('.json')).sort();

const PARSERS: Record<string, (text: string, o: Options) => InputResult<unknown>> = {
  'parse-decimal': (text, o) => parseDecimalInput(text, { lang: o.lang ?? 'de', ...(o.maxFractionDigits === undefined ? {} : { maxFractionDigits: o.maxFractionDigits }) }),
  'parse-integer': (text, o) => parseIntegerInput(text, { lang: o.lang ?? 'de' }),
  'parse-date': (text) => parseDateInput(text),
  'parse-time': (text) => parseTimeInput(text),
  'parse-datetime': (text, o) => parseDateTimeInput(text, o.timeZone === undefined ? {} : { timeZone: o.timeZone }),
};

const DISPLAYS: Record<string, (value: string | number, o: Options) => string> = {
  'display-decimal': (value, o) => formatDecimalInput(String(value), o.lang ?? 'de', o.minFractionDigits === undefined ? {} : { minFractionDigits: o.minFractionDigits }),
  'display-integer': (value, o) => formatIntegerInput(Number(value), o.lang ?? 'de'),
  'display-date': (value, o) => formatDateInput(String(value), o.lang ?? 'de'),
  'display-time': (value) => formatTimeInput(String(value)),
  'display-datetime': (value, o) => formatDateTimeInput(String(value), o.lang ?? 'de', o.timeZone === undefined ? {} : { timeZone: o.timeZone }),
};

describe.each(files)('%s', (file) => {
  const cases = JSON.parse(readFileSync(path.join(directory, file), 'utf8')) as InputCase[];
  for (const conformanceCase of cases) {
    describe(conformanceCase.description, () => {
      const options = conformanceCase.options ?? {};
      for (const test of conformanceCase.tests) {
        it(test.description, () => {
          const parse = PARSERS[conformanceCase.function];
          if (parse) {
            const expected = test.error === undefined ? { ok: true, value: test.value } : { ok: false, error: test.error };
            expect(parse(test.text, options)).toEqual(expected);
          } else {
            expect(DISPLAYS[conformanceCase.function]!(test.value!, options)).toBe(test.text);
          }
        });
      }
    });
  }
});
