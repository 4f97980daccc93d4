import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HostileInput } from './hostile-inputs.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const BIN = path.resolve(here, '..', '..', 'dist', 'bin.js');
const SCRIPTS: { [name: string]: string } = { 'read-xml-payload': path.join(here, 'read-xml-payload.mjs') };

/** The bounds every hostile input must stay within (issue #15): CPU time and heap. */
export const MAX_CPU_MS = 5_000;
export const MAX_HEAP_MB = 512;
/**
 * The peak resident size allowed (issue #15: no input past 512 MB), Node's own code, stacks and
 * external buffers included. The heap alone cannot pass its cap: the child runs with
 * --max-old-space-size and would abort.
 */
export const MAX_RSS_MB = 512;
/** A run still going after this long (wall clock, machines are shared) is a hang. */
const HANG_MS = 60_000;

/** What a bounded run of one hostile input did. */
export interface BoundedRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  cpuMs: number | undefined;
  maxRssMb: number | undefined;
  wallMs: number;
}

/**
 * Runs one hostile input in a child process with `--max-old-space-size=512` (a heap past it
 * aborts the child) in a fresh directory holding its generated files; the child reports its CPU
 * time and peak memory at exit (report-bounds.mjs).
 */
export async function runBounded(input: HostileInput): Promise<BoundedRun> {
  const cwd = mkdtempSync(path.join(tmpdir(), 'fimforms-hostile-'));
  try {
    for (const [name, content] of Object.entries(input.files?.() ?? {})) {
      mkdirSync(path.dirname(path.join(cwd, name)), { recursive: true });
      writeFileSync(path.join(cwd, name), content);
    }
    const [first, ...rest] = input.argv;
    const program = first !== undefined && Object.hasOwn(SCRIPTS, first) ? [SCRIPTS[first]!, ...rest] : [BIN, ...input.argv];
    return await spawnBounded(program, cwd);
  } finally {
    rmSync(cwd, { recursive: true, force: true });
  }
}

function spawnBounded(program: string[], cwd: string): Promise<BoundedRun> {
  const args = [`--max-old-space-size=${MAX_HEAP_MB}`, '--stack-size=984', '--import', path.join(here, 'report-bounds.mjs'), ...program];
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd, env: { ...process.env, FIMFORMS_LANG: 'de' }, stdio: ['ignore', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let kept = 0;
    // Keep at most 1 MiB of each stream: a hostile input may print a lot, and only the end matters.
    const collect = (into: Buffer[]) => (chunk: Buffer) => {
      if (kept > 2 * 2 ** 20) into.splice(0, 1);
      into.push(chunk);
      kept += chunk.length;
    };
    child.stdout.on('data', collect(stdout));
    child.stderr.on('data', collect(stderr));
    const timer = setTimeout(() => child.kill('SIGKILL'), HANG_MS);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const err = Buffer.concat(stderr).toString('utf8');
      const bounds = /@@bounds (\{.*\})/.exec(err)?.[1];
      const parsed = bounds ? (JSON.parse(bounds) as { cpuMs: number; maxRssMb: number }) : undefined;
      resolve({ code, signal, stdout: Buffer.concat(stdout).toString('utf8'), stderr: err.replace(/\n@@bounds .*\n/, ''), cpuMs: parsed?.cpuMs, maxRssMb: parsed?.maxRssMb, wallMs: Date.now() - started });
    });
  });
}
