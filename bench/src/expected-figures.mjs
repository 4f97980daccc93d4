// Every figure the benchmark command writes, by key (the quick-run test checks the JSON holds each).
// Keys that name a file or package are matched by prefix and suffix, as their names may change.

const NODE_FIGURES = [
  'runtime.propagation', 'runtime.propagationHub', 'runtime.validateSubmission', 'runtime.ajvCeiling',
  'runtime.validateSubmissionToAjv', 'runtime.validateSubmissionLarge',
  'xdatenfelder.bareParse', 'xdatenfelder.import', 'xdatenfelder.importToBareParse',
  'compiler.compileLargestReal', 'compiler.compileGenerated1000', 'compiler.serializeXML', 'compiler.serializeJSON',
  'validator.validateDefinition2000',
];
const PEER_NAMES = ['rjsf', 'jsonforms', 'surveyjs'];
const PUBLIC_PACKAGES = ['compiler', 'elements', 'expressions', 'format', 'markdown', 'runtime', 'validator', 'xdatenfelder'];

export const EXPECTED_FIGURES = [
  'size.cms.first-download.gzip', 'size.cms.first-download.brotli', 'size.cms.fimforms.js.gzip', 'size.cms.fimforms.js.brotli',
  ...[...PUBLIC_PACKAGES, 'runtime/on-demand', 'runtime/rule-compiler', 'runtime/pattern-engine', 'runtime/prefill', 'runtime/dates', 'runtime/latin'].flatMap((name) => [`size.package.@fimforms/${name}.gzip`, `size.package.@fimforms/${name}.brotli`]),
  ...PEER_NAMES.flatMap((name) => [`size.peer.${name}.gzip`, `size.peer.${name}.brotli`]),
  ...NODE_FIGURES,
  'render.fimforms.50', 'render.fimforms.500', 'render.fimforms.2000',
  'firstScreen.fimforms.50', 'firstScreen.fimforms.500', 'firstScreen.fimforms.2000',
  ...PEER_NAMES.flatMap((name) => [500, 2000].flatMap((count) => [`render.${name}.${count}`, `ratio.render.${name}.${count}`])),
  'keystroke.fimforms.500', 'keystroke.fimforms.2000', 'keystroke-burst.fimforms.500', 'keystroke-burst.fimforms.2000',
];
