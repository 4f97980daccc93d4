// Machine-readable figures of the per-package benchmark scripts, for the one benchmark command
// (`npm run bench`, bench/). A script records each figure from its samples; when
// FIMFORMS_BENCH_OUT names a file, the figure is appended to it as one JSON line. Without it,
// recording does nothing and the script prints its text as before.
import { appendFileSync } from 'node:fs';

/** Quick mode (`npm run bench -- --quick`): few runs, only to catch a broken benchmark. */
export const QUICK = process.env.FIMFORMS_BENCH_QUICK === '1';

/** Median, min and max of samples (the median of an even count is the upper middle). */
export function summarize(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], min: sorted[0], max: sorted[sorted.length - 1], runs: sorted.length };
}

/** Records one figure: `key` is stable (the JSON's name), `unit` e.g. "ms" or "1/s". */
export function recordFigure(key, unit, samples, note) {
  const figure = { key, unit, ...summarize(samples), ...(note ? { note } : {}) };
  if (process.env.FIMFORMS_BENCH_OUT) appendFileSync(process.env.FIMFORMS_BENCH_OUT, `${JSON.stringify(figure)}\n`);
  return figure;
}
