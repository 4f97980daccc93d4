import type { FormDefinition } from '@fimforms/format';
import type { PrefillValue } from '@fimforms/runtime';
import '../../src/define.js';
import type { FimForm } from '../../src/fim-form.js';

/** Mounts a `<fim-form>` with a definition and waits for its first render. */
export async function mountForm(definition: FormDefinition, options: { lang?: string; prefill?: Record<string, PrefillValue>; attributes?: Record<string, string> } = {}): Promise<FimForm> {
  document.body.replaceChildren();
  const element = document.createElement('fim-form');
  if (options.lang) element.setAttribute('lang', options.lang);
  for (const [name, value] of Object.entries(options.attributes ?? {})) element.setAttribute(name, value);
  if (options.prefill) element.prefill = options.prefill;
  element.definition = definition;
  document.body.append(element);
  await element.updateComplete;
  return element;
}

/** The one shadow root of a form. */
export function rootOf(element: FimForm): ShadowRoot {
  return element.shadowRoot!;
}

/** Waits until the element and every field part have rendered. */
export async function settled(element: FimForm): Promise<void> {
  await element.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
  await element.updateComplete;
}
