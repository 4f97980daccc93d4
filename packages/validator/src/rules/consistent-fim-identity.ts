import { appendPointer, type FimMetadata } from '@fimforms/format';
import type { Report, SemanticRule } from './semantic-rule.js';

/** The first element seen with one FIM id and version; `other` chains the id's other versions. */
interface FirstElement {
  version: string;
  key: string;
  value: unknown;
  other: FirstElement | undefined;
}

/**
 * One element per FIM id + version (specs/format.md §4.1): defined twice identically it is
 * redundant, defined twice differently it is contradictory. Several versions of one id in one
 * schema are a FIM warning (XDFM 1003).
 */
export const consistentFimIdentity: SemanticRule = {
  name: 'consistent-fim-identity',
  codes: ['inconsistent-fim-element', 'duplicate-fim-element', 'fim-element-multiple-versions'],
  check(context, report) {
    // Keyed by id alone, versions chained (ids rarely have more than one): one small object
    // per element, no composite key string and no set per element.
    const byId = new Map<string, FirstElement>();
    const visit = (map: 'fields' | 'groups', key: string, fim: FimMetadata, value: unknown) => {
      const version = fim.version ?? '';
      const seen = byId.get(fim.id);
      let first = seen;
      while (first && first.version !== version) first = first.other;
      if (first) {
        reportRepeated(fim, version, first, key, value, appendPointer('', map, key, 'fim', 'id'), report);
        return;
      }
      if (seen) multipleVersions(fim.id, appendPointer('', map, key, 'fim', 'id'), report);
      byId.set(fim.id, { version, key, value, other: seen });
    };
    for (const [key, field] of context.fields) if (field.fim) visit('fields', key, field.fim, field);
    for (const [key, group] of context.groups) if (group.fim) visit('groups', key, group.fim, group);
  },
};

function reportRepeated(fim: FimMetadata, version: string, first: FirstElement, key: string, value: unknown, pointer: string, report: Report): void {
  // Serialised only on a collision: comparing every element would cost more than all other rules.
  const same = sameContent(first.value, value);
  report({
    code: same ? 'duplicate-fim-element' : 'inconsistent-fim-element',
    severity: same ? 'warning' : 'error',
    pointer,
    message: same
      ? {
          de: `${fim.id} ${version} ist unter „${first.key}“ und „${key}“ gleich definiert; ein Eintrag genügt.`,
          en: `${fim.id} ${version} is defined identically under "${first.key}" and "${key}"; one entry suffices.`,
        }
      : {
          de: `${fim.id} ${version} ist unter „${first.key}“ und „${key}“ unterschiedlich definiert.`,
          en: `${fim.id} ${version} is defined differently under "${first.key}" and "${key}".`,
        },
  });
}

function multipleVersions(id: string, pointer: string, report: Report): void {
  report({
    code: 'fim-element-multiple-versions',
    severity: 'warning',
    pointer,
    message: {
      de: `${id} ist in mehreren Versionen enthalten (XDFM 1003).`,
      en: `${id} is included in several versions (XDFM 1003).`,
    },
  });
}

// Identical apart from the technical name (format.md §4.1).
function sameContent(a: unknown, b: unknown): boolean {
  const strip = (value: unknown) => JSON.stringify({ ...(value as object), name: undefined });
  return strip(a) === strip(b);
}
