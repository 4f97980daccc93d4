import type { ElementNode } from '@fimforms/expressions';
import type { FormEngine } from './form-engine.js';

/**
 * The submission object of a form (specs/submission.md §2): keyed by technical names, groups
 * as objects, occurrences with max > 1 as arrays; hidden elements, `label` fields and empty
 * values are absent; `hidden`/`locked` fields carry their fixed value.
 */
export function serializeSubmission(form: FormEngine): Record<string, unknown> {
  return group(form, form.formModel.index.roots, '') ?? {};
}

function group(form: FormEngine, children: readonly ElementNode[], path: string): Record<string, unknown> | undefined {
  const entries: [string, unknown][] = [];
  for (const child of children) {
    const value = occurrence(form, child, path ? `${path}.${child.name}` : child.name);
    if (value !== undefined) entries.push([child.name, value]);
  }
  // Object.fromEntries defines own properties, so even a name like `__proto__` stays data.
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

function occurrence(form: FormEngine, node: ElementNode, path: string): unknown {
  if (!node.repeating) return form.isVisible(path) ? instance(form, node, path) : undefined;
  const items: unknown[] = [];
  for (let i = 0; i < form.instanceCount(path); i++) {
    const at = `${path}.${i}`;
    if (!form.isVisible(at)) continue;
    const value = instance(form, node, at);
    // Group instances are kept even when empty (their count matters); empty field instances are not.
    if (node.kind === 'group') items.push(value ?? {});
    else if (value !== undefined) items.push(value);
  }
  return items.length > 0 ? items : undefined;
}

function instance(form: FormEngine, node: ElementNode, path: string): unknown {
  if (node.kind === 'group') return group(form, node.children, path);
  if (node.field?.control === 'label') return undefined;
  return form.getValue(path);
}
