import type { Diagnostic } from '@fimforms/format';
import { limitExceeded, MARKDOWN_LIMITS, mayHoldFinding } from '@fimforms/markdown';
import { MARKDOWN_FINDING_CODES, markdownFindings, type MarkdownFinding } from '@fimforms/markdown/parse';
import { offsetInStringValue } from '../offset-in-string-value.js';
import type { SemanticRule } from './semantic-rule.js';

/**
 * Help texts, descriptions and the content of label-only notices are restricted Markdown
 * (format.md §3.2, §5.5), checked by @fimforms/markdown — the package renderers use, so what the
 * validator allows and what a citizen's browser shows are one definition. A text beyond the
 * parsing limits is not read as Markdown by either: renderers show it as plain text, and it is
 * reported as such. Parsing is not linear on hostile input, so besides the package's per-text
 * limits the validator parses at most MAX_CHARACTERS_PER_VALIDATION characters per definition.
 */
export const markdownTexts: SemanticRule = {
  name: 'markdown-texts',
  codes: [...MARKDOWN_FINDING_CODES],
  check(context, report) {
    let budget = MAX_CHARACTERS_PER_VALIDATION;
    for (const site of context.texts) {
      if (!site.markdown) continue;
      for (const [language, text] of Object.entries(site.text)) {
        if (typeof text !== 'string') continue;
        const beyondLimits = limitExceeded(text) !== undefined;
        if (!beyondLimits && !mayHoldFinding(text)) continue;
        const pointer = `${site.pointer}/${language}`;
        if (!beyondLimits && budget < text.length) {
          report(overBudget(pointer));
          continue;
        }
        if (!beyondLimits) budget -= text.length;
        for (const finding of markdownFindings(text)) report(located(diagnosticOf(finding, pointer), pointer, finding.offset));
      }
    }
  },
};

const MAX_CHARACTERS_PER_VALIDATION = 200_000;

function located(diagnostic: Diagnostic, pointer: string, offset: number): Diagnostic {
  offsetInStringValue.set(diagnostic, { pointer, offset });
  return diagnostic;
}

function diagnosticOf(finding: MarkdownFinding, pointer: string): Diagnostic {
  switch (finding.code) {
    case 'markdown-link-scheme': {
      const url = finding.destination;
      const shown = url.length > 60 ? `${url.slice(0, 60)}…` : url;
      return diagnostic(finding.code, 'error', pointer,
        `Das Linkziel „${shown}“ ist nicht erlaubt; Links führen nur zu https:, http:, mailto: oder tel: (format.md §3.2).`,
        `The link destination "${shown}" is not allowed; links lead only to https:, http:, mailto: or tel: (format.md §3.2).`);
    }
    case 'markdown-raw-html':
      return diagnostic(finding.code, 'warning', pointer,
        'Der Text enthält HTML; es wird als Text angezeigt, nicht als Auszeichnung (format.md §3.2).',
        'The text contains HTML; it is shown as text, not as markup (format.md §3.2).');
    case 'markdown-heading-level':
      return diagnostic(finding.code, 'warning', pointer,
        `Überschriften der Ebene ${finding.depth} gehören der Seite; in Hilfetexten sind die Ebenen 3 bis 6 vorgesehen (format.md §3.2).`,
        `Headings of level ${finding.depth} belong to the page; help texts use levels 3 to 6 (format.md §3.2).`);
    case 'markdown-image':
      return diagnostic(finding.code, 'warning', pointer,
        'Bilder gehören nicht in Hilfetexte; Darstellungen dürfen sie weglassen und zeigen dann nur den Alternativtext (format.md §3.2).',
        'Images do not belong in help texts; renderers may drop them and show only the alternative text (format.md §3.2).');
    case 'markdown-not-checked': {
      const why = finding.reason === 'length'
        ? { de: `länger als ${MARKDOWN_LIMITS.maxLength} Zeichen`, en: `longer than ${MARKDOWN_LIMITS.maxLength} characters` }
        : { de: `mehr als ${MARKDOWN_LIMITS.maxLineNesting} verschachtelte Listen oder Zitate in einer Zeile oder mehr als ${MARKDOWN_LIMITS.maxLineIndent} Spalten Einrückung`,
            en: `more than ${MARKDOWN_LIMITS.maxLineNesting} nested lists or quotes on one line, or more than ${MARKDOWN_LIMITS.maxLineIndent} columns of indentation` };
      return diagnostic(finding.code, 'warning', pointer,
        `Der Text wird nicht als Markdown gelesen, sondern als reiner Text angezeigt, wie er geschrieben ist (${why.de}; format.md §3.2).`,
        `The text is not read as Markdown but shown as plain text, as written (${why.en}; format.md §3.2).`);
    }
  }
}

// Past the budget the text is still rendered as (sanitized) Markdown; only this check is skipped.
function overBudget(pointer: string): Diagnostic {
  return diagnostic('markdown-not-checked', 'warning', pointer,
    `Der Markdown-Text wurde nicht geprüft (über ${MAX_CHARACTERS_PER_VALIDATION} Zeichen Markdown in dieser Definition); Darstellungen bereinigen ihn trotzdem (format.md §3.2).`,
    `The Markdown text was not checked (beyond ${MAX_CHARACTERS_PER_VALIDATION} characters of Markdown in this definition); renderers sanitize it all the same (format.md §3.2).`);
}

function diagnostic(code: string, severity: 'error' | 'warning', pointer: string, de: string, en: string): Diagnostic {
  return { code, severity, pointer, message: { de, en } };
}
