// @ts-check
import { randomUUID } from 'node:crypto';

/** How many demo logins the server keeps in memory (oldest dropped first). */
const CAPACITY = 500;
const COOKIE = 'demo-bundid';

/**
 * The demo's login sessions: after "Mit BundID anmelden (Demo)" the browser holds only an opaque
 * session id in an HttpOnly cookie; what was prefilled, and so what the endpoint compares a submission
 * with, stays on the server (specs/runtime.md §4.6: the prefill comes from the session, never from the client).
 */
export class DemoLogins {
  /** @type {Set<string>} */
  #sessions = new Set();

  /** @returns {string} the `Set-Cookie` header of a new session */
  open() {
    const id = randomUUID();
    this.#sessions.add(id);
    if (this.#sessions.size > CAPACITY) this.#sessions.delete(/** @type {string} */ (this.#sessions.values().next().value));
    // No `Secure`: the demo serves plain HTTP on the loopback address.
    return `${COOKIE}=${id}; Path=/; HttpOnly; SameSite=Strict`;
  }

  /**
   * Ends the request's session.
   * @param {import('node:http').IncomingMessage} request
   * @returns {string} the `Set-Cookie` header that removes the cookie
   */
  close(request) {
    const id = sessionId(request);
    if (id !== undefined) this.#sessions.delete(id);
    return `${COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0`;
  }

  /**
   * Whether the request belongs to an open demo login.
   * @param {import('node:http').IncomingMessage} request
   */
  loggedIn(request) {
    const id = sessionId(request);
    return id !== undefined && this.#sessions.has(id);
  }
}

/** @param {import('node:http').IncomingMessage} request */
function sessionId(request) {
  for (const pair of String(request.headers.cookie ?? '').split(';')) {
    const [name, value] = pair.split('=', 2).map((part) => part.trim());
    if (name === COOKIE && value) return value;
  }
  return undefined;
}
