import { afterEach, describe, expect, it } from 'vitest';
import { cdp, page, userEvent } from 'vitest/browser';
import type { FormDefinition } from '@fimforms/format';
import wohngeld from '@fimforms/specs/examples/wohngeld.form.json' with { type: 'json' };
import { allTypes } from './support/all-types.js';
import { mountForm, settled } from './support/mount.js';

const definitions: [string, FormDefinition][] = [['wohngeld', wohngeld as unknown as FormDefinition], ['every field type', allTypes()]];

async function emulate(features: { name: string; value: string }[]): Promise<void> {
  await cdp().send('Emulation.setEmulatedMedia', { features });
}

describe('look: reflow, focus, forced colours, reduced motion (specs/rendering.md §8)', () => {
  afterEach(async () => {
    await emulate([]);
    await page.viewport(1280, 900);
  });

  it.each(definitions)('%s reflows at 320 CSS px without horizontal scrolling, errors showing', async (_name, definition) => {
    await page.viewport(320, 800);
    history.replaceState(null, '', location.pathname);
    const form = await mountForm(definition, { lang: 'de' });
    form.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await settled(form);
    expect(form.shadowRoot!.querySelector('.summary')).not.toBeNull();
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
    for (const control of form.shadowRoot!.querySelectorAll<HTMLElement>('input:not([type=radio]):not([type=checkbox]), select, textarea, button')) {
      expect(control.getBoundingClientRect().right).toBeLessThanOrEqual(320);
    }
  });

  it('focus is visible: a 3 px outline on the focused control', async () => {
    const form = await mountForm(allTypes(), { lang: 'de' });
    form.shadowRoot!.querySelector('h2')!.setAttribute('tabindex', '-1');
    form.shadowRoot!.querySelector('h2')!.focus();
    await userEvent.keyboard('{Tab}');
    const focused = form.shadowRoot!.activeElement as HTMLElement;
    expect(focused.id).toBe('f-text');
    const style = getComputedStyle(focused);
    expect(style.outlineStyle).toBe('solid');
    expect(style.outlineWidth).toBe('3px');
  });

  it('forced colours: the error marker and the highlighted option use system colours', async () => {
    await emulate([{ name: 'forced-colors', value: 'active' }]);
    const form = await mountForm(allTypes(), { lang: 'de' });
    form.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await settled(form);
    const invalid = form.shadowRoot!.querySelector<HTMLElement>('.field.invalid')!;
    const canvasText = (() => {
      const probe = document.createElement('span');
      probe.style.color = 'CanvasText';
      document.body.append(probe);
      const color = getComputedStyle(probe).color;
      probe.remove();
      return color;
    })();
    expect(getComputedStyle(invalid).borderLeftColor).toBe(canvasText);
    expect(getComputedStyle(invalid).borderLeftStyle).toBe('solid');
  });

  it('reduced motion: the buttons\' colour transitions are switched off', async () => {
    const form = await mountForm(allTypes(), { lang: 'de' });
    await settled(form);
    const button = form.shadowRoot!.querySelector<HTMLElement>('button[type=submit]')!;
    expect(getComputedStyle(button).transitionDuration).not.toBe('0s');
    await emulate([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    expect(getComputedStyle(button).transitionDuration).toBe('0s');
    expect(getComputedStyle(button).animationName).toBe('none');
  });
});
