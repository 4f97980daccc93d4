import { describe, expect, it } from 'vitest';
import { diagnosticLine, type Diagnostic } from '../src/index.js';

const finding: Diagnostic = {
  code: 'invalid-constraint-value',
  severity: 'error',
  pointer: '/fields/datum/constraints/maxValue',
  message: { de: '„2024-02-30“ ist kein Datum.', en: '"2024-02-30" is not a date.' },
  position: { line: 12, column: 21 },
  hint: { de: 'Tag prüfen', en: 'check the day' },
};

describe('diagnosticLine', () => {
  it('writes file:line:col, the severity in the language, the code, the message and the hint', () => {
    expect(diagnosticLine(finding, 'de', 'antrag.form.json')).toBe('antrag.form.json:12:21 Fehler invalid-constraint-value „2024-02-30“ ist kein Datum. (Tag prüfen)');
    const { hint: _, ...withoutHint } = finding;
    expect(diagnosticLine({ ...withoutHint, severity: 'warning' }, 'en', 'a.json')).toBe('a.json:12:21 warning invalid-constraint-value "2024-02-30" is not a date.');
    expect(diagnosticLine({ ...finding, severity: 'info' }, 'de', 'a.json')).toContain(' Hinweis ');
  });

  it('places a finding without a position at 1:1, and passes every text from the input through printable', () => {
    const { position: _, ...unplaced } = finding;
    expect(diagnosticLine({ ...unplaced, code: 'x\ny' }, 'en', 'f', (text) => text.replaceAll('\n', '\\n'))).toBe('f:1:1 error x\\ny "2024-02-30" is not a date. (check the day)');
  });
});
