import type { PrefillValue } from '@fimforms/runtime';
import type { FormDefinition } from '@fimforms/format';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import './define-elements.js';
import { FIELD_TYPES, LONG_TEXTS, PAGED, REPEATING } from './state-definitions.js';

interface Args {
  lang: 'de' | 'en';
  definition: FormDefinition;
  prefill: Record<string, PrefillValue> | undefined;
}

/**
 * `<fim-form>` with a field of every kind, in every state of specs/rendering.md §6. The play
 * functions are the interaction tests: fill in, submit with errors, rules, repeats, pages, review.
 */
const meta: Meta<Args> = {
  title: 'Elements/fim-form',
  parameters: { layout: 'padded' },
  args: { lang: 'de', definition: FIELD_TYPES, prefill: undefined },
  argTypes: {
    lang: { control: 'inline-radio', options: ['de', 'en'] },
    definition: { control: 'object' },
    prefill: { control: 'object' },
  },
  render: ({ lang, definition, prefill }) => html`<fim-form .definition=${definition} .prefill=${prefill} lang=${lang}></fim-form>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The shadow root of the story's form, once it has rendered its fields. */
async function formRoot(canvas: HTMLElement): Promise<ShadowRoot> {
  const form = canvas.querySelector('fim-form')!;
  return waitFor(() => {
    const root = form.shadowRoot;
    expect(root?.querySelector('form')).toBeTruthy();
    return root!;
  });
}

function control(root: ShadowRoot, label: string): HTMLInputElement {
  const found = [...root.querySelectorAll('label')].find((l) => l.textContent!.trim().startsWith(label));
  expect(found, `label "${label}"`).toBeTruthy();
  const input = found!.control ?? root.getElementById(found!.htmlFor);
  expect(input, `control of "${label}"`).toBeTruthy();
  return input as HTMLInputElement;
}

const submit = (root: ShadowRoot) => userEvent.click(root.querySelector<HTMLButtonElement>('form button[type="submit"]')!);

export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const root = await formRoot(canvasElement);
    expect(control(root, 'Vorname').value).toBe('');
    expect(root.textContent).toContain('Pflichtangaben sind gekennzeichnet.');
  },
};

export const Filled: Story = {
  play: async ({ canvasElement }) => {
    const root = await formRoot(canvasElement);
    await userEvent.type(control(root, 'Vorname'), 'Erika');
    await userEvent.type(control(root, 'Anzahl der Hunde'), '2');
    await userEvent.type(control(root, 'Geburtsdatum'), '01.02.1990');
    await userEvent.click(control(root, 'Blau'));
    await userEvent.tab();
    expect(control(root, 'Vorname').value).toBe('Erika');
    expect(control(root, 'Blau').checked).toBe(true);
  },
};

export const Error: Story = {
  play: async ({ canvasElement }) => {
    const root = await formRoot(canvasElement);
    await submit(root);
    const summary = await waitFor(() => {
      const found = root.querySelector<HTMLElement>('[part~="summary"]');
      expect(found).toBeTruthy();
      return found!;
    });
    expect(summary.textContent).toContain('Es gibt ein Problem');
    const links = summary.querySelectorAll('a');
    expect(links.length).toBeGreaterThan(0);
    await userEvent.click(links[0]!);
    await waitFor(() => expect(root.activeElement).toBe(control(root, 'Vorname')));
    expect(control(root, 'Vorname').getAttribute('aria-invalid')).toBe('true');
  },
};

export const LockedAndPrefilled: Story = {
  args: { prefill: { vorname: { value: 'Erika', source: 'bundid:givenName' } } },
  play: async ({ canvasElement }) => {
    const root = await formRoot(canvasElement);
    expect(root.textContent).toContain('AZ-2026-0815');
    expect(control(root, 'Vorname').value).toBe('Erika');
  },
};

export const HiddenByRule: Story = {
  play: async ({ canvasElement }) => {
    const root = await formRoot(canvasElement);
    const labels = () => [...root.querySelectorAll('label')].map((l) => l.textContent!.trim());
    expect(labels().some((l) => l.startsWith('Begründung'))).toBe(false);
    await userEvent.click(control(root, 'Ich möchte eine Begründung angeben'));
    await waitFor(() => expect(labels().some((l) => l.startsWith('Begründung'))).toBe(true));
  },
};

export const VeryLongTexts: Story = { args: { definition: LONG_TEXTS } };

export const English: Story = {
  args: { lang: 'en' },
  play: async ({ canvasElement }) => {
    const root = await formRoot(canvasElement);
    expect(control(root, 'Given name')).toBeTruthy();
    await submit(root);
    await waitFor(() => expect(root.querySelector('[part~="summary"]')?.textContent).toMatch(/problem/i));
  },
};

export const RepeatAddRemove: Story = {
  args: { definition: REPEATING },
  play: async ({ canvasElement }) => {
    const root = await formRoot(canvasElement);
    const buttons = () => [...root.querySelectorAll('button')];
    const add = () => buttons().find((b) => b.textContent!.includes('Weiteres Kind hinzufügen'));
    const instances = () => root.querySelectorAll('fieldset').length;
    const before = instances();
    await userEvent.click(add()!);
    await waitFor(() => expect(instances()).toBe(before + 1));
    await userEvent.click(add()!);
    await waitFor(() => expect(add()).toBeUndefined());
    const remove = buttons().filter((b) => /entfernen/i.test(b.textContent!));
    expect(remove.length).toBeGreaterThan(0);
    await userEvent.click(remove.at(-1)!);
    await waitFor(() => expect(add()).toBeDefined());
  },
};

export const PagesAndReview: Story = {
  args: { definition: PAGED },
  play: async ({ canvasElement }) => {
    const root = await formRoot(canvasElement);
    expect(root.textContent).toContain('Schritt 1 von');
    await submit(root);
    await waitFor(() => expect(root.querySelector('[part~="summary"]')).toBeTruthy());
    await userEvent.type(control(root, 'Vorname'), 'Erika');
    await submit(root);
    await waitFor(() => expect(root.textContent).toContain('Schritt 2 von'));
    // A page change moves focus to the page heading (specs/rendering.md §7): type only after it did.
    await waitFor(() => expect(root.activeElement?.id).toBe('page-title'));
    await userEvent.click(control(root, 'Blau'));
    await userEvent.type(control(root, 'Geburtsdatum'), '01.02.1990');
    await userEvent.tab();
    await submit(root);
    const review = await waitFor(() => {
      const found = root.querySelector('[part~="review"]');
      expect(found, root.querySelector('form')!.textContent!.replace(/\s+/g, ' ')).toBeTruthy();
      return found!;
    });
    expect(review.textContent).toContain('Erika');
  },
};
