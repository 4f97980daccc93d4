import { createForm, type FormEngine } from '@fimforms/runtime';
import type { FormDefinition } from '@fimforms/format';
import { afterEach, expect, it } from 'vitest';
import { attachFormBridge, readBridgeState, submissionFormData, type FormBridge } from '../src/form-bridge.js';

const definition = {
  fimforms: '1.0', name: 'antrag', title: { de: 'Antrag' },
  structure: [{ field: 'vorname' }, { field: 'alter', cardinality: '0:1' }],
  fields: {
    vorname: { name: 'vorname', label: { de: 'Vorname' }, control: 'input', type: 'text' },
    alter: { name: 'alter', label: { de: 'Alter' }, control: 'input', type: 'num_int' },
  },
} as unknown as FormDefinition;

/** A stand-in for <fim-form>: one engine, one native input per field in its shadow root, and the bridge. */
class BridgedTestForm extends HTMLElement {
  static formAssociated = true;
  readonly engine: FormEngine = createForm(definition);
  readonly internals = this.attachInternals();
  #bridge: FormBridge | undefined;

  connectedCallback(): void {
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    root.innerHTML = '<input id="vorname"><input id="alter">';
    this.#bridge = attachFormBridge(this.internals, this.engine, {
      name: () => this.getAttribute('name') ?? 'fimforms',
      invalidMessage: (errors) => `${errors.length} Fehler`,
      anchorFor: (pointer) => root.getElementById(pointer.slice(1)) ?? undefined,
      files: () => new Map([['f1', new File(['%PDF'], 'nachweis.pdf', { type: 'application/pdf' })]]),
    });
  }

  disconnectedCallback(): void {
    this.#bridge?.detach();
  }

  formAssociatedCallback(): void {
    this.#bridge?.sync();
  }

  formResetCallback(): void {
    this.engine.restore({});
  }

  formStateRestoreCallback(state: unknown): void {
    const submission = readBridgeState(state);
    if (submission) this.engine.restore(submission);
  }
}
customElements.define('bridged-test-form', BridgedTestForm);

afterEach(() => document.body.replaceChildren());

function hostForm(): { form: HTMLFormElement; element: BridgedTestForm } {
  const form = document.createElement('form');
  const element = document.createElement('bridged-test-form') as BridgedTestForm;
  element.setAttribute('name', 'antrag');
  form.append(element);
  document.body.append(form);
  return { form, element };
}

it('blocks the host form while the engine has errors, pointing at the first invalid field', () => {
  const { form, element } = hostForm();
  let submitted = 0;
  form.addEventListener('submit', (event) => { event.preventDefault(); submitted++; });
  expect(form.checkValidity()).toBe(false);
  expect(element.internals.validationMessage).toBe('1 Fehler');
  form.requestSubmit();
  expect(submitted).toBe(0);
  expect(element.shadowRoot!.activeElement?.id).toBe('vorname');
});

it('puts the submission as JSON and the chosen files into the host FormData, after each change', async () => {
  const { form, element } = hostForm();
  element.engine.setValue('vorname', 'Erika');
  element.engine.setValue('alter', '42');
  await Promise.resolve();
  expect(form.checkValidity()).toBe(true);
  const data = new FormData(form);
  expect(JSON.parse(data.get('antrag') as string)).toEqual({ vorname: 'Erika', alter: 42 });
  expect((data.get('antrag.file.f1') as File).name).toBe('nachweis.pdf');
});

it('follows a reset of the host form and is restored from its state', async () => {
  const { form, element } = hostForm();
  element.engine.setValue('vorname', 'Erika');
  await Promise.resolve();
  form.reset();
  await Promise.resolve();
  expect(element.engine.getValue('vorname')).toBeUndefined();
  expect(form.checkValidity()).toBe(false);
  element.formStateRestoreCallback(JSON.stringify({ vorname: 'Max' }));
  expect(element.engine.getValue('vorname')).toBe('Max');
  expect(readBridgeState('kein JSON')).toBeUndefined();
  expect(readBridgeState('[1]')).toBeUndefined();
});

it('writes once per burst of changes, nothing while outside a form, and stops when detached', async () => {
  const listeners = new Set<(paths: readonly string[]) => void>();
  const engine = {
    toSubmission: () => ({ vorname: 'Erika' }),
    errors: () => [],
    subscribeAll: (listener: (paths: readonly string[]) => void) => {
      listeners.add(listener);
      return () => { listeners.delete(listener); };
    },
  };
  let writes = 0;
  const internals = { form: null as HTMLFormElement | null, setFormValue: () => writes++, setValidity: () => undefined };
  const bridge = attachFormBridge(internals as unknown as ElementInternals, engine, { name: () => 'x', invalidMessage: () => '' });
  for (const listener of listeners) listener([]);
  await Promise.resolve();
  expect(writes).toBe(0);
  internals.form = document.createElement('form');
  for (let i = 0; i < 3; i++) for (const listener of listeners) listener([]);
  await Promise.resolve();
  expect(writes).toBe(1);
  bridge.detach();
  expect(listeners.size).toBe(0);
});

it('writes one FormData entry for the submission and one per file', () => {
  const data = submissionFormData('x', { a: '1.50' }, new Map([['r', new File(['a'], 'a.txt')]]));
  expect([...data.keys()]).toEqual(['x', 'x.file.r']);
  expect(data.get('x')).toBe('{"a":"1.50"}');
});
