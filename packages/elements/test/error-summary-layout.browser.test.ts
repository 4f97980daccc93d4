import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import type { FormDefinition } from '@fimforms/format';
import wohngeld from '@fimforms/specs/examples/wohngeld.form.json' with { type: 'json' };
import { mountForm, settled } from './support/mount.js';

describe('error summary at 320 CSS px', () => {
  afterEach(async () => {
    await page.viewport(1280, 900);
  });

  it('a wrapped link starts on its bullet\'s line: inline links in list items with outside markers', async () => {
    await page.viewport(320, 800);
    history.replaceState(null, '', location.pathname);
    const form = await mountForm(wohngeld as unknown as FormDefinition, { lang: 'de' });
    form.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await settled(form);
    const items = [...form.shadowRoot!.querySelectorAll<HTMLLIElement>('.summary li')];
    expect(items.length).toBeGreaterThan(1);
    let wrapped = 0;
    for (const item of items) {
      const style = getComputedStyle(item);
      // The marker is drawn on the first line box of the item: outside and beside it, never after an inline-block.
      expect(style.listStylePosition).toBe('outside');
      const link = item.querySelector('a')!;
      expect(getComputedStyle(link).display).toBe('inline');
      const lines = [...link.getClientRects()];
      if (lines.length > 1) wrapped++;
      // The link's first line is the item's first line.
      const contentTop = item.getBoundingClientRect().top + Number.parseFloat(style.paddingTop);
      expect(Math.abs(lines[0]!.top - contentTop)).toBeLessThan(Number.parseFloat(style.lineHeight) / 2);
    }
    // At 320 px the German messages do wrap, so the check above saw wrapped links.
    expect(wrapped).toBeGreaterThan(0);
  });
});
