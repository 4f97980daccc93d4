import type { Diagnostic, Expression, FormDefinition } from '@fimforms/format';
import { Decimal, evaluate, EvaluationError, type Value } from '@fimforms/expressions';
import { compileExpression } from '@fimforms/expressions/compile';
import { createForm, validateSubmission, type FormEngine, type PrefillValue } from '../src/index.js';

/** A file of specs/conformance/runtime/ (specs/schemas/runtime-cases.schema.json). */
export interface RuntimeCase {
  description: string;
  specification?: string[];
  definition?: FormDefinition;
  now?: string;
  timeZone?: string;
  codeLists?: Record<string, string[]>;
  tests: RuntimeTest[];
}

/** One test: an expression with values, or form inputs / a submission with expectations. */
export interface RuntimeTest {
  description: string;
  expression?: Expression;
  values?: Record<string, unknown>;
  result?: unknown;
  error?: string;
  inputs?: Input[];
  prefill?: Record<string, PrefillValue>;
  submission?: unknown;
  expect?: Expectation;
}

type Input = { set: string; value: unknown } | { add: string } | { remove: string; index: number } | { page: string } | { restore: unknown };

interface Expectation {
  visible?: Record<string, boolean>;
  required?: Record<string, boolean>;
  readonly?: Record<string, boolean>;
  locked?: Record<string, boolean>;
  provenance?: Record<string, { source: string; level?: string } | null>;
  formDiagnostics?: { code: string; pointer: string }[];
  values?: Record<string, unknown>;
  count?: Record<string, number>;
  submission?: unknown;
  valid?: boolean;
  diagnostics?: { code: string; pointer: string }[];
  visiblePages?: string[];
  currentPage?: string;
  moves?: boolean[];
}

/** What a test produced, in the shape of its expectation (so one `toEqual` compares them). */
export interface Outcome {
  actual: unknown;
  expected: unknown;
  /** Errors of validateSubmission on the form's own submission, to compare with the form's errors. */
  parity?: { form: string[]; server: string[] };
}

/** Runs one conformance test. */
export function runTest(file: RuntimeCase, test: RuntimeTest): Outcome {
  const clock = { now: () => new Date(file.now ?? '2026-11-22T12:00:00Z'), ...(file.timeZone ? { timeZone: file.timeZone } : {}) };
  if (test.expression !== undefined) return runExpression(file, test, clock);
  if (!file.definition) throw new Error(`${test.description}: form test without definition`);
  const expect = test.expect ?? {};
  const options = { ...clock, ...(file.codeLists ? { codeLists: file.codeLists } : {}), ...(test.prefill ? { prefill: test.prefill } : {}) };
  if (test.submission !== undefined && !test.inputs) {
    const result = validateSubmission(file.definition, test.submission, options);
    const form = createForm(file.definition, { ...options, submission: test.submission });
    return { actual: pick(expect, form, result.valid, result.errors), expected: normalise(expect) };
  }
  const form = createForm(file.definition, options);
  const moves: boolean[] = [];
  for (const input of test.inputs ?? []) {
    if ('page' in input) moves.push(navigate(form, input.page));
    else if ('set' in input) form.setValue(input.set, input.value);
    else if ('add' in input) form.addInstance(input.add);
    else if ('restore' in input) form.restore(input.restore);
    else form.removeInstance(input.remove, input.index);
  }
  const errors = form.errors();
  const server = validateSubmission(file.definition, form.toSubmission(), options).errors;
  return {
    actual: { ...(pick(expect, form, errors.length === 0, errors) as object), ...(expect.moves ? { moves } : {}) },
    expected: normalise(expect),
    parity: { form: keys(errors), server: keys(server) },
  };
}

