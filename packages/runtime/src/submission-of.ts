import type { ElementNode } from '@fimforms/expressions';
import type { FormView } from './form-view.js';

/**
 * The submission object of a form (specs/submission.md §2): keyed by technical names, groups
 * as objects, occurrences with max > 1 as arrays; hidden elements, `label` fields and empty
 * values are absent; `hidden`/`locked` fields carry their fixed value where their group is present.
 */
export function submissionOf(form: FormView): Record<string, unknown> {
  return group(form, form.model.index.roots, '') ?? {};
}

function group(form: FormView, children: readonly ElementNode[], path: string): Record<string, unknown> | undefined {
  const entries: [string, unknown][] = [];
  for (const child of children) {
    const value = occurrence(form, child, path ? `${path}.${child.name}` : child.name);
    if (value !== undefined) entries.push([child.name, value]);
  }
  // Object.fromEntries defines own properties, so even a name like `__proto__` stays data.
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

function occurrence(form: FormView, node: ElementNode, path: string): unknown {
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

function instance(form: FormView, node: ElementNode, path: string): unknown {
  if (node.kind === 'group') {
    // A fixed value alone does not make a group present: an optional group nobody filled in
    // stays absent, fixed values and all (specs/submission.md §2).
    if (!node.repeating && !form.groupPresent(node, path)) return undefined;
    return group(form, node.children, path);
  }
  if (node.field?.control === 'label') return undefined;
  return form.valueOf(path, node);
}
