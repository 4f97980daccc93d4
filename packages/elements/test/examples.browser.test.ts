import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '@fimforms/format';
import { createForm, validateSubmission } from '@fimforms/runtime';
import bewohnerparkausweis from '@fimforms/specs/examples/bewohnerparkausweis.form.json' with { type: 'json' };
import gewerbeanmeldung from '@fimforms/specs/examples/gewerbeanmeldung.form.json' with { type: 'json' };
import infostand from '@fimforms/specs/examples/infostand.form.json' with { type: 'json' };
import kitaAnmeldung from '@fimforms/specs/examples/kita-anmeldung.form.json' with { type: 'json' };
import versammlungsanzeige from '@fimforms/specs/examples/versammlungsanzeige.form.json' with { type: 'json' };
import wohngeld from '@fimforms/specs/examples/wohngeld.form.json' with { type: 'json' };
import type { FimSubmitDetail } from '../src/fim-form.js';
import { axeViolations } from './support/axe.js';
import { fillWithKeyboard } from './support/keyboard-fill.js';
import { mountForm, settled } from './support/mount.js';

const EXAMPLES = { bewohnerparkausweis, gewerbeanmeldung, infostand, kitaAnmeldung, versammlungsanzeige, wohngeld } as unknown as Record<string, FormDefinition>;
const PDF = new File(['%PDF-1.4\n%fimforms test\n'], 'nachweis.pdf', { type: 'application/pdf' });

describe.each(Object.entries(EXAMPLES))('%s', (_name, definition) => {
  it('has no axe violations on its first page, in German and English', async () => {
    for (const lang of ['de', 'en']) {
      const form = await mountForm(definition, { lang });
      await settled(form);
      expect(await axeViolations()).toEqual([]);
    }
  });

  it('is filled in and submitted with the keyboard alone; the submission is the runtime\'s and passes validateSubmission', async () => {
    history.replaceState(null, '', location.pathname);
    const form = await mountForm(definition);
    let detail: FimSubmitDetail | undefined;
    form.addEventListener('fim-submit', (event) => (detail = (event as CustomEvent<FimSubmitDetail>).detail));
    const log = await fillWithKeyboard(form, { file: PDF });
    expect(log.pages).toBeGreaterThanOrEqual(definition.pages?.length ?? 1);
    expect(detail).toBeDefined();
    const submission = detail!.submission;
    expect(submission).toEqual(form.engine.toSubmission());
    // The same answers read back by an independent engine give the same submission.
    expect(createForm(definition, { submission }).toSubmission()).toEqual(submission);
    expect(validateSubmission(definition, submission).errors).toEqual([]);
    expect(await axeViolations()).toEqual([]);
  });
});
