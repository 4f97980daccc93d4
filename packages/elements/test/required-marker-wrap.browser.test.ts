import { expect, it } from 'vitest';
import type { FormDefinition } from '@fimforms/format';
import { mountForm, settled } from './support/mount.js';

// A long German label on a 320 px screen: "(Pflichtangabe)" wraps as a whole to the next line. Tied to the label's
// last word by a no-break space, label word and marker made one word too long for the line, which the label's
// `overflow-wrap: anywhere` then broke in the middle ("(Pfl" / "ichtangabe)").
const definition = {
  fimforms: '1.0', name: 'antrag', title: { de: 'Antrag' },
  structure: [{ field: 'steuer_id' }],
  fields: { steuer_id: { name: 'steuer_id', label: { de: 'Steuerliche Identifikationsnummer' }, control: 'input', type: 'text' } },
} as unknown as FormDefinition;

it('keeps the required marker of a long label in one piece on a narrow screen', async () => {
  const form = await mountForm(definition, { lang: 'de' });
  form.style.display = 'block';
  form.style.width = '288px';
  await settled(form);
  const marker = form.shadowRoot!.querySelector('label .required')!;
  expect(marker.textContent!.trim()).toBe('(Pflichtangabe)');
  // The marker's text from its "(" on (its leading space may end the label's line): laid out on one line.
  const first = marker.firstChild as Text;
  const range = document.createRange();
  range.setStart(first, first.data.indexOf('('));
  range.setEnd(marker, marker.childNodes.length);
  const lines = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)));
  expect(lines.size).toBe(1);
  // The narrow case indeed: the marker is below the label's first line.
  expect([...lines][0]!).toBeGreaterThan(form.shadowRoot!.querySelector('label')!.getBoundingClientRect().top + 1);
});
