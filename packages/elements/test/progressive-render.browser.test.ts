import { beforeEach, describe, expect, it } from 'vitest';
import type { FormDefinition } from '@fimforms/format';
import '../src/define.js';
import type { FimForm } from '../src/fim-form.js';
import { accessibilityTree } from './support/ax-tree.js';

/** `groups` groups of 20 optional text fields, on one page or split in two. */
function longForm(groups: number, pages = 1): FormDefinition {
  const fields: Record<string, unknown> = {};
  const groupDefinitions: Record<string, unknown> = {};
  for (let g = 0; g < groups; g++) {
    const children = [];
    for (let i = 0; i < 20; i++) {
      fields[`f${g}_${i}`] = { name: `f${g}_${i}`, label: { de: `Feld ${g}.${i}` }, control: 'input', type: 'text' };
      children.push({ field: `f${g}_${i}`, cardinality: '0:1' });
    }
    groupDefinitions[`g${g}`] = { name: `g${g}`, label: { de: `Gruppe ${g}` }, children };
  }
  const names = Array.from({ length: groups }, (_, g) => `g${g}`);
  const half = Math.ceil(groups / 2);
  return {
    fimforms: '1.0', name: 'lang', title: { de: 'Lang' },
    structure: names.map((group) => ({ group, cardinality: '0:1' })),
    fields, groups: groupDefinitions,
    ...(pages === 2 ? { pages: [{ name: 'eins', title: { de: 'Eins' }, items: names.slice(0, half) }, { name: 'zwei', title: { de: 'Zwei' }, items: names.slice(half) }] } : {}),
  } as unknown as FormDefinition;
}

const inputs = (form: FimForm) => [...form.shadowRoot!.querySelectorAll<HTMLInputElement>('input[data-path]')];

/**
 * Calls `check` in the first frame that shows controls (before the form fills in the rest: asked for
 * in each frame before the form renders, it runs ahead of the form's own wait for that frame).
 */
function inFirstFrameWithControls<T>(form: FimForm, check: () => T): Promise<T> {
  return new Promise((resolve) => {
    const frame = () => (inputs(form).length > 0 ? resolve(check()) : requestAnimationFrame(frame));
    requestAnimationFrame(frame);
  });
}

/** Mounts the form and counts its controls in the first frame that shows any. */
async function mountCountingFirstFrame(definition: FormDefinition): Promise<{ form: FimForm; firstFrame: number }> {
  document.body.replaceChildren();
  const form = document.createElement('fim-form');
  form.definition = definition;
  document.body.append(form);
  const firstFrame = inFirstFrameWithControls(form, () => inputs(form).length);
  await form.updateComplete;
  return { form, firstFrame: await firstFrame };
}

describe('a long page (specs/rendering.md §9)', () => {
  beforeEach(() => history.replaceState(null, '', location.pathname));

  it('shows its first screen at once and every control right after, in the DOM and the accessibility tree', async () => {
    const { form, firstFrame } = await mountCountingFirstFrame(longForm(15));
    expect(firstFrame).toBeGreaterThanOrEqual(30);
    expect(firstFrame).toBeLessThan(300);
    const paths = inputs(form).map((input) => input.dataset['path']);
    expect(paths).toHaveLength(300);
    expect(new Set(paths).size).toBe(300);
    // Document order: the parts filled in later sit where they belong.
    expect(paths.slice(0, 3)).toEqual(['g0.f0_0', 'g0.f0_1', 'g0.f0_2']);
    expect(paths.at(-1)).toBe('g14.f14_19');
    const textboxes = (await accessibilityTree()).filter((node) => node.role === 'textbox');
    expect(textboxes).toHaveLength(300);
  });

  it('renders a short page at once', async () => {
    const { form, firstFrame } = await mountCountingFirstFrame(longForm(3));
    expect(firstFrame).toBe(60);
    expect(inputs(form)).toHaveLength(60);
  });

  it('keeps what is there when the form renders again before the rest arrived, and still fills in the rest', async () => {
    document.body.replaceChildren();
    const form = document.createElement('fim-form');
    form.definition = longForm(15);
    document.body.append(form);
    const first = inFirstFrameWithControls(form, () => {
      const shown = inputs(form);
      // An update between the first screen and the rest (an announcement does this).
      form.announce('Hallo');
      return { count: shown.length, input: shown[0]! };
    });
    await form.updateComplete;
    const { count, input } = await first;
    expect(count).toBeLessThan(300);
    expect(inputs(form)[0]).toBe(input);
    expect(inputs(form)).toHaveLength(300);
    input.value = 'Erika';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    expect(form.engine.getValue('g0.f0_0')).toBe('Erika');
  });

  it('renders the next page progressively too, and the previous one again completely', async () => {
    const { form } = await mountCountingFirstFrame(longForm(16, 2));
    expect(inputs(form)).toHaveLength(160);
    form.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await form.updateComplete;
    expect(form.engine.currentPage).toBe(1);
    expect(inputs(form).map((input) => input.dataset['path'])).toEqual(Array.from({ length: 160 }, (_, n) => `g${8 + Math.floor(n / 20)}.f${8 + Math.floor(n / 20)}_${n % 20}`));
    form.shadowRoot!.querySelector<HTMLButtonElement>('button[data-nav=back]')!.click();
    await form.updateComplete;
    expect(form.engine.currentPage).toBe(0);
    expect(inputs(form)).toHaveLength(160);
  });
});
