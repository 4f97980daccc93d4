// @ts-check

/** How many results the demo keeps in memory (oldest dropped first). */
const CAPACITY = 200;

/**
 * The endpoint's results by Idempotency-Key, with the fingerprint of the submission they answer: a
 * repeated POST of the same submission (a retry after a lost answer) returns the first result instead of
 * accepting it twice, and the demo page reads the result of its submission by the reference it sent as key.
 */
export class SubmissionStore {
  /** @type {Map<string, { status: number, body: object, fingerprint: string }>} */
  #results = new Map();

  /** @param {string} key */
  get(key) {
    return this.#results.get(key);
  }

  /**
   * @param {string} key
   * @param {{ status: number, body: object, fingerprint: string }} result
   */
  set(key, result) {
    this.#results.set(key, result);
    if (this.#results.size > CAPACITY) this.#results.delete(/** @type {string} */ (this.#results.keys().next().value));
  }
}
