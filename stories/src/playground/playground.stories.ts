import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import example from '../../../specs/examples/kita-anmeldung.form.json?raw';
import xdf3Schema from '../../../packages/xdatenfelder/test/fixtures/xdf3-schema.xml?raw';
import '../elements/define-elements.js';
import { languageArgTypes, type FormStoryArgs } from '../forms/render-workbench.js';
import './form-playground.js';

const meta: Meta<FormStoryArgs & { text: string }> = {
  title: 'Playground',
  parameters: { layout: 'fullscreen' },
  args: { lang: 'de', text: example },
  argTypes: { ...languageArgTypes, text: { control: 'text', description: 'Definition (JSON) oder XDatenfelder-XML' } },
  render: ({ lang, text }) => html`<fimstory-playground lang=${lang} .text=${text}></fimstory-playground>`,
};
export default meta;

type Story = StoryObj<FormStoryArgs & { text: string }>;

export const Playground: Story = {};

/** A broken definition: the findings carry line and column, as `fimforms validate` prints them. */
export const BrokenDefinition: Story = {
  args: { text: '{\n  "fimforms": "1.0",\n  "name": "antrag",\n  "title": { "de": "Antrag" },\n  "structure": [{ "field": "fehlt" }]\n}\n' },
  play: async ({ canvasElement }) => {
    const playground = canvasElement.querySelector('fimstory-playground')!;
    await waitFor(() => expect(playground.shadowRoot!.querySelectorAll('[data-findings="blocking"] li').length).toBeGreaterThan(0));
    const lines = [...playground.shadowRoot!.querySelectorAll('[data-findings="blocking"] li')].map((li) => li.textContent!);
    expect(lines.some((line) => /^eingabe\.form\.json:5:\d+ Fehler \S+ .*\[\/structure\/0/.test(line))).toBe(true);
    expect(playground.shadowRoot!.querySelector('fimstory-form-workbench')).toBeNull();
  },
};

/** An XDatenfelder 3.0.0 file (the repository's own test fixture) is imported in the browser and rendered. */
export const XDatenfelderImport: Story = {
  args: { text: xdf3Schema },
  play: async ({ canvasElement }) => {
    const playground = canvasElement.querySelector('fimstory-playground')!;
    const workbench = await waitFor(() => {
      const found = playground.shadowRoot!.querySelector('fimstory-form-workbench');
      expect(found).not.toBeNull();
      return found!;
    });
    await waitFor(() => expect(workbench.shadowRoot!.querySelector('fim-form')).not.toBeNull());
    expect(workbench.shadowRoot!.querySelector('[data-panel="xsd"] pre')!.textContent).toContain('<xs:schema');
  },
};

/** Broken XML: the import's finding is located in the XML text. */
export const BrokenXml: Story = {
  args: { text: '<?xml version="1.0"?>\n<xdf:xdatenfelder.stammdatenschema.0102 xmlns:xdf="urn:xoev-de:fim:standard:xdatenfelder_3.0.0">\n  <offen>\n</xdf:xdatenfelder.stammdatenschema.0102>\n' },
  play: async ({ canvasElement }) => {
    const playground = canvasElement.querySelector('fimstory-playground')!;
    await waitFor(() => expect(playground.shadowRoot!.querySelector('[data-findings="blocking"] li')).not.toBeNull());
    expect(playground.shadowRoot!.querySelector('[data-findings="blocking"] li')!.textContent).toMatch(/^eingabe\.xdf\.xml:\d+:\d+ Fehler /);
  },
};
