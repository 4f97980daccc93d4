import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

/** A hand-written fixture of this package (test/fixtures). */
export function fixture(name: string): string {
  return readFileSync(path.join(FIXTURES, name), 'utf8');
}
