/**
 * Hostile Markdown texts, generated (not stored): each the worst of its kind that still lies
 * within the limits, or one just past them carrying a forbidden link. Shared by the hostile-input
 * test and the benchmark.
 */
export const HOSTILE_TEXTS: Record<string, string> = {
  'emphasis openers': '*a'.repeat(2_000),
  'nested emphasis, a thousand levels deep': `${'*'.repeat(1_999)}a${'*'.repeat(1_999)}`,
  'underscore runs': '_a_'.repeat(1_333),
  'brackets': '['.repeat(4_000),
  'link openers': '[a]('.repeat(1_000),
  'image openers': '![a'.repeat(1_333),
  'angle brackets': '<'.repeat(4_000),
  'unclosed autolinks': '<a:'.repeat(1_333),
  'backtick runs': Array.from({ length: 87 }, (_, i) => '`'.repeat(i + 1) + 'x').join(''),
  'entities': '&#x6A;'.repeat(666),
  'eight nested quotes per line': '> > > > > > > > x\n'.repeat(222),
  'eight nested lists per line': '- - - - - - - - x\n'.repeat(222),
  'ordered list staircase': Array.from({ length: 8 }, (_, i) => `${' '.repeat(4 * i)}1. x`).join('\n').concat('\n').repeat(26),
  'reference definitions': '[a]: https://e.org\n'.repeat(200).concat('[a] '.repeat(40)),
  'html comment openers': '<!--'.repeat(1_000),
  'setext underlines': 'x\n=\n'.repeat(1_000),
  'javascript link padded past the length limit': `[x](javascript:alert(1)) ${'a'.repeat(4_000)}`,
  'javascript link after nine nested quotes': '> > > > > > > > > [x](javascript:alert(1))',
  'javascript link after nine nested lists': '1. 1. 1. 1. 1. 1. 1. 1. 1. [x](javascript:alert(1))',
  'nested list markers past the limit': '- '.repeat(5_000),
};
