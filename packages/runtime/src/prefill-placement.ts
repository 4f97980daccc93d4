import type { Diagnostic } from '@fimforms/format';
import type { ElementNode } from '@fimforms/expressions';
import { parentPath } from './instance-path.js';
import { MAX_ITEMS } from './read-submission.js';
import { beyondMaximum } from './prefill-beyond-maximum.js';

/** What placing needs of a prefill entry (`PrefillEntry` of prefill-entries.ts, which reads them). */
interface Placeable {
  path: string;
  node: ElementNode;
  provenance: { locked: boolean };
}

/** An index as instance paths write it: digits without a leading zero. */
const INDEX = /^(?:0|[1-9][0-9]*)$/;

/**
 * True when a path names one field instance of the structure (specs/runtime.md §2): an index
 * after each repeating element and nowhere else, so `telefon.0` and `kinder.1.vorname`, but not
 * `telefon`, `vorname.0` or `kinder.01.vorname`.
 */
export function namesFieldInstance(path: string, nodeOf: (path: string) => ElementNode | undefined): boolean {
  const segments = path.split('.');
  let prefix = '';
  let expectIndex = false;
  for (const segment of segments) {
    const index = INDEX.test(segment);
    if (index !== expectIndex) return false;
    prefix = prefix ? `${prefix}.${segment}` : segment;
    if (index) {
      expectIndex = false;
      continue;
    }
    const node = nodeOf(prefix);
    if (!node) return false;
    expectIndex = node.repeating;
  }
  return !expectIndex && nodeOf(path)?.kind === 'field';
}

/**
 * Where the entries of a prefill go (specs/runtime.md §4.6). A repeating field submits only its
 * filled instances, so its entries fill the first instances without gaps, the locked ones first
 * — an empty or editable instance before a locked one would move the locked value to another
 * index of the submission. An entry at or beyond an occurrence's maximum is dropped
 * (`prefill-beyond-maximum`). The browser and the server place a prefill by this one function.
 */
export function placePrefill<T extends Placeable>(entries: readonly T[], nodeOf: (path: string) => ElementNode | undefined, report: (diagnostic: Diagnostic) => void): T[] {
  const placed: T[] = [];
  for (const [given, entry] of packRepeatedFields(entries)) {
    if (withinMaximum(entry.path, nodeOf)) placed.push(entry);
    else report(beyondMaximum(given));
  }
  return placed;
}

/** Each entry with the path it was given, a repeating field's at the place it fills. */
function packRepeatedFields<T extends Placeable>(entries: readonly T[]): [string, T][] {
  const result: [string, T][] = [];
  const byOccurrence = new Map<string, T[]>();
  for (const entry of entries) {
    if (entry.node.repeating) {
      const occurrence = parentPath(entry.path);
      const list = byOccurrence.get(occurrence);
      if (list) list.push(entry);
      else byOccurrence.set(occurrence, [entry]);
    } else {
      result.push([entry.path, entry]);
    }
  }
  for (const [occurrence, list] of byOccurrence) {
    const ordered = list.map((entry) => ({ entry, index: Number(entry.path.slice(occurrence.length + 1)) }));
    ordered.sort((a, b) => Number(b.entry.provenance.locked) - Number(a.entry.provenance.locked) || a.index - b.index);
    ordered.forEach(({ entry }, i) => result.push([entry.path, { ...entry, path: `${occurrence}.${i}` }]));
  }
  return result;
}

/** True when every index on the path is below its occurrence's maximum (for `*` the items a submission may hold). */
function withinMaximum(path: string, nodeOf: (path: string) => ElementNode | undefined): boolean {
  const segments = path.split('.');
  let prefix = '';
  for (const segment of segments) {
    if (INDEX.test(segment) && Number(segment) >= Math.min(nodeOf(prefix)!.max, MAX_ITEMS)) return false;
    prefix = prefix ? `${prefix}.${segment}` : segment;
  }
  return true;
}
