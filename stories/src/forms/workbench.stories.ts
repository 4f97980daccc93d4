import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import { REPEATING } from '../elements/state-definitions.js';
import { languageArgTypes, type FormStoryArgs } from './render-workbench.js';
import '../elements/define-elements.js';
import '../workbench/form-workbench.js';

/** The workbench itself: what the citizen submits replaces the sample in every panel. */
const meta: Meta<FormStoryArgs> = {
  title: 'Forms/Workbench',
  parameters: { layout: 'fullscreen' },
  args: { lang: 'de' },
  argTypes: languageArgTypes,
  render: ({ lang }) => html`<fimstory-form-workbench .definition=${REPEATING} file="wiederholung.form.json" lang=${lang}></fimstory-form-workbench>`,
};
export default meta;

export const SubmitShowsPayloads: StoryObj<FormStoryArgs> = {
  play: async ({ canvasElement }) => {
    const workbench = canvasElement.querySelector('fimstory-form-workbench')!;
    const panel = (name: string) => workbench.shadowRoot!.querySelector(`[data-panel="${name}"]`)!;
    const form = await waitFor(() => {
      const found = workbench.shadowRoot?.querySelector('fim-form')?.shadowRoot?.querySelector('form');
      expect(found).toBeTruthy();
      return found!;
    });
    expect(panel('submission').textContent).toContain('Beispiel-Einreichung');
    const label = [...form.querySelectorAll('label')].find((l) => l.textContent!.trim().startsWith('Vorname'))!;
    await userEvent.type(label.control!, 'Erika');
    await userEvent.click(form.querySelector<HTMLButtonElement>('button[type="submit"]')!);
    await waitFor(() => expect(form.querySelector('[part~="review"]')).toBeTruthy());
    await userEvent.click(form.querySelector<HTMLButtonElement>('button[type="submit"]')!);
    await waitFor(() => expect(panel('submission').textContent).toContain('fim-submit'));
    expect(panel('submission').textContent).toContain('"Erika"');
    expect(panel('submission').textContent).toContain('angenommen');
    expect(panel('xml-payload').textContent).toMatch(/<fd:vorname>Erika<\/fd:vorname>|>Erika</);
    expect(JSON.parse(panel('json-payload').querySelector('pre')!.textContent!)).toMatchObject({ kinder: [{ vorname: 'Erika' }] });
  },
};
