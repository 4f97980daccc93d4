import { afterEach, describe, expect, it, vi } from 'vitest';
import { submissionFormData } from '../src/form-bridge.js';
import { attemptTimeoutMs, newIdempotencyKey, submitSubmission, type SubmitOptions } from '../src/submit-transport.js';

/** A mock endpoint: answers each request with the next scripted reply and records what it got. */
function endpoint(...replies: (Response | 'network-error' | 'hang')[]) {
  const requests: { url: string; init: RequestInit; headers: Headers }[] = [];
  const fetch = (async (url: string, init: RequestInit) => {
    requests.push({ url, init, headers: new Headers(init.headers) });
    const reply = replies.shift() ?? new Response(null, { status: 599 });
    if (reply === 'network-error') throw new TypeError('Failed to fetch');
    if (reply === 'hang') {
      return new Promise<Response>((_, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    }
    return reply;
  }) as unknown as typeof globalThis.fetch;
  return { fetch, requests };
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
}

const submission = { vorname: 'Erika', betrag: '12.50' };

function options(server: ReturnType<typeof endpoint>, extra: Partial<SubmitOptions> = {}) {
  const sleeps: number[] = [];
  const sleep = async (ms: number) => void sleeps.push(ms);
  return { sleeps, options: { action: '/antrag', fetch: server.fetch, sleep, random: () => 0.5, ...extra } satisfies SubmitOptions };
}

afterEach(() => vi.unstubAllGlobals());

describe('submitSubmission', () => {
  it('POSTs the submission as JSON with an idempotency key and returns the server’s answer', async () => {
    const server = endpoint(json(201, { reference: 'FIM-2026-0001' }));
    const { options: o } = options(server);
    const outcome = await submitSubmission(submission, o);
    expect(outcome).toMatchObject({ ok: true, status: 201, body: { reference: 'FIM-2026-0001' }, attempts: 1 });
    const [request] = server.requests;
    expect(request!.url).toBe('/antrag');
    expect(request!.init.method).toBe('POST');
    expect(JSON.parse(request!.init.body as string)).toEqual(submission);
    expect(request!.headers.get('Content-Type')).toBe('application/json');
    expect(request!.headers.get('Idempotency-Key')).toBe(outcome.idempotencyKey);
  });

  it('retries network failures, overload and gateway errors with the same key and growing, bounded pauses', async () => {
    const server = endpoint('network-error', new Response('', { status: 503 }), new Response('', { status: 502 }), json(200, { ok: 1 }));
    const { options: o, sleeps } = options(server, { backoffMs: 100, maxBackoffMs: 300 });
    const outcome = await submitSubmission(submission, o);
    expect(outcome).toMatchObject({ ok: true, attempts: 4 });
    expect(new Set(server.requests.map((r) => r.headers.get('Idempotency-Key'))).size).toBe(1);
    // random 0.5 → three quarters of 100, 200, min(400, 300)
    expect(sleeps).toEqual([75, 150, 225]);
  });

  it('gives up after the retries, saying why, and keeps the key for a later attempt', async () => {
    const server = endpoint('network-error', 'network-error', 'network-error');
    const { options: o } = options(server, { retries: 2, idempotencyKey: 'fixed-key' });
    expect(await submitSubmission(submission, o)).toEqual({ ok: false, reason: 'network', attempts: 3, idempotencyKey: 'fixed-key' });
  });

  it('does not retry what the server refuses, and hands over its errors', async () => {
    const errors = { errors: [{ code: 'value-required', pointer: '/vorname' }] };
    const server = endpoint(json(422, errors));
    const { options: o } = options(server);
    expect(await submitSubmission(submission, o)).toMatchObject({ ok: false, reason: 'rejected', status: 422, body: errors, attempts: 1 });
    expect(server.requests).toHaveLength(1);
  });

  it('honours Retry-After within the bound', async () => {
    const server = endpoint(new Response('', { status: 429, headers: { 'Retry-After': '2' } }), new Response('', { status: 429, headers: { 'Retry-After': '120' } }), json(200, {}));
    const { options: o, sleeps } = options(server, { maxBackoffMs: 5_000 });
    await submitSubmission(submission, o);
    expect(sleeps).toEqual([2_000, 5_000]);
  });

  it('aborts an attempt that takes too long and reports a timeout', async () => {
    const server = endpoint('hang', 'hang');
    const { options: o } = options(server, { retries: 1, timeoutMs: 10 });
    expect(await submitSubmission(submission, o)).toMatchObject({ ok: false, reason: 'timeout', attempts: 2 });
  });

  it('stops when the caller cancels, without further attempts', async () => {
    const controller = new AbortController();
    const server = endpoint('hang', json(200, {}));
    const { options: o } = options(server, { signal: controller.signal, timeoutMs: 60_000 });
    const sending = submitSubmission(submission, o);
    await Promise.resolve();
    controller.abort();
    expect(await sending).toMatchObject({ ok: false, reason: 'aborted', attempts: 1 });
    expect(server.requests).toHaveLength(1);
  });

  it('uses the page’s fetch by default', async () => {
    const server = endpoint(json(200, { reference: 'R1' }));
    vi.stubGlobal('fetch', server.fetch);
    expect(await submitSubmission(submission, { action: '/antrag' })).toMatchObject({ ok: true, body: { reference: 'R1' } });
  });

  describe('with files (the FormData of submissionFormData)', () => {
    const pdf = new File(['%PDF-1.7\n%scan'], 'Mietbescheinigung.pdf', { type: 'application/pdf' });
    const jpeg = new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 1, 2])], 'Ausweis vorne.jpg', { type: 'image/jpeg' });
    const withFiles = {
      name: 'Erika',
      nachweise: [
        { name: pdf.name, size: pdf.size, mediaType: pdf.type, ref: 'urn:fimforms:file:a' },
        { name: jpeg.name, size: jpeg.size, mediaType: jpeg.type, ref: 'urn:fimforms:file:b' },
      ],
    };
    const files = new Map([['urn:fimforms:file:a', pdf], ['urn:fimforms:file:b', jpeg]]);

    /** What a server reads from a request: Chromium encodes the body as multipart, and it is parsed back. */
    async function received(request: { url: string; init: RequestInit }) {
      const wire = new Request(new URL(request.url, location.href), request.init);
      const type = wire.headers.get('Content-Type') ?? '';
      const data = await wire.formData();
      const parts = await Promise.all([...data.entries()].map(async ([name, value]) =>
        typeof value === 'string' ? { name, text: value } : { name, fileName: value.name, type: value.type, bytes: [...new Uint8Array(await value.arrayBuffer())] }));
      return { type, parts };
    }
    const bytesOf = async (file: File) => [...new Uint8Array(await file.arrayBuffer())];

    it('POSTs multipart/form-data: the submission as JSON under `fimforms`, each file under `fimforms.file.<ref>` with its name, type and bytes', async () => {
      const server = endpoint(json(200, { reference: 'HB-1' }));
      const { options: o } = options(server);
      expect(await submitSubmission(submissionFormData('fimforms', withFiles, files), o)).toMatchObject({ ok: true, body: { reference: 'HB-1' } });
      const { type, parts } = await received(server.requests[0]!);
      expect(type).toMatch(/^multipart\/form-data; boundary=/);
      expect(server.requests[0]!.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
      expect(parts).toEqual([
        { name: 'fimforms', text: JSON.stringify(withFiles) },
        { name: 'fimforms.file.urn:fimforms:file:a', fileName: 'Mietbescheinigung.pdf', type: 'application/pdf', bytes: await bytesOf(pdf) },
        { name: 'fimforms.file.urn:fimforms:file:b', fileName: 'Ausweis vorne.jpg', type: 'image/jpeg', bytes: await bytesOf(jpeg) },
      ]);
    });

    it('a retry resends the submission and every file, byte for byte, under the same key', async () => {
      const server = endpoint('network-error', new Response('', { status: 503 }), json(201, {}));
      const { options: o } = options(server);
      expect(await submitSubmission(submissionFormData('antrag', withFiles, files), o)).toMatchObject({ ok: true, attempts: 3 });
      const bodies = await Promise.all(server.requests.map(received));
      expect(bodies.map(({ parts }) => parts.map((part) => part.name))).toEqual(Array(3).fill(['antrag', 'antrag.file.urn:fimforms:file:a', 'antrag.file.urn:fimforms:file:b']));
      for (const { parts } of bodies) {
        expect(parts[1]).toMatchObject({ bytes: await bytesOf(pdf) });
        expect(parts[2]).toMatchObject({ bytes: await bytesOf(jpeg) });
      }
      expect(new Set(server.requests.map((r) => r.headers.get('Idempotency-Key'))).size).toBe(1);
    });

    it('gives an attempt time for its files by default: 15 s plus 1 s per 50 kB (a 20 MB scan: 415 s), so a slow upload is not cut off and restarted', () => {
      expect(attemptTimeoutMs(JSON.stringify(withFiles))).toBe(15_000);
      expect(attemptTimeoutMs(submissionFormData('fimforms', withFiles, new Map()))).toBe(15_000);
      const scan = new File([new Uint8Array(20_000_000)], 'scan.pdf', { type: 'application/pdf' });
      expect(attemptTimeoutMs(submissionFormData('fimforms', withFiles, new Map([['r', scan], ['s', new File([new Uint8Array(50_000)], 'b.pdf')]])))).toBe(15_000 + 400_000 + 1_000);
    });

    it('lets the browser set the multipart type even when the page passes a Content-Type of its own', async () => {
      const server = endpoint(json(200, {}));
      const { options: o } = options(server, { headers: { 'content-type': 'application/json', 'X-CSRF-Token': 't' } });
      await submitSubmission(submissionFormData('fimforms', withFiles, files), o);
      expect((await received(server.requests[0]!)).type).toMatch(/^multipart\/form-data; boundary=/);
      expect(server.requests[0]!.headers.get('X-CSRF-Token')).toBe('t');
    });
  });

  it('makes distinct random keys in UUID form', () => {
    const keys = new Set(Array.from({ length: 100 }, newIdempotencyKey));
    expect(keys.size).toBe(100);
    for (const key of keys) expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
