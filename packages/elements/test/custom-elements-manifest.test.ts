import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STANDALONE_TAGS } from '../src/standalone/standalone-tags.js';

// dist/custom-elements.json, written by `cem analyze --litelement` in the package build (turbo runs the build
// before the tests), as package.json's `customElements` points at it.
const file = new URL('../dist/custom-elements.json', import.meta.url);

interface Declaration {
  tagName?: string;
  attributes?: { name: string }[];
  members?: { name: string; privacy?: string }[];
  cssParts?: { name: string }[];
}

describe('custom elements manifest', () => {
  it('is built and named by package.json', () => {
    expect(existsSync(file), 'run the package build first').toBe(true);
    const manifestPath = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { customElements: string }).customElements;
    expect(manifestPath).toBe('dist/custom-elements.json');
  });

  it('describes <fim-form> and every standalone field with its attributes and parts, and public members only', () => {
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as { modules: { declarations?: Declaration[] }[] };
    const elements = new Map(manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName).map((d) => [d.tagName!, d]));
    expect([...elements.keys()].sort()).toEqual(['fim-form', ...STANDALONE_TAGS].sort());
    for (const tag of STANDALONE_TAGS) {
      const element = elements.get(tag)!;
      expect(element.attributes?.map((a) => a.name)).toEqual(expect.arrayContaining(['name', 'label', 'hint', 'required', 'disabled', 'value']));
      expect(element.cssParts?.map((p) => p.name)).toEqual(expect.arrayContaining(['field', 'label', 'hint', 'error', 'control']));
    }
    expect(elements.get('fim-number-field')!.attributes?.map((a) => a.name)).toEqual(expect.arrayContaining(['kind', 'min', 'max']));
    for (const element of elements.values()) {
      expect(element.members?.filter((m) => m.privacy === 'private' || m.privacy === 'protected' || m.name.startsWith('#'))).toEqual([]);
    }
  });
});
