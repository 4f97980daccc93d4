#!/usr/bin/env node
import { main, outputLanguage } from './main.js';
import { reportStdoutUnwritable } from './stdout-unwritable.js';

const argv = process.argv.slice(2);
let outputLost = false;

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  // A closed pipe (`fimforms validate … | head`) is not an error worth a message.
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  if (outputLost) return;
  outputLost = true;
  reportStdoutUnwritable(error, { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), lang: outputLanguage(argv) });
});
// Nothing is left to tell about a broken stderr; the exit code says it.
process.stderr.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  outputLost = true;
});
// Output lost is I/O trouble whatever the command found: exit code 2, never 0.
process.on('exit', () => {
  if (outputLost) process.exitCode = 2;
});

// The exit code is set, not forced, so buffered output to a pipe is flushed first.
main(argv).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`fimforms: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
