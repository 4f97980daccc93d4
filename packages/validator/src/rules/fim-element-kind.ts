import { appendPointer, type Field, type FieldGroup } from '@fimforms/format';
import type { Report, SemanticRule } from './semantic-rule.js';

/**
 * Schemaelementart: fields are never abstract and schemas use only harmonised or
 * rechtsnormgebundene elements (XDFM 1013, 1014); a rechtsnormgebundenes element names its
 * legal basis (XDFM 1006).
 */
export const fimElementKind: SemanticRule = {
  name: 'fim-element-kind',
  codes: ['fim-abstract-element', 'fim-legal-basis-missing'],
  check(context, report) {
    const elements: Array<readonly ['fields' | 'groups', ReadonlyArray<[string, Field | FieldGroup]>]> = [
      ['fields', context.fields],
      ['groups', context.groups],
    ];
    // Elements whose embedding (Struktur `bezug`) names a legal basis: the finding then says
    // where the text already stands, since XDFM 1006 wants it on the element itself.
    // Collected on the first RNG element without one: most definitions have none.
    let placedWithBasis: Set<unknown> | undefined;
    const embeddingHasBasis = (e: Field | FieldGroup) => {
      placedWithBasis ??= new Set(context.visits.filter((v) => (v.occurrence.legalBases ?? []).length > 0).map((v) => v.target.element));
      return placedWithBasis.has(e);
    };
    for (const [map, entries] of elements) {
      for (const [key, e] of entries) {
        const kind = e.fim?.elementKind;
        // Most elements have no kind to check: their pointer is built only for a finding.
        if (kind === 'ABS' || kind === 'RNG') checkKind(kind, e, appendPointer('', map, key), () => embeddingHasBasis(e), report);
      }
    }
  },
};

function checkKind(kind: 'ABS' | 'RNG', e: Field | FieldGroup, base: string, embeddingHasBasis: () => boolean, report: Report): void {
  if (kind === 'ABS') {
    report({
      code: 'fim-abstract-element',
      severity: 'warning',
      pointer: `${base}/fim/elementKind`,
      message: { de: 'Abstrakte Elemente gehören nicht in ein Datenschema (XDFM 1013, 1014).', en: 'Abstract elements do not belong in a schema (XDFM 1013, 1014).' },
    });
  } else if (kind === 'RNG' && (e.legalBases ?? []).length === 0) {
    report({
      code: 'fim-legal-basis-missing',
      severity: 'warning',
      pointer: base,
      message: {
        de: 'Ein rechtsnormgebundenes Element braucht einen Bezug zur Handlungsgrundlage („legalBases“, XDFM 1006).',
        en: 'A rechtsnormgebunden element needs a legal basis ("legalBases", XDFM 1006).',
      },
      ...(embeddingHasBasis()
        ? {
            hint: {
              de: 'Die Einbindung des Elements („legalBases“ der Struktur) nennt eine; XDFM 1006 verlangt sie am Element selbst.',
              en: 'The element\'s embedding (the occurrence\'s "legalBases") names one; XDFM 1006 wants it on the element itself.',
            },
          }
        : {}),
    });
  }
}
