/**
 * Input fields a page renders at once: its first screen (specs/rendering.md §9) — at least the 30
 * controls the first-screen benchmark waits for, and each field costs about 1 ms on this machine.
 */
const FIRST_SCREEN_FIELDS = 32;
/**
 * Pages with up to this many fields render at once: they are painted within the first-screen time
 * anyway, and waiting for a paint before the rest costs a frame.
 */
const PROGRESSIVE_ABOVE = 120;

/** A part of a page waiting to be rendered: `fill` renders it; one no longer connected is skipped. */
export interface PendingFill {
  fill(): void;
  readonly isConnected: boolean;
}

/**
 * Renders a long page progressively: the first fields at once, so the first screen is painted and
 * can be read quickly, and every further part in the task after that paint, until all controls are
 * in the DOM (and the accessibility tree: nothing is virtualised). Which occurrences
 * wait is decided on a page's first render and kept for its later renders, so a re-render never
 * swaps a rendered part for a waiting one.
 */
export class ProgressiveRender {
  #page: string | undefined;
  /** Fields still rendered at once in the current pass (Infinity: no more deferring). */
  #budget = Infinity;
  /** Occurrence paths that wait on the current page (and go on waiting in its later renders until filled). */
  readonly #deferred = new Set<string>();
  #queue: PendingFill[] = [];
  /** What `#queue` holds, so that a part rendered again while it waits is not queued twice. */
  readonly #queued = new Set<PendingFill>();
  #scheduled = false;
  #idle: Promise<void> | undefined;
  #settle: (() => void) | undefined;

  /**
   * Starts a render pass of a view (`page`: what it shows, e.g. the engine's page index). A new page
   * with more than a few screens of fields (`fields()`) gets the first-screen budget; the previous
   * page's waiting parts are forgotten.
   */
  beginPass(page: string, fields: () => number): void {
    if (page === this.#page) {
      this.#budget = Infinity;
      return;
    }
    this.#page = page;
    this.#budget = fields() > PROGRESSIVE_ABOVE ? FIRST_SCREEN_FIELDS : Infinity;
    this.#deferred.clear();
    this.#queue = [];
    this.#queued.clear();
  }

  /** Whether the occurrence at `path` waits (the budget of this pass is spent, or it waited before). */
  defers(path: string): boolean {
    if (this.#deferred.has(path)) return true;
    if (this.#budget > 0) return false;
    this.#deferred.add(path);
    return true;
  }

  /** True while this pass counts the fields it renders at once (a page's first render). */
  get counting(): boolean {
    return this.#budget !== Infinity;
  }

  /** Counts fields rendered at once in this pass. */
  spend(fields: number): void {
    this.#budget -= fields;
  }

  /** Queues a waiting part (once); it is filled in after the next paint. */
  enqueue(pending: PendingFill): void {
    if (this.#queued.has(pending)) return;
    this.#queued.add(pending);
    this.#queue.push(pending);
    this.#schedule();
  }

  /** Settles when nothing waits any more (undefined: nothing waits now). */
  get idle(): Promise<void> | undefined {
    return this.#scheduled ? this.#idle : undefined;
  }

  #schedule(): void {
    this.#idle ??= new Promise((resolve) => (this.#settle = resolve));
    if (this.#scheduled) return;
    this.#scheduled = true;
    // After the next paint: the first screen shows before anything else is rendered.
    afterNextPaint(() => this.#run());
  }

  /**
   * Fills in every waiting part in one task, in document order. Slices of a few milliseconds kept
   * input responsive meanwhile but cost a frame each: at 2,000 fields on this machine the whole page
   * took 2.6–5 s instead of 0.9–2 s, so the rest comes at once, after the first screen is painted.
   */
  #run(): void {
    this.#budget = Infinity;
    const queue = this.#queue;
    this.#queue = [];
    this.#queued.clear();
    for (const pending of queue) if (pending.isConnected) pending.fill();
    this.#scheduled = false;
    this.#settle?.();
    this.#idle = undefined;
  }
}

/** Runs `callback` in a task after the next frame is painted (at once in a hidden page, which paints nothing). */
function afterNextPaint(callback: () => void): void {
  if (document.visibilityState === 'hidden') nextTask(callback);
  else requestAnimationFrame(() => nextTask(callback));
}

/** Runs `callback` in a new task (a message: no timer clamping, ahead of timers set later). */
function nextTask(callback: () => void): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    callback();
  };
  channel.port2.postMessage(null);
}
