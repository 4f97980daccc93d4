// Entry point for hostile XML payloads (no CLI command reads them): compile the definition, read
// the payload with `fromXml`, print the diagnostics' codes. Exit 1 when the payload is refused.
import { readFileSync } from 'node:fs';
import { compile } from '@fimforms/compiler';

const [definitionFile, payloadFile] = process.argv.slice(2);
const compiled = compile(JSON.parse(readFileSync(definitionFile, 'utf8')));
const result = compiled.fromXml(readFileSync(payloadFile, 'utf8'));
process.stdout.write(`${result.diagnostics.map((d) => `${d.code} ${d.position?.line ?? 0}:${d.position?.column ?? 0}`).join('\n')}\n`);
process.exitCode = result.submission ? 0 : 1;
