import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempDirectories, runCli, tempDirectory } from '../run-cli.js';
import { XDF_FIXTURES } from '../support/corpus.js';

afterAll(removeTempDirectories);

/** The hand-written xdf2 fixture, re-declared and encoded as ISO-8859-1 (characters beyond Latin-1 become `?`). */
function latin1Fixture(): Buffer {
  const text = readFileSync(path.join(XDF_FIXTURES, 'xdf2-schema.xml'), 'utf8')
    .replace(/^<\?xml[^>]*\?>/, '<?xml version="1.0" encoding="ISO-8859-1"?>')
    .replace(/[^\x00-\xff]/g, '?');
  return Buffer.from(text, 'latin1');
}

describe('fimforms import — character encodings', () => {
  it('reads an ISO-8859-1 message by its XML declaration, umlauts intact', () => {
    const cwd = tempDirectory({ 'latin1.xml': latin1Fixture() });
    const result = runCli(['import', 'latin1.xml', '-o', 'form.json'], cwd);
    expect(result.code).toBe(0);
    const written = readFileSync(path.join(cwd, 'form.json'), 'utf8');
    expect(written).toMatch(/[äöüß]/);
    expect(written).not.toContain('\uFFFD');
  });

  it('rejects a UTF-8 file with a stray Latin-1 byte, located, instead of writing replacement characters', () => {
    const cwd = tempDirectory({ 'broken.xml': Buffer.concat([Buffer.from('<?xml version="1.0" encoding="UTF-8"?>\n<a>Stra'), Buffer.from([0xdf]), Buffer.from('e</a>')]) });
    const result = runCli(['import', '--lang', 'en', 'broken.xml', '-o', 'form.json'], cwd);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^broken\.xml:2:8 error xdf-invalid-encoding The file is not valid UTF-8 \(byte 0xDF\)/m);
  });
});
