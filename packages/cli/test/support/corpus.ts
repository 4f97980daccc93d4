import path from 'node:path';
import { REPO_ROOT } from '@fimforms/test-corpus';

export { CORPUS, REPO_ROOT, XDF3_XSD, XOEV_LIBRARY, corpusXmlFiles, requireCorpus } from '@fimforms/test-corpus';
export type { CorpusFile } from '@fimforms/test-corpus';

/** The hand-written XDatenfelder and genericode fixtures of @fimforms/xdatenfelder (read, never copied into the repo). */
export const XDF_FIXTURES = path.join(REPO_ROOT, 'packages', 'xdatenfelder', 'test', 'fixtures');
