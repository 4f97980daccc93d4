import { appendPointer } from '@fimforms/format';
import { FORBIDDEN_KEYS } from './forbidden-keys.js';

/** What {@link scanValue} found: the first object or array nested too deep, and every forbidden key. */
export interface ValueScan {
  /** Pointer of the first object/array deeper than the limit (the root is depth 1). */
  tooDeep?: string;
  /** Pointers of own `__proto__`, `constructor` and `prototype` keys, in document order. */
  forbiddenKeys: string[];
}

/**
 * One depth-first pass over a parsed value. It recurses, but never deeper than `maxDepth`
 * (256 by default), so a 100,000-deep or cyclic value stops at the limit instead of overflowing
 * the stack; pointers are built only for findings.
 */
export function scanValue(value: unknown, maxDepth: number): ValueScan {
  const scan: ValueScan = { forbiddenKeys: [] };
  if (typeof value !== 'object' || value === null) return scan;
  const path: Array<string | number> = [];
  // for…in also yields inherited enumerable keys: only a clean Object.prototype makes it
  // equal to Object.keys on a plain object (checked per scan: it could be polluted later).
  const plainKeysByForIn = Object.keys(Object.prototype).length === 0;
  const visitMember = (key: string, child: unknown, depth: number): boolean => {
    if (FORBIDDEN_KEYS.has(key)) {
      scan.forbiddenKeys.push(appendPointer('', ...path, key));
      return true;
    }
    if (typeof child !== 'object' || child === null) return true;
    path.push(key);
    const ok = visit(child, depth + 1);
    path.pop();
    return ok;
  };
  const visit = (node: object, depth: number): boolean => {
    if (depth > maxDepth) {
      scan.tooDeep = appendPointer('', ...path);
      return false;
    }
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const child: unknown = node[i];
        if (typeof child !== 'object' || child === null) continue;
        path.push(i);
        const ok = visit(child, depth + 1);
        path.pop();
        if (!ok) return false;
      }
      return true;
    }
    const members = node as { [key: string]: unknown };
    // A plain object's own enumerable keys in Object.keys order, without allocating the key
    // array (a quarter of this pass on large definitions); other prototypes take Object.keys.
    if (plainKeysByForIn && Object.getPrototypeOf(node) === Object.prototype) {
      for (const key in members) if (!visitMember(key, members[key], depth)) return false;
      return true;
    }
    for (const key of Object.keys(node)) if (!visitMember(key, members[key], depth)) return false;
    return true;
  };
  visit(value, 1);
  return scan;
}
