import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PARSE_CODES, semanticRules, STRUCTURAL_CODES } from '../../src/index.js';

const rulesDirectory = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'src', 'rules');

describe('rule registry', () => {
  it('lists each rule once, named after its file', () => {
    const names = semanticRules.map((rule) => rule.name);
    expect(new Set(names).size).toBe(names.length);
    const files = new Set(readdirSync(rulesDirectory).map((f) => f.replace(/\.ts$/, '')));
    for (const name of names) expect(files.has(name), name).toBe(true);
  });

  it('uses every code in one place only, in kebab-case', () => {
    const codes = [...PARSE_CODES, ...STRUCTURAL_CODES, ...semanticRules.flatMap((rule) => rule.codes)];
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});
