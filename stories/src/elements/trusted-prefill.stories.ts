import type { FormDefinition, TrustLevel } from '@fimforms/format';
import type { PrefillValue } from '@fimforms/runtime';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import infostandText from '../../../specs/examples/infostand.form.json?raw';
import './define-elements.js';

const INFOSTAND = JSON.parse(infostandText) as FormDefinition;

interface Args {
  lang: 'de' | 'en';
  /** The trust level of the given name, as the identity provider reported it; `none`: not prefilled. */
  givenNameLevel: TrustLevel | 'none';
  /** The trust level of the family name. */
  familyNameLevel: TrustLevel | 'none';
}

const LEVELS = ['none', 'basic', 'substantial', 'high'] as const;

/** The prefill a host passes after a BundID login, each name at the level the session reached for it. */
function prefillOf({ givenNameLevel, familyNameLevel }: Args): Record<string, PrefillValue> {
  const prefill: Record<string, PrefillValue> = {};
  if (givenNameLevel !== 'none') prefill['anmeldende.vorname'] = { value: 'Erika', source: 'bundid:givenName', level: givenNameLevel };
  if (familyNameLevel !== 'none') prefill['anmeldende.familienname'] = { value: 'Mustermann', source: 'bundid:familyNames', level: familyNameLevel };
  return prefill;
}

/**
 * Trusted prefill (specs/format.md §5.6.1, runtime.md §4.6): the information-stand form
 * (specs/examples/infostand.form.json, `"prefill": { "lockFrom": "substantial" }`) with the
 * names prefilled as from a BundID account. Exactly the values prefilled at `substantial` or
 * higher are locked — shown as text marked "Vorausgefüllt" — the others stay editable; the
 * self-declaration is shown by a rule reading `prefillLevel(familienname)` only while the family
 * name did not come at `substantial` or higher.
 */
