import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '@fimforms/format';
import { mountForm, settled } from './support/mount.js';

function noticeForm(content: string): FormDefinition {
  return {
    fimforms: '1.0', name: 'hinweis', title: { de: 'Hinweis' },
    structure: [{ field: 'hinweis' }],
    fields: { hinweis: { name: 'hinweis', label: { de: 'Datenschutz' }, control: 'label', type: 'text', content: { de: content } } },
  } as unknown as FormDefinition;
}

describe('a label-only notice', () => {
  it('renders its content as restricted Markdown (format.md §5.5), like a help text', async () => {
    const form = await mountForm(noticeForm('Bitte beachten Sie:\n\n- Ihre Daten sind **sicher**.\n- Sie werden gelöscht.'), { lang: 'de' });
    await settled(form);
    // The Markdown parser is a lazily loaded chunk: the list appears once it has arrived.
    await expect.poll(() => form.shadowRoot!.querySelectorAll('.notice li').length, { timeout: 15_000 }).toBe(2);
    const notice = form.shadowRoot!.querySelector('.notice')!;
    expect(notice.querySelector('.notice-title')!.textContent).toBe('Datenschutz');
    expect(notice.querySelector('p:not(.notice-title)')!.textContent).toBe('Bitte beachten Sie:');
    expect(notice.querySelector('li strong')!.textContent).toBe('sicher');
    // The Markdown syntax itself is never shown.
    expect(notice.textContent).not.toContain('**');
    expect(notice.textContent).not.toContain('- Ihre');
  });

  it('shows a plain content as one paragraph, unchanged', async () => {
    const form = await mountForm(noticeForm('Ihre Daten werden nur für diesen Antrag verwendet.'), { lang: 'de' });
    await settled(form);
    const paragraphs = [...form.shadowRoot!.querySelectorAll('.notice .notice-content p')].map((p) => p.textContent);
    expect(paragraphs).toEqual(['Ihre Daten werden nur für diesen Antrag verwendet.']);
  });
});
