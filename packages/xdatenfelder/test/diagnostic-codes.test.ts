import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const src = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'src');
const specs = path.dirname(createRequire(import.meta.url).resolve('@fimforms/specs/package.json'));

it('documents exactly the diagnostic codes the package reports (specs/xdatenfelder.md §11)', () => {
  const used = new Set<string>();
  for (const file of readdirSync(src)) {
    for (const match of readFileSync(path.join(src, file), 'utf8').matchAll(/'(xdf-[a-z0-9-]+)'/g)) used.add(match[1]!);
  }
  const table = readFileSync(path.join(specs, 'xdatenfelder.md'), 'utf8').split('## 11. Diagnostics')[1] ?? '';
  const documented = new Set([...table.matchAll(/^\| `(xdf-[a-z0-9-]+)` \|/gm)].map((match) => match[1]!));
  expect([...used].sort()).toEqual([...documented].sort());
});
