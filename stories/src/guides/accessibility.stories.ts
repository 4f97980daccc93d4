import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';

/**
 * Accessibility statements, one per component: what is tested and where, and what is known to
 * be missing. Kept beside the stories so that a change of the tests is a change of this page.
 */
const meta: Meta = { title: 'Accessibility', parameters: { layout: 'fullscreen' } };
export default meta;

interface Statement {
  component: string;
  tested: TemplateResult[];
  missing: TemplateResult[];
}

const statement = ({ component, tested, missing }: Statement): TemplateResult => html`
  <main class="guide-page" lang="de">
    <h1>Erklärung zur Barrierefreiheit: <code>${component}</code></h1>
    <p>Ziel: WCAG 2.2 AA (BITV 2.0). Stand: die Tests dieses Repositorys.</p>
    <h2>Was geprüft wird</h2>
    <ul>${tested.map((item) => html`<li>${item}</li>`)}</ul>
    <h2>Was bekannt fehlt</h2>
    <ul>${missing.map((item) => html`<li>${item}</li>`)}</ul>
  </main>
`;

export const FimForm: StoryObj = {
  name: '<fim-form>',
  render: () => statement({
    component: '<fim-form>',
    tested: [
      html`axe-core (WCAG 2.0–2.2 A/AA) ohne Befund auf jeder Geschichte dieses Katalogs (Storybook-Test mit <code>a11y.test: 'error'</code>) und in den Browser-Tests von <code>packages/elements</code>.`,
      html`Alle Beispiele aus <code>specs/examples</code> werden nur mit der Tastatur ausgefüllt und abgesendet (<code>examples.browser.test.ts</code>).`,
      html`Fehlerzusammenfassung nach dem Absenden: sie nennt jedes Feld, ihre Links setzen den Fokus ins Feld, das Feld trägt <code>aria-invalid</code> (Geschichte „Error“).`,
      html`Regeln blenden Felder ein und aus, Wiederholungen lassen sich hinzufügen und entfernen, Seiten und Prüfschritt (Geschichten „Hidden by rule“, „Repeat add remove“, „Pages and review“).`,
      html`Sehr lange Texte umbrechen (Geschichte „Very long texts“); Bildschirmfotos bei 320 px (<code>stories/scripts/screenshots.mjs</code>).`,
      html`Strenge Content-Security-Policy mit Trusted Types (<code>strict-csp.test.ts</code> und die Demo-Seite).`,
    ],
    missing: [
      html`Kein Test mit echten Screenreadern (NVDA, JAWS, VoiceOver); geprüft wird der Barrierefreiheitsbaum von Chromium.`,
      html`Der Zustand „deaktiviert“ wird für Felder nicht verwendet (specs/rendering.md §6): nicht bearbeitbare Felder sind gesperrt, schreibgeschützt oder berechnet.`,
      html`Zoom auf 200 % und <code>forced-colors</code> sind umgesetzt, werden aber nur über Bildschirmfotos und Stilregeln geprüft, nicht automatisch bewertet.`,
      html`Nur Chromium wird getestet (Firefox und Safari nicht).`,
    ],
  }),
};

export const StandaloneFields: StoryObj = {
  name: 'Einzelfelder / standalone fields',
  render: () => statement({
    component: '<fim-text-field> … <fim-checkbox-field>',
    tested: [
      html`Formularzugehörig über <code>ElementInternals</code>: Wert, Gültigkeit, Zurücksetzen, Sperren; das umgebende <code>&lt;form&gt;</code> der Seite sendet, blockiert bei Fehlern und setzt zurück (Chromium-Test in <code>packages/elements/test/standalone</code>, mit axe).`,
      html`Beschriftung, Hinweis und Fehlermeldung sind am nativen Eingabefeld verknüpft; Englisch ist vollständig.`,
    ],
    missing: [
      html`Die Einzelfelder haben in diesem Katalog noch keine eigenen Geschichten je Zustand; geprüft werden sie in den Tests des Pakets.`,
      html`Kein Test mit echten Screenreadern.`,
    ],
  }),
};

export const CatalogueAndDemo: StoryObj = {
  name: 'Katalog und Demo-Seite',
  render: () => statement({
    component: 'Katalog, Spielplatz, Demo-Seite',
    tested: [
      html`Jede Geschichte (auch die Spezifikationsseiten und die Spielplatz-Ansichten) besteht die axe-Prüfung in Chromium.`,
      html`Die Spezifikation wird ohne <code>innerHTML</code> aus bereinigtem Markdown erzeugt.`,
    ],
    missing: [
      html`Die Bedienoberfläche von Storybook selbst (Seitenleiste, Bedienfelder) wird nicht geprüft.`,
      html`Die Demo-Seite wird nur über Bildschirmfotos und den Server-Test geprüft, nicht mit axe.`,
    ],
  }),
};