function pick(expect: Expectation, form: FormEngine, valid: boolean, errors: Diagnostic[]): unknown {
  const map = <T>(record: Record<string, unknown> | undefined, read: (path: string) => T) =>
    record && Object.fromEntries(Object.keys(record).map((path) => [path, read(path)]));
  return normalise({
    visible: map(expect.visible, (p) => form.isVisible(p)),
    required: map(expect.required, (p) => form.get(p)?.required ?? false),
    readonly: map(expect.readonly, (p) => form.isReadonly(p)),
    locked: map(expect.locked, (p) => form.get(p)?.locked === true),
    provenance: map(expect.provenance, (p) => provenanceOf(form, p)),
    formDiagnostics: expect.formDiagnostics === undefined ? undefined : form.diagnostics.map(({ code, pointer }) => ({ code, pointer })),
    values: map(expect.values, (p) => form.getValue(p) ?? null),
    count: map(expect.count, (p) => form.instanceCount(p)),
    submission: expect.submission === undefined ? undefined : form.toSubmission(),
    valid: expect.valid === undefined ? undefined : valid,
    diagnostics: expect.diagnostics === undefined ? undefined : errors.map(({ code, pointer }) => ({ code, pointer })),
    visiblePages: expect.visiblePages === undefined ? undefined : form.visiblePages.map((page) => page.name),
    currentPage: expect.currentPage === undefined ? undefined : form.pages[form.currentPage]!.name,
  });
}

/** Where a field instance's value came from, as `form.get` reports it; null when it was not prefilled. */
function provenanceOf(form: FormEngine, path: string): { source: string; level?: string } | null {
  const state = form.get(path);
  if (state?.source === undefined) return null;
  return { source: state.source, ...(state.level ? { level: state.level } : {}) };
}

/** A `page` input: `next`, `previous`, or the name of a page to go to; returns whether the form moved. */
function navigate(form: FormEngine, page: string): boolean {
  if (page === 'next') return form.nextPage();
  if (page === 'previous') return form.previousPage();
  return form.goToPage(form.pages.findIndex((p) => p.name === page));
}

function runExpression(file: RuntimeCase, test: RuntimeTest, clock: { now: () => Date; timeZone?: string }): Outcome {
  const compiled = compileExpression(test.expression!);
  const expected = test.error !== undefined ? { error: test.error } : { result: test.result ?? null };
  if (!compiled.ok) return { actual: { error: compiled.diagnostics[0]!.code }, expected };
  const values = test.values ?? {};
  const codeLists = new Map(Object.entries(file.codeLists ?? {}).map(([k, v]) => [k, new Set(v)]));
  try {
    const value = evaluate(compiled.expression, {
      ...clock,
      resolve: (reference) => (Object.hasOwn(values, reference) ? toValue(values[reference]) : null),
      codeList: (key) => codeLists.get(key),
    });
    return { actual: { result: fromValue(value, test.result) }, expected };
  } catch (error) {
    if (error instanceof EvaluationError) return { actual: { error: error.code }, expected };
    throw error;
  }
}

/** JSON → evaluator value: numbers become exact decimals, `{"decimal": "…"}` too. */
function toValue(json: unknown): Value {
  if (typeof json === 'number') return Decimal.fromNumber(json)!;
  if (Array.isArray(json)) return json.map(toValue);
  if (typeof json === 'object' && json !== null && 'decimal' in json) return Decimal.parse(String((json as { decimal: unknown }).decimal))!;
  return json as Value;
}

/** Evaluator value → JSON in the form the expectation uses (a number compares by value, `{"decimal"}` exactly). */
function fromValue(value: Value, expected: unknown): unknown {
  if (value instanceof Decimal) {
    if (typeof expected === 'number') return Decimal.fromNumber(expected)!.compare(value) === 0 ? expected : value.toString();
    if (typeof expected === 'object' && expected !== null && 'decimal' in expected) return { decimal: value.toString() };
    return value.toString();
  }
  if (Array.isArray(value)) return value.map((item, i) => fromValue(item, Array.isArray(expected) ? expected[i] : undefined));
  return value;
}

function keys(errors: Diagnostic[]): string[] {
  return errors.map((e) => `${e.code} ${e.pointer}`).sort();
}

function normalise(value: object): unknown {
  const result = Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
  for (const key of ['diagnostics', 'formDiagnostics']) {
    if (!Array.isArray(result[key])) continue;
    result[key] = [...(result[key] as { code: string; pointer: string }[])]
      .map(({ code, pointer }) => ({ code, pointer }))
      .sort((a, b) => `${a.pointer} ${a.code}`.localeCompare(`${b.pointer} ${b.code}`));
  }
  return result;
}
