/**
 * A one-line progress indicator on stderr for long runs, shown only when stdout is a terminal
 * (never in CI logs or pipes) and only after a second has passed, redrawn at most 10 times a second.
 */
export class ProgressLine {
  readonly #stream: NodeJS.WritableStream;
  readonly #enabled: boolean;
  readonly #started = Date.now();
  #lastDraw = 0;
  #drawn = false;

  constructor(stream: NodeJS.WritableStream, enabled: boolean) {
    this.#stream = stream;
    this.#enabled = enabled;
  }

  /** Reports that `done` of `total` items are finished. */
  update(done: number, total: number, label: string): void {
    if (!this.#enabled) return;
    const now = Date.now();
    if (now - this.#started < 1000 || now - this.#lastDraw < 100) return;
    this.#lastDraw = now;
    this.#drawn = true;
    this.#stream.write(`\r\x1b[K[${done}/${total}] ${label.slice(-60)}`);
  }

  /** Removes the line. */
  clear(): void {
    if (this.#drawn) this.#stream.write('\r\x1b[K');
  }
}
