import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const examples = readdirSync(path.join(root, '..', 'specs', 'examples')).filter((name) => name.endsWith('.form.json'));
const stories = readFileSync(path.join(root, 'src', 'forms', 'examples.stories.ts'), 'utf8');

it('has a gallery story for every definition in specs/examples', () => {
  expect(examples.length).toBeGreaterThan(0);
  expect(examples.filter((name) => !stories.includes(`specs/examples/${name}?raw`))).toEqual([]);
});
