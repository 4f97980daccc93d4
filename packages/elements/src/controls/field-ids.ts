import { parseJsonPointer } from '@fimforms/format';

/** Element ids inside the one shadow root, derived from instance paths (unique per form). */
export const fieldId = (path: string): string => `f-${path}`;
export const errorId = (path: string): string => `f-${path}-error`;
export const hintId = (path: string): string => `f-${path}-hint`;
export const groupId = (path: string): string => `g-${path}`;

/** The instance path of a submission JSON pointer (`/kinder/0/vorname` → `kinder.0.vorname`). */
export function pointerPath(pointer: string): string {
  return (parseJsonPointer(pointer) ?? []).join('.');
}
