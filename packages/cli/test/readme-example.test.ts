import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateText } from '@fimforms/validator';
import { describe, expect, it } from 'vitest';

const readme = readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'README.md'), 'utf8');

describe("README's 30-second example", () => {
  it('is a definition without errors or warnings', () => {
    const example = /```json\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(example).toBeDefined();
    expect(validateText(example!).diagnostics).toEqual([]);
  });
});
