// @ts-check
import { createReadStream, statSync } from 'node:fs';
import path from 'node:path';

/** Media types of what the demo and the catalogue serve; anything else is octet-stream. */
export const MEDIA_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.xsd': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * The file below `root` that a URL path names (`/` and folders → `index.html`), or undefined
 * when it does not exist or would leave `root` (`..`, encoded slashes).
 * @param {string} root
 * @param {string} urlPath
 * @returns {string | undefined}
 */
export function resolveStaticFile(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const file = path.resolve(root, `.${path.posix.normalize(decoded)}`);
  if (file !== root && !file.startsWith(root + path.sep)) return undefined;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) return resolveStaticFile(root, `${decoded.replace(/\/?$/, '/')}index.html`);
    return stat.isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Streams a file with its media type; `nosniff` so browsers never guess another one.
 * @param {import('node:http').ServerResponse} response
 * @param {string} file
 */
export function sendFile(response, file) {
  const type = MEDIA_TYPES[/** @type {keyof typeof MEDIA_TYPES} */ (path.extname(file).toLowerCase())] ?? 'application/octet-stream';
  response.writeHead(200, { 'content-type': type, 'x-content-type-options': 'nosniff', 'cache-control': 'no-cache' });
  createReadStream(file).pipe(response);
}
