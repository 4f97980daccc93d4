import type { Diagnostic } from '@fimforms/format';
import { afterAll, describe, expect, it } from 'vitest';
import { summarize, type FileReport } from '../../src/reporters/file-report.js';
import { githubReporter } from '../../src/reporters/github-reporter.js';
import { humanReporter, MAX_HUMAN_FINDINGS } from '../../src/reporters/human-reporter.js';
import { jsonReporter } from '../../src/reporters/json-reporter.js';
import { printableText } from '../../src/reporters/printable-text.js';
import type { Reporter } from '../../src/reporters/reporter.js';
import { sarifReporter } from '../../src/reporters/sarif-reporter.js';
import { removeTempDirectories, runCli, tempDirectory, validDefinition } from '../run-cli.js';

// What a hostile definition in a pull request would put into a CI log.
const HOSTILE = [
  'x\n::error file=src/app.ts,line=1::injected',
  'y\r\n::add-mask::secret',
  '##[error]legacy command',
  '\u001b]0;title\u0007\u001b[2J\u001b[31mred',
  '\u009b31m C1 CSI',
  'a\u202eevil\u202c b',
  'lone \ud800 surrogate',
];

function reportsWith(text: string): FileReport[] {
  const diagnostic: Diagnostic = { code: 'unknown-reference', severity: 'error', pointer: `/fields/${text}`, message: { de: `Unbekannt: ${text}`, en: `Unknown: ${text}` }, hint: { de: text, en: text } };
  return [{ file: text, diagnostics: [diagnostic] }];
}

/** Every line a CI runner or terminal would read from the output, checked for injected commands. */
function expectNoInjection(output: string, allowCommandLines: boolean): void {
  expect(output).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  expect(output).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
  expect(output).not.toContain('##[');
  const lines = output.split('\n');
  const commands = lines.filter((line) => line.trimStart().startsWith('::'));
  if (allowCommandLines) expect(commands.every((line) => /^::error file=[^:\n]*,line=1,col=1,title=unknown-reference::/.test(line))).toBe(true);
  else expect(commands).toEqual([]);
}

const REPORTERS: Array<[string, Reporter]> = [
  ['human', humanReporter],
  ['json', jsonReporter],
  ['github', githubReporter],
  ['sarif', sarifReporter],
];

describe('reporters print untrusted text safely', () => {
  afterAll(removeTempDirectories);

  it.each(REPORTERS)('%s escapes workflow commands, control characters and escape sequences', (name, reporter) => {
    for (const text of HOSTILE) {
      const reports = reportsWith(text);
      const output = reporter(reports, summarize(reports), 'en', '0.0.0');
      expectNoInjection(output, name === 'github');
      if (name === 'github') expect(output.trimEnd().split('\n')).toHaveLength(1);
    }
  });

  it('json and sarif keep the exact text for machines', () => {
    const reports = reportsWith(HOSTILE.join(''));
    expect(JSON.parse(jsonReporter(reports, summarize(reports), 'en', '0.0.0')).files[0].diagnostics[0].message.en).toBe(`Unknown: ${HOSTILE.join('')}`);
    expect(JSON.parse(sarifReporter(reports, summarize(reports), 'en', '0.0.0')).runs[0].results[0].message.text).toContain(HOSTILE.join(''));
  });

  it('printableText writes escapes out readably and leaves ordinary text alone', () => {
    expect(printableText('a\nb\tc\u001b[0m')).toBe('a\\nb\\tc\\u{1B}[0m');
    expect(printableText('Größe „ok“ 😀 \\d+')).toBe('Größe „ok“ 😀 \\d+');
  });

  it(`human output stops after ${MAX_HUMAN_FINDINGS} findings with one line saying how many more`, () => {
    const diagnostics: Diagnostic[] = Array.from({ length: MAX_HUMAN_FINDINGS + 7 }, () => ({ code: 'c', severity: 'warning', pointer: '', message: { de: 'm', en: 'm' } }));
    const reports = [{ file: 'a.json', diagnostics }];
    const lines = humanReporter(reports, summarize(reports), 'de', '').trimEnd().split('\n');
    expect(lines).toHaveLength(MAX_HUMAN_FINDINGS + 2);
    expect(lines.at(-2)).toBe('… und 7 weitere Befunde (alle mit --format json)');
  });

  it('fimforms validate (default human format) does not pass a hostile key into the log', () => {
    const definition = JSON.parse(validDefinition());
    definition.structure.push({ field: HOSTILE[0] }, { field: HOSTILE[3] }, { field: HOSTILE[2] });
    const cwd = tempDirectory({ 'a.json': JSON.stringify(definition, null, 2) });
    const { code, stdout } = runCli(['validate', 'a.json'], cwd);
    expect(code).toBe(1);
    expect(stdout).toContain('::error file=src/app.ts');
    expectNoInjection(stdout, false);
  });
});
