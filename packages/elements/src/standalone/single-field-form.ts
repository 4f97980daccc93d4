import type { Diagnostic, Field, FormDefinition } from '@fimforms/format';
import { createForm, type FormEngine } from '@fimforms/runtime/on-demand';
import { dates } from '@fimforms/runtime/dates';
import { latin } from '@fimforms/runtime/latin';
import { compilePattern } from '@fimforms/runtime/pattern-engine';

/** The technical name of the one field. */
const NAME = 'wert';

/**
 * A form of exactly one field, run by the runtime: a standalone element checks its value with the
 * engine's own field validation (type, length, pattern, DIN 91379, range, code list, required), so a
 * CMS form refuses exactly what `validateSubmission` would refuse on the server.
 */
export class SingleFieldForm {
  readonly field: Field;
  readonly #engine: FormEngine;

  constructor(field: Omit<Field, 'name'>, required: boolean, codes?: readonly string[]) {
    this.field = { ...field, name: NAME } as Field;
    const definition = {
      fimforms: '1.0',
      name: 'standalone',
      title: { de: 'Einzelfeld' },
      structure: [{ field: NAME, cardinality: required ? '1:1' : '0:1' }],
      fields: { [NAME]: this.field },
    } as unknown as FormDefinition;
    // One field has no rules: the engine runs without the rule compiler (specs/runtime.md §6); the standalone fields
    // are self-contained and bring the other parts a field may need.
    this.#engine = createForm(definition, { parts: { compilePattern, dates, latin }, ...(codes ? { codeLists: { [field.codeList ?? '']: codes } } : {}) });
  }

  /** Stores a value (input coercion as in the runtime); `undefined` clears it. */
  set(value: unknown): void {
    this.#engine.setValue(NAME, value);
  }

  /** The stored value in submission form (decimal string, ISO date, integer …), `undefined` when empty. */
  get value(): unknown {
    return this.#engine.getValue(NAME);
  }

  /** The field's errors for the stored value. */
  get errors(): readonly Diagnostic[] {
    return this.#engine.get(NAME)?.errors ?? [];
  }
}
