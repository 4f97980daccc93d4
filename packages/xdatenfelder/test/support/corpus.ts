export { CORPUS, XDF3_XSD as XSD3, corpusAvailable, corpusXmlFiles } from '@fimforms/test-corpus';
export type { CorpusFile } from '@fimforms/test-corpus';
