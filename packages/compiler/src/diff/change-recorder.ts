import type { ChangeClass, PayloadChange } from './payload-change.js';

/** Where a change happened: the two definitions' pointers, the payload path, the versioned element that owns it. */
export interface ChangeSite {
  pointer: string;
  oldPointer: string;
  path: string;
  /** Key of the group or field type whose content changed (`""` for the root). */
  owner: OwnerRef;
}

/** A group or field type of the new model, identified by kind and key. */
export interface OwnerRef {
  kind: 'group' | 'field';
  key: string;
}

/** Collects changes and which types they changed (for version advice). */
export class ChangeRecorder {
  readonly changes: PayloadChange[] = [];
  /** `group:key` / `field:key` → strongest class of that type's own changes. */
  readonly byOwner = new Map<string, ChangeClass>();

  record(code: string, changeClass: ChangeClass, site: ChangeSite, de: string, en: string): void {
    this.changes.push({ code, class: changeClass, pointer: site.pointer, oldPointer: site.oldPointer, path: site.path, message: { de, en } });
    const key = `${site.owner.kind}:${site.owner.key}`;
    this.byOwner.set(key, stronger(this.byOwner.get(key), changeClass));
  }
}

const RANK: { [c in ChangeClass]: number } = { text: 1, compatible: 2, breaking: 3 };

/** The stronger of two classes (`undefined` is weaker than any). */
export function stronger(a: ChangeClass | undefined, b: ChangeClass | undefined): ChangeClass {
  if (a === undefined) return b ?? 'text';
  if (b === undefined) return a;
  return RANK[a] >= RANK[b] ? a : b;
}

/** Sort order of classes in a report: breaking first. */
export function classRank(changeClass: ChangeClass): number {
  return 3 - RANK[changeClass];
}
