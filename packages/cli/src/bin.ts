#!/usr/bin/env node
import { main } from './main.js';

// A closed pipe (`fimforms validate … | head`) is not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

// The exit code is set, not forced, so buffered output to a pipe is flushed first.
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`fimforms: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
