import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';

it('exposes the light entry without the parser', async () => {
  const api = await import('../src/index.js');
  expect(Object.keys(api).sort()).toEqual([
    'ALLOWED_LINK_SCHEMES', 'MARKDOWN_LIMITS', 'SAFE_TAG_NAMES', 'isAllowedLinkDestination', 'isPlainText', 'limitExceeded',
    'mayHoldFinding', 'plainTextTree',
  ]);
});

it('exposes the parser entry', async () => {
  const api = await import('../src/parse.js');
  expect(Object.keys(api).sort()).toEqual([
    'MARKDOWN_FINDING_CODES', 'RESTRICTED_MARKDOWN_SCHEMA', 'markdownFindings', 'parseMarkdown', 'renderMarkdown',
  ]);
});

it('keeps the light entry free of the parser, so browsers can load it first', () => {
  const modules = ['index', 'link-destination', 'markdown-limits', 'may-hold-finding', 'plain-text', 'safe-tree'];
  for (const name of modules) {
    const source = readFileSync(new URL(`../src/${name}.ts`, import.meta.url), 'utf8');
    const imports = [...source.matchAll(/from\s+'([^']+)'/g)].map((match) => match[1]);
    // Only modules of this light set: the parser, mdast and hast stay behind `./parse`.
    expect(imports.filter((specifier) => !modules.includes(specifier!.replace(/^\.\/|\.js$/g, ''))), name).toEqual([]);
  }
});
