// Worst-case cost of the hostile texts (figures in README.md), run from packages/markdown:
//   npx esbuild bench/hostile-texts.bench.ts --bundle --platform=node --format=esm --log-level=error | node --input-type=module
import { markdownFindings, renderMarkdown } from '../src/parse.js';
import { HOSTILE_TEXTS } from '../test/hostile-texts.js';

function median(run: () => unknown, rounds = 7): number {
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(rounds / 2)]!;
}

for (const [name, text] of Object.entries(HOSTILE_TEXTS)) {
  const render = median(() => renderMarkdown(text));
  const check = median(() => markdownFindings(text));
  console.log(`${name.padEnd(48)} ${String(text.length).padStart(6)} chars  render ${render.toFixed(1).padStart(6)} ms  check ${check.toFixed(1).padStart(6)} ms`);
}
