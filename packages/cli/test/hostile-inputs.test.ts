import { describe, expect, it } from 'vitest';
import { HOSTILE_INPUTS, type HostileInput } from './hostile/hostile-inputs.js';
import { MAX_CPU_MS, MAX_RSS_MB, runBounded, type BoundedRun } from './hostile/run-bounded.js';

/** Runs the inputs two at a time (the machine has two cores) and keeps every result. */
async function runAll(inputs: readonly HostileInput[]): Promise<Map<HostileInput, BoundedRun>> {
  const results = new Map<HostileInput, BoundedRun>();
  const queue = [...inputs];
  const worker = async () => {
    for (let input = queue.shift(); input !== undefined; input = queue.shift()) results.set(input, await runBounded(input));
  };
  await Promise.all([worker(), worker()]);
  return results;
}

describe('hostile inputs: no hang, no crash, no injection, bounded (issue #15)', { timeout: 900_000 }, () => {
  let results: Map<HostileInput, BoundedRun>;

  it('the corpus covers every entry point', async () => {
    const entries = new Set(HOSTILE_INPUTS.map((input) => input.entry));
    expect([...entries].sort()).toEqual(['cli-arguments', 'definition', 'expression', 'glob', 'submission', 'xdatenfelder', 'xml-payload']);
    results = await runAll(HOSTILE_INPUTS);
    const summary = [...results].map(([input, run]) => `${input.entry}: ${input.name}: exit ${run.code}${run.signal ? ` ${run.signal}` : ''}, ${run.cpuMs} ms CPU, ${run.maxRssMb} MB`);
    console.log(summary.join('\n'));
  });

  it.each(HOSTILE_INPUTS.map((input) => [`${input.entry}: ${input.name}`, input] as const))('%s', (_, input) => {
    const run = results.get(input)!;
    const where = `${run.stderr.slice(0, 600)}\n…\n${run.stderr.slice(-600)}`;
    expect(run.signal, where).toBeNull();
    expect([0, 1, 2], where).toContain(run.code);
    expect(run.cpuMs, where).toBeLessThanOrEqual(MAX_CPU_MS);
    expect(run.maxRssMb, where).toBeLessThanOrEqual(MAX_RSS_MB);
    // A located finding or a usage message, never a stack trace or an internal error.
    expect(run.stderr).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/internal-error|RangeError|Maximum call stack/);
    // Nothing from the input reaches the terminal raw (the CLI prints through printableText).
    if (input.entry !== 'xml-payload') expect(`${run.stdout}${run.stderr}`).not.toMatch(/\u001b|^::(error|warning)/m);
  });
});
