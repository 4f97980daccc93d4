import type { LegalBasis } from '@fimforms/format';
import { nonEmpty, type ElementReader } from './element-reader.js';
import type { ImportContext } from './import-context.js';

/**
 * Reads the Bezüge (legal bases) of an element or a `struktur`: xdf3 `bezug*` with optional
 * `@link`; xdf2 one string, split on `;` as the FIM upcast does (specs/fim-mapping.md). Empty
 * `bezug` elements carry nothing and are skipped; a `link` that is not an absolute URI is
 * reported and left out (the format requires a URI).
 */
export function readBezug(reader: ElementReader, context: ImportContext): LegalBasis[] | undefined {
  const result: LegalBasis[] = [];
  for (const element of reader.all('bezug')) {
    const text = nonEmpty(element.text);
    if (text === undefined) continue;
    if (context.version === '2.0') {
      for (const part of text.split(';')) {
        const trimmed = part.trim();
        if (trimmed !== '') result.push({ text: trimmed });
      }
      continue;
    }
    const basis: LegalBasis = { text };
    const link = nonEmpty(element.attributes['link']);
    if (link !== undefined && isAbsoluteUri(link)) basis.link = link;
    else if (link !== undefined) {
      context.report('xdf-invalid-link', 'warning', element, {
        de: `Der Link „${link}“ ist keine absolute URI; er wird nicht übernommen.`,
        en: `The link "${link}" is not an absolute URI; it is not imported.`,
      });
      context.count('invalid-link');
    }
    result.push(basis);
  }
  return result.length > 0 ? result : undefined;
}

function isAbsoluteUri(text: string): boolean {
  return /^[A-Za-z][A-Za-z0-9+.-]*:[^\s]*$/.test(text);
}
