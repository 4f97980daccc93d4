import { afterAll, describe, expect, it } from 'vitest';
import { commands } from '../src/commands/index.js';
import { removeTempDirectories, runCli, tempDirectory } from './run-cli.js';

describe('fimforms', () => {
  afterAll(removeTempDirectories);

  it('lists every registered command in --help', () => {
    const { code, stdout } = runCli(['--help'], tempDirectory());
    expect(code).toBe(0);
    for (const command of commands) expect(stdout).toContain(`  ${command.name}`);
    expect(stdout).toContain('--lang');
  });

  it('explains each command with <command> --help and help <command>', () => {
    for (const command of commands) {
      const a = runCli([command.name, '--help'], tempDirectory());
      const b = runCli(['help', command.name, '--lang', 'en'], tempDirectory());
      expect(a.code).toBe(0);
      expect(a.stdout).toContain(command.help.de.split('\n')[0]);
      expect(b.stdout).toContain(command.help.en.split('\n')[0]);
    }
  }, 120_000); // two child processes per command (seven commands): a hang guard, not a speed claim

  it('prints its version', () => {
    const { code, stdout } = runCli(['--version'], tempDirectory());
    expect(code).toBe(0);
    expect(stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('answers in English with --lang en or FIMFORMS_LANG=en', () => {
    expect(runCli(['--lang', 'en', '--help'], tempDirectory()).stdout).toContain('Usage: fimforms');
    expect(runCli(['--help'], tempDirectory(), { FIMFORMS_LANG: 'en' }).stdout).toContain('Usage: fimforms');
  });

  it('exits 2 for an unknown command, a bad --lang or no command', () => {
    expect(runCli(['frobnicate'], tempDirectory())).toMatchObject({ code: 2 });
    expect(runCli(['--lang', 'fr', '--help'], tempDirectory())).toMatchObject({ code: 2 });
    const bare = runCli([], tempDirectory());
    expect(bare).toMatchObject({ code: 2, stdout: '' });
    expect(bare.stderr).toContain('Aufruf: fimforms <befehl>');
  });
});
