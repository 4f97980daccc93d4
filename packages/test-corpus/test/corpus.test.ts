import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusXmlFiles, REPO_ROOT, requireCorpus, XDF2_XSD, XDF3_XSD, xmlCatalog } from '../src/index.js';

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
