import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { FormDefinition } from '@fimforms/format';
import { validateSubmission } from '@fimforms/runtime';
import type { FimForm } from '../src/fim-form.js';
import { axeViolations } from './support/axe.js';
import { mountForm, settled } from './support/mount.js';

/** A name, up to three proofs (one file input, `multiple`) and one optional ID scan; with `ruled`, the scan only when a box is ticked. */
function uploadForm(ruled = false): FormDefinition {
  const types = ['application/pdf', 'image/jpeg'];
  const definition = {
    fimforms: '1.0',
    name: 'nachweise',
    title: { de: 'Nachweise einreichen', en: 'Hand in proofs' },
    structure: [{ field: 'name' }, { field: 'nachweis', name: 'nachweise', cardinality: '1:3' }, { field: 'ausweis', cardinality: '0:1' }],
    fields: {
      name: { name: 'name', label: { de: 'Name', en: 'Name' }, control: 'input', type: 'text' },
      nachweis: { name: 'nachweis', label: { de: 'Nachweis', en: 'Proof' }, control: 'input', type: 'file', constraints: { maxSize: 1000, mediaTypes: types } },
      ausweis: { name: 'ausweis', label: { de: 'Ausweis', en: 'ID card' }, control: 'input', type: 'file', constraints: { maxSize: 1000, mediaTypes: types } },
      mitAusweis: { name: 'mitAusweis', label: { de: 'Ausweis beifügen', en: 'Add the ID card' }, control: 'input', type: 'bool', ui: { widget: 'checkbox' } },
    },
  };
  if (!ruled) return definition as unknown as FormDefinition;
  return {
    ...definition,
    structure: [{ field: 'mitAusweis', cardinality: '0:1' }, ...definition.structure],
    rules: { ausweis_zeigen: { type: 'K', effects: [{ effect: 'show', target: 'ausweis', when: 'mitAusweis = true' }] } },
  } as unknown as FormDefinition;
}

const pdf = new File(['%PDF-1.7\n%Mietbescheinigung'], 'Mietbescheinigung.pdf', { type: 'application/pdf' });
const scan = new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3])], 'Lohnabrechnung.jpg', { type: 'image/jpeg' });
const idCard = new File(['%PDF-1.4\n%Ausweis'], 'Ausweis.pdf', { type: 'application/pdf' });

/** One request as the server gets it: Chromium encodes the body (multipart), and it is parsed back. */
interface Received {
  key: string;
  type: string;
  submission: Record<string, unknown>;
  files: Map<string, { fileName: string; type: string; bytes: number[] }>;
}

/** A stubbed endpoint: answers with the scripted replies in turn and records what arrived. */
function endpoint(replies: (() => Response)[]): Received[] {
  const received: Received[] = [];
  vi.stubGlobal('fetch', vi.fn(async (url: string, init: RequestInit) => {
    const wire = new Request(new URL(url, location.href), init);
    const type = wire.headers.get('content-type') ?? '';
    const data = await wire.formData();
    const files = new Map<string, { fileName: string; type: string; bytes: number[] }>();
    for (const [name, value] of data.entries()) {
      if (typeof value !== 'string') files.set(name, { fileName: value.name, type: value.type, bytes: [...new Uint8Array(await value.arrayBuffer())] });
    }
    received.push({ key: wire.headers.get('idempotency-key') ?? '', type, submission: JSON.parse(String(data.get('fimforms'))), files });
    return (replies.shift() ?? (() => new Response(null, { status: 599 })))();
  }));
  return received;
}

const accepted = (reference: string) => () => new Response(JSON.stringify({ reference }), { status: 201, headers: { 'content-type': 'application/json' } });
/** Overloaded, try again at once (no backoff: Retry-After 0). */
const overloaded = () => new Response('', { status: 503, headers: { 'retry-after': '0' } });

const root = (form: FimForm) => form.shadowRoot!;
const bytesOf = async (file: File) => [...new Uint8Array(await file.arrayBuffer())];
const alertText = (form: FimForm) => root(form).querySelector('.status[role=alert]')?.textContent ?? '';
/** The chosen files as listed: each item's text without its remove button. */
const chosenNames = (form: FimForm) =>
  [...root(form).querySelectorAll('.files li')].map((item) => item.textContent!.replace(item.querySelector('button')!.textContent!, '').replace(/\s+/g, ' ').trim());

