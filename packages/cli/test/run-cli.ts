import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const bin = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'bin.js');

/** Runs the built `fimforms` binary in `cwd`; a timeout turns a hang into a failed test. */
export function runCli(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, FIMFORMS_LANG: '', ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const created: string[] = [];

/** A fresh temporary directory with the given files (string or bytes); removed by {@link removeTempDirectories}. */
export function tempDirectory(files: { [name: string]: string | Uint8Array } = {}): string {
  const directory = mkdtempSync(path.join(tmpdir(), 'fimforms-cli-'));
  created.push(directory);
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(directory, name), content);
  return directory;
}

/** A small valid definition as JSON text. */
export function validDefinition(name = 'antrag'): string {
  return JSON.stringify(
    {
      fimforms: '1.0',
      name,
      title: { de: 'Antrag', en: 'Application' },
      structure: [{ field: 'vorname' }, { field: 'zustimmung' }],
      fields: {
        vorname: { name: 'vorname', label: { de: 'Vorname', en: 'Given name' }, control: 'input', type: 'text', constraints: { maxLength: 50 } },
        zustimmung: { name: 'zustimmung', label: { de: 'Zustimmung', en: 'Consent' }, control: 'input', type: 'bool' },
      },
    },
    null,
    2,
  );
}

/** A definition with one error (select without code list) on a known line. */
export function invalidDefinition(): string {
  return validDefinition().replace('"control": "input",\n      "type": "bool"', '"control": "select",\n      "type": "text"');
}

/** Removes every directory {@link tempDirectory} created (call in `afterAll`). */
export function removeTempDirectories(): void {
  for (const directory of created.splice(0)) rmSync(directory, { recursive: true, force: true });
}
