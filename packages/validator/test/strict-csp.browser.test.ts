/// <reference types="vite/client" />
import { beforeAll, describe, expect, it } from 'vitest';
import { validateDefinition, validateText } from '../src/index.js';

interface ConformanceCase {
  description: string;
  tests: { description: string; definition: unknown; valid: boolean; diagnostics?: { code: string; pointer: string; severity?: string }[] }[];
}

// Vite's JSON import reads the same case files in the browser as the Node suite reads from disk.
const files = import.meta.glob<ConformanceCase[]>('../../../specs/conformance/definition/*.json', { eager: true, import: 'default' });
const examples = import.meta.glob<string>('../../../specs/examples/*.form.json', { eager: true, query: '?raw', import: 'default' });

// The issue's promise in a real browser: under a Content-Security-Policy without 'unsafe-eval'
// (set once the modules are loaded, so the test runner itself was not restricted), code from
// strings is refused and the precompiled structural check and every semantic rule still run.
beforeAll(() => {
  const meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = "script-src 'self' 'unsafe-inline'";
  document.head.append(meta);
});

describe('the validator in Chromium under a strict Content-Security-Policy', () => {
  it('runs where code generation from strings is refused', () => {
    expect(() => new Function('return 1')).toThrow(EvalError);
  });

  it('validates every example text cleanly, with positions', () => {
    expect(Object.keys(examples).length).toBeGreaterThanOrEqual(5);
    for (const [file, text] of Object.entries(examples)) {
      const result = validateText(text);
      expect(result.diagnostics.filter((d) => d.severity === 'error'), file).toEqual([]);
    }
    const broken = validateText('{"fimforms": "1.0", "name": "a", "title": {"de": "A"},\n "structure": [{"field": "x"}], "extra": 1}');
    expect(broken.diagnostics.map((d) => [d.code, d.position?.line])).toContainEqual(['schema-unknown-property', 2]);
  });

  it('gives every definition conformance case its expected verdict and diagnostics', () => {
    const failures: string[] = [];
    let count = 0;
    for (const [file, groups] of Object.entries(files)) {
      for (const group of groups) {
        for (const test of group.tests) {
          count++;
          const result = validateDefinition(test.definition);
          const found = result.diagnostics.map((d) => `${d.code} ${d.pointer}${d.severity ? ` ${d.severity}` : ''}`);
          const missing = (test.diagnostics ?? []).filter((want) => !result.diagnostics.some((d) => d.code === want.code && d.pointer === want.pointer && (want.severity === undefined || d.severity === want.severity)));
          if (missing.length > 0 || result.valid !== test.valid) failures.push(`${file}: ${test.description}: ${JSON.stringify({ missing, found })}`);
        }
      }
    }
    expect(count).toBeGreaterThanOrEqual(140);
    expect(failures).toEqual([]);
  });
});
