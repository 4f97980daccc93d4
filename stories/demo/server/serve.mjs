// @ts-check
// `npm start` ends here: serves the demo page and the static catalogue on the loopback address.
//   node stories/demo/server/serve.mjs [--port 8080]
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { corpusLocation } from '@fimforms/test-corpus';
import { cmsBundle } from './cms-bundle.mjs';
import { createDemoServer } from './demo-server.mjs';

const here = import.meta.dirname;
const stories = path.resolve(here, '..', '..');
const repo = path.resolve(stories, '..');
const { values } = parseArgs({ options: { port: { type: 'string', default: process.env['PORT'] ?? '8080' } } });
const port = Number(values.port);
const catalogueDir = path.join(stories, 'storybook-static');

const server = createDemoServer({
  publicDir: path.join(stories, 'demo', 'public'),
  examplesDir: path.join(repo, 'specs', 'examples'),
  cmsBundle: await cmsBundle(path.join(repo, 'packages', 'elements'), path.join(stories, 'demo', '.bundle')),
  catalogueDir: existsSync(catalogueDir) ? catalogueDir : undefined,
  corpus: corpusLocation(),
});

server.listen(port, '127.0.0.1', () => {
  const address = server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`;
  console.log(`Demo-Seite / demo page:   ${base}/`);
  console.log(existsSync(catalogueDir) ? `Katalog / catalogue:      ${base}/katalog/` : 'Katalog fehlt / catalogue missing: npm run build -w @fimforms/stories');
  if (process.env['CI'] === 'true') return void selfCheck(base);
  console.log('Beenden / stop: Ctrl+C');
});

/**
 * Under CI nothing would ever stop the server: fetch both pages once, report, and exit.
 * @param {string} base
 */
async function selfCheck(base) {
  const urls = [`${base}/`, `${base}/assets/fimforms/fimforms.js`, ...(existsSync(catalogueDir) ? [`${base}/katalog/`, `${base}/katalog/index.json`] : [])];
  let failed = !existsSync(catalogueDir);
  for (const url of urls) {
    const response = await fetch(url);
    console.log(`CI: ${response.status} ${url}`);
    if (!response.ok) failed = true;
  }
  server.close(() => process.exit(failed ? 1 : 0));
}

for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) process.on(signal, () => server.close(() => process.exit(0)));