async function submit(form: FimForm): Promise<void> {
  root(form).querySelector<HTMLButtonElement>('button[type=submit]')!.focus();
  await userEvent.keyboard('{Enter}');
  // Done sending: the receipt replaced the form, or its button is enabled again.
  await vi.waitFor(() => expect(root(form).querySelector('button[type=submit]')?.hasAttribute('disabled') ?? false).toBe(false));
  await settled(form);
}

/** Mounts the form with an action, types the name and chooses two proofs (at once) and the ID scan. */
async function filledForm(lang: string): Promise<FimForm> {
  history.replaceState(null, '', location.pathname);
  const form = await mountForm(uploadForm(), { lang, attributes: { action: '/antrag', 'no-review': '' } });
  await settled(form);
  root(form).getElementById('f-name')!.focus();
  await userEvent.keyboard('Erika Mustermann');
  await userEvent.upload(root(form).getElementById('f-nachweise')!, [pdf, scan]);
  await settled(form);
  await userEvent.upload(root(form).getElementById('f-ausweis')!, idCard);
  await settled(form);
  return form;
}

describe('<fim-form action> with files', () => {
  let form: FimForm;
  beforeEach(async () => {
    form = await filledForm('de');
  });
  afterEach(() => vi.unstubAllGlobals());

  it('the files arrive: one multipart POST, the submission as validateSubmission reads it, each file under its entry’s ref, byte for byte', async () => {
    const received = endpoint([accepted('HB-2026-7')]);
    const delivered: CustomEvent[] = [];
    document.addEventListener('fim-delivered', (event) => delivered.push(event as CustomEvent), { once: true });
    await submit(form);
    expect(root(form).querySelector('.reference')?.textContent).toBe('HB-2026-7');
    // The host page learns of the delivery with the server's reference and answer (after fim-submit, which came first).
    expect(delivered.map((event) => event.detail)).toEqual([{ reference: 'HB-2026-7', response: { reference: 'HB-2026-7' } }]);
    expect(received).toHaveLength(1);
    const [{ type, submission, files }] = received as [Received];
    expect(type).toMatch(/^multipart\/form-data; boundary=/);
    expect(validateSubmission(uploadForm(), submission).errors).toEqual([]);
    const entries = [...(submission['nachweise'] as { name: string; size: number; mediaType: string; ref: string }[]), submission['ausweis'] as { name: string; size: number; mediaType: string; ref: string }];
    expect(entries.map(({ name, size, mediaType }) => ({ name, size, mediaType }))).toEqual([pdf, scan, idCard].map((file) => ({ name: file.name, size: file.size, mediaType: file.type })));
    expect([...files.keys()]).toEqual(entries.map((entry) => `fimforms.file.${entry.ref}`));
    for (const [index, file] of [pdf, scan, idCard].entries()) {
      expect(files.get(`fimforms.file.${entries[index]!.ref}`)).toEqual({ fileName: file.name, type: file.type, bytes: await bytesOf(file) });
    }
  });

  it('a failure keeps every answer and every chosen file and says so; sending again retries with the same key and resends every file', async () => {
    const received = endpoint([overloaded, overloaded, overloaded, overloaded, overloaded, accepted('HB-2026-8')]);
    const delivered: Event[] = [];
    const listen = (event: Event) => delivered.push(event);
    document.addEventListener('fim-delivered', listen);
    await submit(form);
    // Four attempts (the first and three retries), then the citizen is told.
    expect(received).toHaveLength(4);
    expect(delivered).toEqual([]);
    expect(alertText(form)).toBe('Der Server ist gerade nicht erreichbar. Ihre Angaben und die 3 ausgewählten Dateien wurden nicht gesendet. '
      + 'Alles bleibt hier erhalten; Sie müssen nichts neu eingeben oder auswählen. Bitte versuchen Sie es später noch einmal.');
    expect(chosenNames(form)).toEqual(['Mietbescheinigung.pdf (27 Byte)', 'Lohnabrechnung.jpg (7 Byte)', 'Ausweis.pdf (17 Byte)']);
    expect(form.engine.getValue('name')).toBe('Erika Mustermann');
    expect(form.files.size).toBe(3);
    expect(await axeViolations()).toEqual([]);
    await submit(form);
    expect(root(form).querySelector('.reference')?.textContent).toBe('HB-2026-8');
    expect(delivered).toHaveLength(1);
    document.removeEventListener('fim-delivered', listen);
    expect(received).toHaveLength(6);
    expect(new Set(received.map((request) => request.key)).size).toBe(1);
    const expected = await Promise.all([pdf, scan, idCard].map(bytesOf));
    for (const request of received) expect([...request.files.values()].map((file) => file.bytes)).toEqual(expected);
  });

  it('says it in English too, names a refusal as such, and takes a new key once the answers change', async () => {
    form = await filledForm('en');
    const received = endpoint([() => new Response('{}', { status: 422 }), accepted('HB-2026-9')]);
    await submit(form);
    expect(received).toHaveLength(1);
    expect(alertText(form)).toBe('The server did not accept the submission. Your answers and the 3 chosen files were not sent. '
      + 'Everything is kept here; you do not need to enter or choose anything again. Please try again later or contact the responsible office.');
    root(form).querySelector<HTMLButtonElement>('[data-remove-file="ausweis"]')!.click();
    await settled(form);
    await submit(form);
    expect(received).toHaveLength(2);
    expect(received[1]!.key).not.toBe(received[0]!.key);
    // The removed file is neither in the submission nor sent.
    expect(received[1]!.submission['ausweis']).toBeUndefined();
    expect(received[1]!.files.size).toBe(2);
  });

  it('sends only the files the submission carries: a file of a field a rule hides stays behind, in fim-submit too', async () => {
    history.replaceState(null, '', location.pathname);
    form = await mountForm(uploadForm(true), { lang: 'de', attributes: { action: '/antrag', 'no-review': '' } });
    await settled(form);
    root(form).getElementById('f-mitAusweis')!.click();
    await settled(form);
    root(form).getElementById('f-name')!.focus();
    await userEvent.keyboard('Erika Mustermann');
    await userEvent.upload(root(form).getElementById('f-nachweise')!, [pdf]);
    await userEvent.upload(root(form).getElementById('f-ausweis')!, idCard);
    await settled(form);
    expect(form.files.size).toBe(2);
    // Unticked: the scan's field is hidden, its value no part of the submission.
    root(form).getElementById('f-mitAusweis')!.click();
    await settled(form);
    expect(root(form).getElementById('f-ausweis')).toBeNull();
    let handed: ReadonlyMap<string, File> | undefined;
    form.addEventListener('fim-submit', (event) => void (handed = (event as CustomEvent<{ files: ReadonlyMap<string, File> }>).detail.files));
    const received = endpoint([accepted('HB-2026-10')]);
    await submit(form);
    expect(received).toHaveLength(1);
    expect(received[0]!.submission['ausweis']).toBeUndefined();
    expect([...received[0]!.files.values()].map((file) => file.fileName)).toEqual(['Mietbescheinigung.pdf']);
    expect([...handed!.values()].map((file) => file.name)).toEqual(['Mietbescheinigung.pdf']);
  });

  it('takes files on a page without a secure context too (no crypto.randomUUID, as on a plain-http intranet page)', async () => {
    const randomUUID = Object.getOwnPropertyDescriptor(Crypto.prototype, 'randomUUID')!;
    Object.defineProperty(Crypto.prototype, 'randomUUID', { value: undefined, configurable: true, writable: true });
    try {
      form = await filledForm('de');
    } finally {
      Object.defineProperty(Crypto.prototype, 'randomUUID', randomUUID);
    }
    expect(form.files.size).toBe(3);
    expect(form.engine.getValue('ausweis')).toMatchObject({ name: 'Ausweis.pdf', ref: expect.stringMatching(/^urn:fimforms:file:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/) });
  });

  it('refuses to send a file entry whose contents the page no longer holds (a resumed draft), and says which one', async () => {
    const received = endpoint([accepted('never')]);
    form.engine.setValue('ausweis', { name: 'Alter Ausweis.pdf', size: 17, mediaType: 'application/pdf', ref: 'urn:fimforms:file:from-a-draft' });
    await submit(form);
    expect(received).toHaveLength(0);
    expect(alertText(form)).toBe('Die Datei „Alter Ausweis.pdf“ liegt nicht mehr vor (Dateien werden nicht zwischengespeichert). Bitte entfernen Sie sie und wählen Sie sie erneut aus.');
    expect(root(form).querySelector('.confirmation')).toBeNull();
  });
});
