import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { chromiumLaunchOptions, CORPUS, nodeAndChromiumProjects, corpusLocation, corpusXmlFiles, REPO_ROOT, requireCorpus, vitestChromium, XDF2_XSD, XDF3_XSD, xmlCatalog } from '../src/index.js';

describe('@fimforms/test-corpus', () => {
  it('finds the repository root', () => {
    expect(JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')).name).toBe('fimforms');
  });

  it('locates the corpus and both official XDatenfelder XSDs', () => {
    requireCorpus();
    expect(existsSync(XDF2_XSD) && existsSync(XDF3_XSD)).toBe(true);
  });

  it('classifies corpus messages by the namespace of their root, not by file name', () => {
    const files = corpusXmlFiles();
    const xdf3 = files.filter((file) => file.namespace === 'urn:xoev-de:fim:standard:xdatenfelder_3.0.0');
    expect(xdf3.length).toBeGreaterThan(5);
    expect(xdf3.every((file) => file.root.startsWith('xdatenfelder.'))).toBe(true);
    expect(files.map((file) => file.name)).toEqual([...files.map((file) => file.name)].sort((a, b) => a.localeCompare(b)));
  });

  it('writes one catalog per mapping and maps locations to file URLs', () => {
    const catalog = xmlCatalog({ 'https://example.org/a.xsd': '/tmp/a.xsd' });
    expect(xmlCatalog({ 'https://example.org/a.xsd': '/tmp/a.xsd' })).toBe(catalog);
    expect(readFileSync(catalog, 'utf8')).toContain('<system systemId="https://example.org/a.xsd" uri="file:///tmp/a.xsd"/>');
  });
});

describe('the browser of the tests', () => {
  it('is the machine Chromium with the same flags for every Vitest project, each project its own setting', () => {
    const seen: unknown[] = [];
    const provider = (options: unknown) => (seen.push(options), { name: 'stub' });
    const first = vitestChromium(provider);
    const second = vitestChromium(provider);
    expect(first).toEqual({ enabled: true, headless: true, provider: { name: 'stub' }, instances: [{ browser: 'chromium' }] });
    expect(first).not.toBe(second);
    expect(seen).toEqual([{ launchOptions: chromiumLaunchOptions() }, { launchOptions: chromiumLaunchOptions() }]);
    expect(chromiumLaunchOptions().args).toEqual(expect.arrayContaining(['--headless', '--no-sandbox', '--disable-background-networking']));
  });

  it('splits a package into a node project and a chromium project for the *.browser.test.ts files', () => {
    const [node, chromium] = nodeAndChromiumProjects(() => 'stub', { alsoInChromium: ['test/conformance.test.ts'], globalSetup: ['setup.ts'] });
    expect(node).toEqual({ extends: true, test: { name: 'node', include: ['test/**/*.test.ts'], exclude: ['test/**/*.browser.test.ts'], environment: 'node' } });
    expect(chromium).toEqual({
      extends: true,
      test: { name: 'chromium', include: ['test/conformance.test.ts', 'test/**/*.browser.test.ts'], globalSetup: ['setup.ts'], browser: vitestChromium(() => 'stub') },
    });
    expect(nodeAndChromiumProjects(() => 'stub')[1]!.test).not.toHaveProperty('globalSetup');
  });

  it('honours CHROMIUM_PATH', () => {
    vi.stubEnv('CHROMIUM_PATH', '/opt/chromium/chrome');
    try {
      expect(chromiumLaunchOptions().executablePath).toBe('/opt/chromium/chrome');
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

describe('corpusLocation', () => {
  it('reads FIMFORMS_CORPUS when called, else names ../shared/fixtures beside the repository', () => {
    vi.stubEnv('FIMFORMS_CORPUS', '/tmp/elsewhere');
    try {
      expect(corpusLocation()).toBe('/tmp/elsewhere');
    } finally {
      vi.unstubAllEnvs();
    }
    if (process.env['FIMFORMS_CORPUS'] === undefined) expect(corpusLocation()).toBe(path.resolve(REPO_ROOT, '..', 'shared', 'fixtures'));
    expect(CORPUS).toBe(corpusLocation());
  });
});
