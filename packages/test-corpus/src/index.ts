export { CORPUS, corpusLocation, FIM_CORPUS, REPO_ROOT, XDF2_XSD, XDF3_XSD, XOEV_LIBRARY } from './corpus-paths.js';
export { corpusAvailable, requireCorpus } from './require-corpus.js';
export { corpusXmlFiles } from './corpus-xml-files.js';
export type { CorpusFile } from './corpus-xml-files.js';
export { xmlCatalog } from './xml-catalog.js';
export { chromiumLaunchOptions, nodeAndChromiumProjects, vitestChromium } from './chromium.js';
export type { ChromiumLaunchOptions, ChromiumProjectOptions } from './chromium.js';
