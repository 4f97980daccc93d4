import type { FimMetadata } from '@fimforms/format';
import { appendPointer } from '../json-pointer.js';
import type { SemanticRule } from './semantic-rule.js';

/**
 * One element per FIM id + version (specs/format.md §4.1): defined twice identically it is
 * redundant, defined twice differently it is contradictory. Several versions of one id in one
 * schema are a FIM warning (XDFM 1003).
 */
export const consistentFimIdentity: SemanticRule = {
  name: 'consistent-fim-identity',
  codes: ['inconsistent-fim-element', 'duplicate-fim-element', 'fim-element-multiple-versions'],
  check(context, report) {
    const entries: Array<{ map: 'fields' | 'groups'; key: string; fim: FimMetadata; value: unknown }> = [];
    for (const [key, field] of context.fields) if (field.fim) entries.push({ map: 'fields', key, fim: field.fim, value: field });
    for (const [key, group] of context.groups) if (group.fim) entries.push({ map: 'groups', key, fim: group.fim, value: group });
    const byIdentity = new Map<string, { key: string; value: unknown }>();
    const versionsById = new Map<string, Set<string>>();
    for (const entry of entries) {
      const pointer = () => appendPointer('', entry.map, entry.key, 'fim', 'id');
      const version = entry.fim.version ?? '';
      const identity = `${entry.fim.id}\u0000${version}`;
      const first = byIdentity.get(identity);
      if (first) {
        // Serialised only on a collision: comparing every element would cost more than all other rules.
        const same = sameContent(first.value, entry.value);
        report({
          code: same ? 'duplicate-fim-element' : 'inconsistent-fim-element',
          severity: same ? 'warning' : 'error',
          pointer: pointer(),
          message: same
            ? {
                de: `${entry.fim.id} ${version} ist unter „${first.key}“ und „${entry.key}“ gleich definiert; ein Eintrag genügt.`,
                en: `${entry.fim.id} ${version} is defined identically under "${first.key}" and "${entry.key}"; one entry suffices.`,
              }
            : {
                de: `${entry.fim.id} ${version} ist unter „${first.key}“ und „${entry.key}“ unterschiedlich definiert.`,
                en: `${entry.fim.id} ${version} is defined differently under "${first.key}" and "${entry.key}".`,
              },
        });
      } else {
        byIdentity.set(identity, { key: entry.key, value: entry.value });
      }
      const versions = versionsById.get(entry.fim.id) ?? new Set<string>();
      if (versions.size > 0 && !versions.has(version)) {
        report({
          code: 'fim-element-multiple-versions',
          severity: 'warning',
          pointer: pointer(),
          message: {
            de: `${entry.fim.id} ist in mehreren Versionen enthalten (XDFM 1003).`,
            en: `${entry.fim.id} is included in several versions (XDFM 1003).`,
          },
        });
      }
      versions.add(version);
      versionsById.set(entry.fim.id, versions);
    }
  },
};

// Identical apart from the technical name (format.md §4.1).
function sameContent(a: unknown, b: unknown): boolean {
  const strip = (value: unknown) => JSON.stringify({ ...(value as object), name: undefined });
  return strip(a) === strip(b);
}