const meta: Meta<Args> = {
  title: 'Elements/Vorausgefüllt mit Vertrauensniveau',
  // An ASCII id for links and the screenshot script (the title's umlaut would be part of it).
  id: 'elements-trusted-prefill',
  parameters: { layout: 'padded' },
  args: { lang: 'de', givenNameLevel: 'substantial', familyNameLevel: 'substantial' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['de', 'en'] },
    givenNameLevel: { name: 'Vorname: Vertrauensniveau / given name: trust level', control: 'inline-radio', options: LEVELS },
    familyNameLevel: { name: 'Familienname: Vertrauensniveau / family name: trust level', control: 'inline-radio', options: LEVELS },
  },
  render: (args) => html`<fim-form .definition=${INFOSTAND} .prefill=${prefillOf(args)} lang=${args.lang}></fim-form>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The form's shadow root once it shows its fields, and testing-library queries within it. */
async function renderedForm(canvas: HTMLElement) {
  const form = canvas.querySelector('fim-form')!;
  const root = await waitFor(() => {
    const shadow = form.shadowRoot;
    expect(shadow?.querySelector('form input')).toBeTruthy();
    return shadow!;
  });
  return { form, root, queries: within(root as unknown as HTMLElement) };
}

type Queries = ReturnType<typeof within>;

/** A locked value: no input named by the label, but the label and value as a term/definition pair. */
function expectLocked(queries: Queries, label: string, value: string, note: string) {
  expect(queries.queryByRole('textbox', { name: new RegExp(`^${label}`) }), `${label} is no input`).toBeNull();
  const term = queries.getAllByRole('term').find((t: HTMLElement) => t.textContent!.trim() === label);
  expect(term, `"${label}" shown as a term`).toBeTruthy();
  const definition = queries.getAllByRole('definition').find((d: HTMLElement) => d.previousElementSibling === term);
  expect(definition?.textContent!.trim(), `the value of "${label}"`).toBe(value);
  expect(definition!.closest('.field')?.textContent, `the prefill note of "${label}"`).toContain(note);
}

/** An editable prefilled value: a text box named by its label, holding the value, with the prefill note as its description. */
function expectEditable(queries: Queries, label: string, value: string, note: string) {
  const box = queries.getByRole('textbox', { name: new RegExp(`^${label}`) }) as HTMLInputElement;
  expect(box.value).toBe(value);
  expect(box.readOnly).toBe(false);
  expect(box.closest('.field')?.textContent, `the prefill note of "${label}"`).toContain(note);
  return box;
}

const FROM_BUNDID = 'Vorausgefüllt aus Ihrem BundID-Konto';
const FROM_BUNDID_EN = 'Prefilled from your BundID account';

const SELF_DECLARATION = /^Ich versichere, dass meine Angaben zur Person zutreffen/;

/** Both names from an ELSTER login (`substantial`): locked; the tax ID, never prefilled, stays editable; no self-declaration. */
export const Substantial: Story = {
  name: 'Vorausgefüllt mit Vertrauensniveau / prefilled with trust level',
  play: async ({ canvasElement }) => {
    const { queries } = await renderedForm(canvasElement);
    expectLocked(queries, 'Vorname', 'Erika', FROM_BUNDID);
    expectLocked(queries, 'Familienname', 'Mustermann', FROM_BUNDID);
    const taxId = queries.getByRole('textbox', { name: /^Steuerliche Identifikationsnummer/ });
    await userEvent.type(taxId, '86095742719');
    expect((taxId as HTMLInputElement).value).toBe('86095742719');
    expect(queries.queryByRole('checkbox', { name: SELF_DECLARATION })).toBeNull();
  },
};

/** Both names at `basic` (typed into the account by the citizen): below `lockFrom`, so editable, and the self-declaration is asked for. */
export const Basic: Story = {
  name: 'Basisregistrierung: editierbar / basic: editable',
  args: { givenNameLevel: 'basic', familyNameLevel: 'basic' },
  play: async ({ canvasElement }) => {
    const { queries } = await renderedForm(canvasElement);
    expectEditable(queries, 'Vorname', 'Erika', FROM_BUNDID);
    const familyName = expectEditable(queries, 'Familienname', 'Mustermann', FROM_BUNDID);
    expect(queries.getByRole('checkbox', { name: SELF_DECLARATION })).toBeTruthy();
    // A changed value is the citizen's own: the note goes, the self-declaration stays.
    // (userEvent.clear cannot focus into a shadow root: replace "mann" by selecting it.)
    await userEvent.type(familyName, 'frau', { initialSelectionStart: 6, initialSelectionEnd: 10 });
    await userEvent.tab();
    await waitFor(() => expect(familyName.closest('.field')?.textContent).not.toContain(FROM_BUNDID));
    expect(familyName.value).toBe('Musterfrau');
    expect(queries.getByRole('checkbox', { name: SELF_DECLARATION })).toBeTruthy();
  },
};

/** Given name at `basic`, family name at `high` (Online-Ausweis): only the family name locks; the rule reads its level and drops the self-declaration. */
export const OnlyAtOrAboveTheLevel: Story = {
  name: 'Nur ab lockFrom gesperrt / locked only at lockFrom or above',
  args: { givenNameLevel: 'basic', familyNameLevel: 'high' },
  play: async ({ canvasElement }) => {
    const { queries } = await renderedForm(canvasElement);
    expectEditable(queries, 'Vorname', 'Erika', FROM_BUNDID);
    expectLocked(queries, 'Familienname', 'Mustermann', FROM_BUNDID);
    expect(queries.queryByRole('checkbox', { name: SELF_DECLARATION })).toBeNull();
  },
};

/** The host learns the session's level later (a login while filling in): the self-declaration disappears and the names lock; back at `basic` it reappears. */
export const LevelChanges: Story = {
  name: 'Vertrauensniveau wechselt / trust level changes',
  args: { givenNameLevel: 'basic', familyNameLevel: 'basic' },
  play: async ({ canvasElement, args }) => {
    const { form, queries } = await renderedForm(canvasElement);
    expect(queries.getByRole('checkbox', { name: SELF_DECLARATION })).toBeTruthy();
    form.prefill = prefillOf({ ...args, givenNameLevel: 'substantial', familyNameLevel: 'substantial' });
    await waitFor(() => expect(queries.queryByRole('checkbox', { name: SELF_DECLARATION })).toBeNull());
    expectLocked(queries, 'Familienname', 'Mustermann', FROM_BUNDID);
    form.prefill = prefillOf(args);
    await waitFor(() => expect(queries.getByRole('checkbox', { name: SELF_DECLARATION })).toBeTruthy());
    expectEditable(queries, 'Familienname', 'Mustermann', FROM_BUNDID);
  },
};

export const English: Story = {
  name: 'English',
  args: { lang: 'en', givenNameLevel: 'basic', familyNameLevel: 'substantial' },
  play: async ({ canvasElement }) => {
    const { queries } = await renderedForm(canvasElement);
    expectEditable(queries, 'Given name', 'Erika', FROM_BUNDID_EN);
    expectLocked(queries, 'Surname', 'Mustermann', FROM_BUNDID_EN);
    expect(queries.queryByRole('checkbox', { name: /^I confirm that my personal details are correct/ })).toBeNull();
  },
};
