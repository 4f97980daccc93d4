import { existsSync } from 'node:fs';
import { FIM_CORPUS, XDF3_XSD, XOEV_LIBRARY } from './corpus-paths.js';

/**
 * Fails when the corpus is missing, in CI and locally alike: the tests that call it check real
 * data and official schemas, and a skipped check would pass a broken checkout.
 */
export function requireCorpus(): void {
  for (const needed of [FIM_CORPUS, XDF3_XSD, XOEV_LIBRARY]) {
    if (!existsSync(needed)) throw new Error(`Real-data corpus missing: ${needed} (set FIMFORMS_CORPUS or provide ../shared/fixtures)`);
  }
}

/**
 * Whether the corpus is there, for tests that also run without it on a developer's machine.
 * Under `CI=true` a missing corpus is an error, never a silent skip.
 */
export function corpusAvailable(): boolean {
  const present = existsSync(FIM_CORPUS) && existsSync(XOEV_LIBRARY);
  if (!present && process.env['CI'] === 'true') requireCorpus();
  return present;
}
