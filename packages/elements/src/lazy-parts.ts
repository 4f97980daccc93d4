/**
 * The parts of `<fim-form>` a first screen seldom needs, each loaded by dynamic `import()` when a form first needs
 * it, so that they are chunks of the CMS bundle beside `fimforms.js` (scripts/build-bundle.mjs) instead of bytes
 * every page downloads: the review page and the receipt, the combobox of long code lists, the file control, the
 * opt-in drafts, the English UI texts, reading and showing dates and times, and the engine's parts: rules, pattern
 * engine, prefill reader, the DIN 91379 repertoire (src/create-engine.ts; the engine's dates part comes with dates).
 * Once loaded, a part is used synchronously.
 */
import type { FormHost } from './form-host.js';

// What several parts use is exported from here, which the form imports, so that it sits in the shared chunk the parts
// import (scripts/build-bundle.mjs) rather than in a chunk of its own, one more round trip after the part: a part's
// templates bring its styles with partStyles, the receipt and the drafts write moments with momentText.
export { partStyles } from './theme/part-styles.js';
export { momentText } from './i18n/moment-text.js';

const loaders = {
  answers: () => import('./lazy/answers-part.js'),
  combobox: () => import('./lazy/combobox-part.js'),
  files: () => import('./lazy/files-part.js'),
  drafts: () => import('./lazy/drafts-part.js'),
  english: () => import('./lazy/english-part.js'),
  rules: () => import('./lazy/rules-part.js'),
  patterns: () => import('./lazy/patterns-part.js'),
  prefill: () => import('./lazy/prefill-part.js'),
  dates: () => import('./lazy/dates-part.js'),
  latin: () => import('./lazy/latin-part.js'),
};

/** The name of a lazily loaded part. */
export type PartName = keyof typeof loaders;
type Parts = { [name in PartName]: Awaited<ReturnType<(typeof loaders)[name]>> };

const loaded: Partial<Parts> = {};
const loading = new Map<PartName, Promise<void>>();

/** A part if it has arrived, else undefined. */
export function loadedPart<Name extends PartName>(name: Name): Parts[Name] | undefined {
  return loaded[name];
}

/**
 * Loads parts that have not arrived yet. Returns undefined when all are there (the caller goes on at once),
 * else a promise that settles when they are; a part that failed to load is tried again on the next call.
 */
export function loadParts(names: Iterable<PartName>): Promise<void> | undefined {
  const waiting: Promise<void>[] = [];
  for (const name of names) {
    if (loaded[name]) continue;
    let promise = loading.get(name);
    if (!promise) {
      promise = (loaders[name]() as Promise<Parts[typeof name]>).then((module) => {
        (loaded as Record<PartName, unknown>)[name] = module;
      });
      loading.set(name, promise);
      const settled = () => void loading.delete(name);
      promise.then(settled, settled);
    }
    waiting.push(promise);
  }
  return waiting.length > 0 ? Promise.all(waiting).then(() => undefined) : undefined;
}

/**
 * A part for a template: there, or undefined while it loads, after which the form renders again. `<fim-form>` loads
 * the parts its definition needs before showing it, so this is the fallback, not the rule.
 */
export function partFor<Name extends PartName>(host: FormHost, name: Name): Parts[Name] | undefined {
  const part = loaded[name];
  if (!part) loadParts([name])?.then(() => host.structureChanged(), () => undefined);
  return part;
}

/** Settles when every part being loaded now has arrived or failed; undefined when none is loading. */
export function partsInFlight(): Promise<void> | undefined {
  if (loading.size === 0) return undefined;
  return Promise.allSettled(loading.values()).then(() => undefined);
}
