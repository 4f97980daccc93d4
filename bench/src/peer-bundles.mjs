// The peers bundled for the browser as a user would ship them: esbuild, minified, React's production build.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

/** Peer name → entry module (and the style sheet its default look needs). */
export const PEERS = {
  rjsf: { label: 'react-jsonschema-form 6.11.1', entry: 'peers/rjsf.mjs' },
  jsonforms: { label: 'JSON Forms 3.8.0 (vanilla)', entry: 'peers/jsonforms.mjs' },
  surveyjs: { label: 'SurveyJS 2.5.38', entry: 'peers/surveyjs.mjs', css: 'survey-core/survey-core.min.css' },
};

/** The minified script and style sheet of one peer. */
export async function peerBundle(name) {
  const peer = PEERS[name];
  const result = await build({
    entryPoints: [path.join(here, peer.entry)],
    bundle: true, minify: true, format: 'esm', platform: 'browser', target: 'es2022', write: false,
    define: { 'process.env.NODE_ENV': '"production"' }, conditions: ['production'], logLevel: 'error',
  });
  return { script: result.outputFiles[0].text, css: peer.css ? readFileSync(require.resolve(peer.css), 'utf8') : '' };
}
