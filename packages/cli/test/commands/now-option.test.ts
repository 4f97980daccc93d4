import { afterAll, describe, expect, it } from 'vitest';
import { removeTempDirectories, runCli, tempDirectory } from '../run-cli.js';
import { findingLines } from '../support/report.js';

/** An assembly notice that must be filed at least 48 hours ahead (specs/rules.md §4.7). */
const definition = JSON.stringify({
  fimforms: '1.0',
  name: 'versammlung',
  title: { de: 'Versammlung anzeigen', en: 'Notify an assembly' },
  structure: [{ field: 'beginn' }],
  fields: { beginn: { name: 'beginn', label: { de: 'Beginn', en: 'Start' }, control: 'input', type: 'datetime' } },
  rules: {
    frist: {
      type: 'V',
      description: { de: 'Mindestens 48 Stunden vorher anzeigen', en: 'Notify at least 48 hours ahead' },
      effects: [{ effect: 'valid', target: 'beginn', when: 'beginn >= addHours(now(), 48)', message: { de: 'Zu kurzfristig', en: 'Too short notice' } }],
    },
  },
});

describe('--now', () => {
  afterAll(removeTempDirectories);

  it('payload --check reads now() from --now: exactly 48 hours ahead passes, one minute less fails', () => {
    const cwd = tempDirectory({ 'form.json': definition, 'daten.json': '{"beginn": "2026-03-31T10:00:00+02:00"}' });
    expect(runCli(['payload', 'form.json', 'daten.json', '--check', '--now', '2026-03-29T10:00:00+02:00'], cwd).code).toBe(0);
    const late = runCli(['payload', 'form.json', 'daten.json', '--check', '--now', '2026-03-29T10:01:00+02:00'], cwd);
    expect(late.code).toBe(1);
    expect(findingLines(late.stderr).map((f) => f.code)).toEqual(['rule-violated']);
  });

  it('refuses a --now without an offset or that is no date-time (exit 2)', () => {
    const cwd = tempDirectory({ 'form.json': definition, 'daten.json': '{}' });
    for (const now of ['2026-03-29T10:00:00', 'morgen']) {
      const { code, stderr } = runCli(['payload', 'form.json', 'daten.json', '--check', '--now', now], cwd);
      expect(code, now).toBe(2);
      expect(stderr).toContain('--now');
    }
  });

  it('sample takes --now for the rules it repairs against', () => {
    const cwd = tempDirectory({ 'form.json': definition });
    const { code, stdout, stderr } = runCli(['sample', 'form.json', '--now', '2026-03-29T10:00:00+02:00'], cwd);
    expect(code, stderr).toBe(0);
    expect(JSON.parse(stdout).beginn >= '2026-03-31').toBe(true);
  });
});
