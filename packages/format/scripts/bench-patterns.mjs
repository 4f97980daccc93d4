// Pattern checks: native engine vs the linear-time matcher on typical values, hostile patterns on
// long values, and the cost of the explicit ranges the compiler writes. `node scripts/bench-patterns.mjs`
// after `npm run build`. Figures only: the tests assert completion, never timings.
import { characterRanges, linearMatcher, patternMatcher, readPattern } from '../dist/index.js';

function perSecond(run, milliseconds = 300) {
  let count = 0;
  const start = performance.now();
  while (performance.now() - start < milliseconds) {
    for (let i = 0; i < 1000; i++) run();
    count += 1000;
  }
  return Math.round((count * 1000) / (performance.now() - start));
}

const typical = [
  ['[0-9]{5}', '01234', 5],
  ['([0]{1}[1-9]{1}|[1-9]{1}[0-9]{1})[0-9]{3}', '01234', 5],
  ['[A-Za-z0-9._%+\\-]+@[A-Za-z0-9.\\-]+\\.[A-Za-z]{1,63}', 'erika.mustermann@example.org', 254],
  ['[A-Za-z ]+', 'Erika Mustermann', 30],
];
for (const [source, value, maxLength] of typical) {
  const check = patternMatcher(source, maxLength);
  const reading = readPattern(source);
  const linear = linearMatcher(reading.tree);
  console.log(`${source.slice(0, 40).padEnd(40)} engine ${check.engine}: native ${perSecond(() => reading.regexp.test(value)).toLocaleString('en')}/s, linear ${perSecond(() => linear.test(value)).toLocaleString('en')}/s`);
}

for (const source of ['((a+))+', '((a|aa))+', 'a*a*a*a*a*a*a*b', '\\w*\\w*b']) {
  const check = patternMatcher(source);
  const figures = [41, 10_000, 1_000_000].map((length) => {
    const value = `${'a'.repeat(length)}!`;
    const start = performance.now();
    check.matcher.test(value);
    return `${length.toLocaleString('en')} chars ${(performance.now() - start).toFixed(1)} ms`;
  });
  console.log(`${source.padEnd(16)} (${check.engine}): ${figures.join(', ')}`);
}

for (const [set, repertoire] of [['\\p{L}', 'xml'], ['[\\p{L}0-9. ]', 'din-91379-c'], ['.', 'xml']]) {
  const start = performance.now();
  const ranges = characterRanges(set, repertoire);
  console.log(`ranges of ${set} in ${repertoire}: ${ranges.length} ranges, ${(performance.now() - start).toFixed(0)} ms (first call)`);
}
