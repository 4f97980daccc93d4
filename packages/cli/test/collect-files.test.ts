import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collectFiles } from '../src/collect-files.js';
import { removeTempDirectories, tempDirectory } from './run-cli.js';

function tree(): string {
  const cwd = tempDirectory();
  for (const file of ['forms/a.json', 'forms/b1.json', 'forms/sub/deep/c.json', 'forms/node_modules/x.json', 'forms/.hidden/y.json', 'forms/a.txt', 'odd/[1].json', `long/${'a'.repeat(200)}c.json`]) {
    mkdirSync(path.join(cwd, path.dirname(file)), { recursive: true });
    writeFileSync(path.join(cwd, file), '{}');
  }
  mkdirSync(path.join(cwd, 'empty'));
  return cwd;
}

function relative(cwd: string, args: string[]): { files: string[]; problems: Array<[string, string, string]> } {
  const { files, problems } = collectFiles(args, cwd);
  return { files: files.map((file) => path.relative(cwd, file)), problems: problems.map((p) => [p.file, p.diagnostic.code, p.diagnostic.message.de]) };
}

describe('collectFiles', () => {
  afterAll(removeTempDirectories);

  it('matches * within a directory, ** across directories, braces and classes, in name order', () => {
    const cwd = tree();
    expect(relative(cwd, ['forms/*.json']).files).toEqual(['forms/a.json', 'forms/b1.json']);
    expect(relative(cwd, ['forms/**/*.json']).files).toEqual(['forms/a.json', 'forms/b1.json', 'forms/sub/deep/c.json']);
    expect(relative(cwd, ['forms/{a,b}?.json']).files).toEqual(['forms/b1.json']);
    expect(relative(cwd, ['forms/[!a]*.json']).files).toEqual(['forms/b1.json']);
  });

  it('skips node_modules and dot directories, in globs as in directories', () => {
    const cwd = tree();
    expect(relative(cwd, ['forms']).files).toEqual(['forms/a.json', 'forms/b1.json', 'forms/sub/deep/c.json']);
    expect(relative(cwd, ['**/x.json', '**/y.json']).problems.map(([, code]) => code)).toEqual(['cli-no-match', 'cli-no-match']);
  });

  it('takes a path that exists as written, even with glob characters in its name', () => {
    const cwd = tree();
    expect(relative(cwd, ['odd/[1].json'])).toEqual({ files: ['odd/[1].json'], problems: [] });
  });

  it('a malformed glob is a bilingual finding, not a RegExp error', () => {
    const cwd = tree();
    expect(relative(cwd, ['x/{a']).problems).toEqual([['x/{a', 'cli-path-not-found', '„x/{a“ existiert nicht.']]);
    expect(relative(cwd, ['x/{a,']).problems).toEqual([['x/{a,', 'cli-no-match', 'Das Muster „x/{a,“ trifft keine Datei.']]);
  });

  it('many globstars are matched, not refused (12 × **/)', () => {
    const cwd = tree();
    expect(relative(cwd, [`${'**/'.repeat(12)}*.nomatch`]).problems.map(([, code]) => code)).toEqual(['cli-no-match']);
    expect(relative(cwd, [`${'**/'.repeat(12)}c.json`]).files).toEqual(['forms/sub/deep/c.json']);
  });

  it('refuses a segment with more than three runs of * and an overlong glob before matching', () => {
    const cwd = tree();
    const { problems } = relative(cwd, ['**a**a**a**a**b', '*a*a*a*c.json', `${'x'.repeat(1100)}*`]);
    expect(problems.map(([file, code]) => [file.slice(0, 20), code])).toEqual([
      ['**a**a**a**a**b', 'cli-glob-too-complex'],
      ['*a*a*a*c.json', 'cli-glob-too-complex'],
      [`${'x'.repeat(20)}`, 'cli-glob-too-complex'],
    ]);
    expect(problems[0]![2]).toBe('Das Muster „**a**a**a**a**b“ wird nicht ausgewertet (mehr als 3 Sterne in einem Pfadteil); es würde unverhältnismäßig lange dauern.');
    expect(relative(cwd, ['long/*a*a*c.json']).files).toHaveLength(1);
  });

  it('an empty directory is a no-match, like a glob without match', () => {
    const cwd = tree();
    expect(relative(cwd, ['empty']).problems).toEqual([['empty', 'cli-no-match', 'Das Verzeichnis „empty“ enthält keine *.json-Datei.']]);
  });
});
