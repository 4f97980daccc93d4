import { expect, it } from 'vitest';
import type { FormDefinition } from '@fimforms/format';
import wohngeld from '@fimforms/specs/examples/wohngeld.form.json' with { type: 'json' };
import { axeViolations } from './support/axe.js';
import { mountForm, rootOf, settled } from './support/mount.js';

it('renders the wohngeld example without axe violations', async () => {
  const form = await mountForm(wohngeld as unknown as FormDefinition);
  await settled(form);
  const root = rootOf(form);
  expect(root.querySelectorAll('input, select, textarea').length).toBeGreaterThan(3);
  console.log(root.innerHTML.length);
  expect(await axeViolations()).toEqual([]);
});
