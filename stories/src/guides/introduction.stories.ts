import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

const meta: Meta = { title: 'Introduction', parameters: { layout: 'fullscreen' } };
export default meta;

export const Welcome: StoryObj = {
  render: () => html`
    <main class="guide-page" lang="de">
      <h1>fimforms – Katalog</h1>
      <p>
        Dieser Katalog zeigt die Bausteine von fimforms: jedes Formularelement in jedem Zustand, vollständige Formulare
        aus <code>specs/examples</code> und aus echten FIM-Stammdatenschemata, einen Spielplatz zum Ausprobieren eigener
        Definitionen und die Spezifikation des Formats – gerendert aus <code>specs/*.md</code>.
      </p>
      <p lang="en">
        This catalogue shows fimforms' building blocks: every form element in every state, complete forms from
        <code>specs/examples</code> and from real FIM schemas, a playground for your own definitions, and the format's
        specification rendered from <code>specs/*.md</code>.
      </p>
    </main>
  `,
};
