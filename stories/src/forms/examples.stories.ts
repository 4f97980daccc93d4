import type { Meta, StoryObj } from '@storybook/web-components-vite';
import bewohnerparkausweis from '../../../specs/examples/bewohnerparkausweis.form.json?raw';
import gewerbeanmeldung from '../../../specs/examples/gewerbeanmeldung.form.json?raw';
import infostand from '../../../specs/examples/infostand.form.json?raw';
import kitaAnmeldung from '../../../specs/examples/kita-anmeldung.form.json?raw';
import versammlungsanzeige from '../../../specs/examples/versammlungsanzeige.form.json?raw';
import wohngeld from '../../../specs/examples/wohngeld.form.json?raw';
import { languageArgTypes, renderWorkbench, type FormStoryArgs } from './render-workbench.js';

/**
 * Every definition in specs/examples, rendered beside its findings, submission, payloads and
 * schemas. test/examples-covered.test.ts fails when an example is added without a story here.
 */
const meta: Meta<FormStoryArgs> = {
  title: 'Forms/Examples',
  parameters: { layout: 'fullscreen' },
  args: { lang: 'de' },
  argTypes: languageArgTypes,
};
export default meta;

type Story = StoryObj<FormStoryArgs>;

const example = (text: string, file: string): Story => ({
  render: ({ lang }) => renderWorkbench(text, `specs/examples/${file}`, lang),
});

export const Bewohnerparkausweis = example(bewohnerparkausweis, 'bewohnerparkausweis.form.json');
export const Gewerbeanmeldung = example(gewerbeanmeldung, 'gewerbeanmeldung.form.json');
export const Infostand = example(infostand, 'infostand.form.json');
export const KitaAnmeldung = example(kitaAnmeldung, 'kita-anmeldung.form.json');
export const Versammlungsanzeige = example(versammlungsanzeige, 'versammlungsanzeige.form.json');
export const Wohngeld = example(wohngeld, 'wohngeld.form.json');
