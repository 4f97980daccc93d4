import { readFileSync, writeFileSync } from 'node:fs';
import { importXdf, exportXdf3 } from '@fimforms/xdatenfelder';
import { corpusXmlFiles } from '@fimforms/test-corpus';
const files = corpusXmlFiles().filter((f) => /xdatenfelder_(2|3\.0\.0)$/.test(f.namespace));
let seed = 21; const rnd = (n) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
const ODD = ['radio', 'x', '99', '-1', '', 'F', 'ABC', '2024-13-45', 'true', '0:*', 'Mehrfachauswahl', '1.0', ' '];
let k = 0;
for (const f of files) {
  const xml = readFileSync(f.file, 'utf8');
  const codes = [...xml.matchAll(/<code>([^<]*)<\/code>/g)];
  const leaves = [...xml.matchAll(/<([\w.-]+:)?([\w.-]+)(\s[^>]*)?>([^<]+)<\/\1?\2>/g)];
  for (let i = 0; i < 12; i++) {
    const pool = i % 2 ? codes : leaves; if (!pool.length) continue;
    const m = pool[rnd(pool.length)];
    const mutated = xml.slice(0, m.index) + m[0].replace(`>${m[i % 2 ? 1 : 4]}<`, `>${ODD[rnd(ODD.length)]}<`) + xml.slice(m.index + m[0].length);
    const r = importXdf(mutated); if (!r.definition) continue;
    const out = exportXdf3(r.definition, { now: '2026-01-01T00:00:00Z' });
    writeFileSync(`/tmp/mx/${k++}.xml`, out.xml);
    writeFileSync(`/tmp/mx/${k - 1}.what`, `${f.name} <${i % 2 ? 'code in ' + xml.slice(Math.max(0, m.index - 60), m.index).match(/<([\w.:-]+)[^<]*$/)?.[1] : m[2]}>`);
  }
}
console.log('exports', k);
