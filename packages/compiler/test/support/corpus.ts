export { CORPUS, REPO_ROOT, XOEV_LIBRARY, corpusAvailable } from '@fimforms/test-corpus';
