// @ts-check
import { createHash } from 'node:crypto';

/**
 * @typedef {object} FilePart one file of a multipart submission, by the `ref` its part name carries
 * @property {string} part the part's name (`fimforms.file.<ref>`)
 * @property {string} fileName the part's `filename`
 * @property {string} mediaType the part's `Content-Type`
 * @property {number} size bytes received
 */

/**
 * @typedef {{ ok: true, submission: unknown, files: Map<string, FilePart>, fingerprint: string } | { ok: false, status: number, error: string }} ReadRequest
 */

/**
 * Reads the body of a submission request as `<fim-form action>` sends it (specs/rendering.md §7.1): the
 * submission as JSON, or `multipart/form-data` with the submission as JSON text in the one text entry
 * (named by the element's `name`, default `fimforms`) and each file in a part `<name>.file.<ref>`. The
 * fingerprint (SHA-256 of the submission's JSON text and of every file's name and bytes) tells a retry of
 * the same submission from another one sent under the same Idempotency-Key.
 * @param {Buffer} body
 * @param {string} contentType
 * @returns {Promise<ReadRequest>}
 */
export async function readSubmissionRequest(body, contentType) {
  if (contentType.startsWith('application/json')) {
    const submission = parseJson(body.toString('utf8'));
    if (submission === undefined) return { ok: false, status: 400, error: 'the body is not JSON' };
    return { ok: true, submission, files: new Map(), fingerprint: digest([body]) };
  }
  if (!contentType.startsWith('multipart/form-data')) return { ok: false, status: 415, error: 'application/json or multipart/form-data expected' };
  let data;
  try {
    // The platform's own multipart parser (undici's, behind Request#formData).
    data = await new Request('http://demo.invalid/', { method: 'POST', headers: { 'content-type': contentType }, body: new Uint8Array(body) }).formData();
  } catch {
    return { ok: false, status: 400, error: 'the body is not multipart/form-data' };
  }
  const texts = [...data.entries()].filter(([, value]) => typeof value === 'string');
  if (texts.length !== 1) return { ok: false, status: 400, error: 'exactly one text entry (the submission as JSON) expected' };
  const [name, text] = /** @type {[string, string]} */ (texts[0]);
  const submission = parseJson(text);
  if (submission === undefined) return { ok: false, status: 400, error: `the entry "${name}" is not JSON` };
  /** @type {Map<string, FilePart>} */
  const files = new Map();
  const hashed = [Buffer.from(text)];
  for (const [part, value] of data.entries()) {
    if (typeof value === 'string') continue;
    const prefix = `${name}.file.`;
    if (!part.startsWith(prefix) || part.length === prefix.length) return { ok: false, status: 400, error: `file part "${part}" is not named "${prefix}<ref>"` };
    const bytes = Buffer.from(await value.arrayBuffer());
    files.set(part.slice(prefix.length), { part, fileName: value.name, mediaType: value.type, size: bytes.length });
    hashed.push(Buffer.from(`\0${part}\0${value.name}\0${value.type}\0`), bytes);
  }
  return { ok: true, submission, files, fingerprint: digest(hashed) };
}

/** @param {string} text */
function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** @param {Buffer[]} chunks */
function digest(chunks) {
  const hash = createHash('sha256');
  for (const chunk of chunks) hash.update(chunk);
  return hash.digest('hex');
}
