import type { Diagnostic } from '@fimforms/format';
import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { offsetInStringValue } from '../offset-in-string-value.js';
import type { Report, SemanticRule } from './semantic-rule.js';

/**
 * Help texts and descriptions are restricted Markdown (format.md §3.2): links only to `https:`,
 * `http:`, `mailto:`, `tel:`; no raw HTML (shown as text), no headings of level 1 or 2, no
 * images. Texts are read with mdast-util-from-markdown, the CommonMark parser inside remark-parse
 * (which the reference renderer uses), so the validator sees what a citizen's browser would —
 * without unified's plugin machinery, 4.6 KB gzip less in an editor's bundle.
 *
 * Markdown parsers are not linear on hostile input (micromark needs seconds for 10,000
 * characters of nested list markers), so a text is parsed only when it can hold a finding
 * (CAN_HOLD_FINDING), within a length and nesting limit, and within a budget per validation;
 * what is not parsed for those limits is reported, never silently passed.
 */
export const markdownTexts: SemanticRule = {
  name: 'markdown-texts',
  codes: ['markdown-link-scheme', 'markdown-raw-html', 'markdown-heading-level', 'markdown-image', 'markdown-not-checked'],
  check(context, report) {
    let budget = MAX_CHARACTERS_PER_VALIDATION;
    for (const site of context.texts) {
      if (!site.markdown) continue;
      for (const [language, text] of Object.entries(site.text)) {
        if (typeof text !== 'string') continue;
        // Past the limits a renderer may refuse the text too: reported whatever it holds.
        const beyond = unreadable(text);
        if (beyond === undefined && !CAN_HOLD_FINDING.test(text)) continue;
        const pointer = `${site.pointer}/${language}`;
        const reason = beyond ?? (budget < text.length ? 'budget' : undefined);
        if (reason !== undefined) {
          report(notChecked(pointer, reason));
          continue;
        }
        budget -= text.length;
        checkTree(fromMarkdown(text), pointer, report);
      }
    }
  },
};

/** Longest Markdown text parsed: four times the longest help text of the real FIM corpus (1,114). */
export const MAX_MARKDOWN_LENGTH = 4_000;
/** Most containers (block quotes, list items) one line may open. */
const MAX_LINE_NESTING = 8;
const MAX_CHARACTERS_PER_VALIDATION = 200_000;

// What a finding needs: `<` (HTML, autolinks), `#` or a setext underline (headings), `![`
// (images), a link definition or reference (`]:`, `][`), or an inline link whose destination does
// not start with an allowed scheme. Parsing costs about 2 µs per character, and most help texts
// hold none of these, or only links to https pages.
const CAN_HOLD_FINDING = /[<#]|!\[|\]:|\]\[|\]\((?!\s*(?:https?:|mailto:|tel:))|^ {0,3}(?:=+|-+)[ \t]*$/m;
const ALLOWED_SCHEME = /^(?:https?|mailto|tel):/i;
// Lines that open at least two containers or are indented: only those can nest deeply.
const MAY_NEST = /^[ \t]*(?:>|[-*+]|\d{1,9}[.)])[ \t]*(?:>|[-*+]|\d{1,9}[.)])|^(?: {5}|\t)/m;
// A line's leading containers: block-quote markers, list markers, and their indentation.
const LINE_PREFIX = /^(?:[ \t]*(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)))*/gm;

function unreadable(text: string): 'length' | 'nesting' | undefined {
  if (text.length > MAX_MARKDOWN_LENGTH) return 'length';
  if (!MAY_NEST.test(text)) return undefined;
  for (const prefix of text.matchAll(LINE_PREFIX)) {
    const containers = prefix[0].match(/>|[-*+]|\d{1,9}[.)]/g)?.length ?? 0;
    const indent = prefix[0].replace(/\t/g, '    ').length - prefix[0].replace(/[ \t]/g, '').length;
    if (containers > MAX_LINE_NESTING || indent > 4 * MAX_LINE_NESTING) return 'nesting';
  }
  return undefined;
}

// Iterative, so a deep tree cannot overflow the stack; one finding per code and text.
function checkTree(root: Nodes, pointer: string, report: Report): void {
  const reported = new Set<string>();
  const once = (node: Nodes, diagnostic: Diagnostic) => {
    if (reported.has(diagnostic.code)) return;
    reported.add(diagnostic.code);
    const offset = node.position?.start.offset;
    if (offset !== undefined) offsetInStringValue.set(diagnostic, { pointer, offset });
    report(diagnostic);
  };
  const stack: Nodes[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const finding = findingOf(node, pointer);
    if (finding) once(node, finding);
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
}

function findingOf(node: Nodes, pointer: string): Diagnostic | undefined {
  switch (node.type) {
    case 'link':
    case 'definition':
      return ALLOWED_SCHEME.test(node.url) ? undefined : linkScheme(node.url, pointer);
    case 'html':
      return finding('markdown-raw-html', 'warning', pointer,
        'Der Text enthält HTML; es wird als Text angezeigt, nicht als Auszeichnung (format.md §3.2).',
        'The text contains HTML; it is shown as text, not as markup (format.md §3.2).');
    case 'heading':
      return node.depth > 2 ? undefined : finding('markdown-heading-level', 'warning', pointer,
        `Überschriften der Ebene ${node.depth} gehören der Seite; in Hilfetexten sind die Ebenen 3 bis 6 vorgesehen (format.md §3.2).`,
        `Headings of level ${node.depth} belong to the page; help texts use levels 3 to 6 (format.md §3.2).`);
    case 'image':
    case 'imageReference':
      return finding('markdown-image', 'warning', pointer,
        'Bilder gehören nicht in Hilfetexte; Darstellungen dürfen sie weglassen und zeigen dann nur den Alternativtext (format.md §3.2).',
        'Images do not belong in help texts; renderers may drop them and show only the alternative text (format.md §3.2).');
    default:
      return undefined;
  }
}

function linkScheme(url: string, pointer: string): Diagnostic {
  const shown = url.length > 60 ? `${url.slice(0, 60)}…` : url;
  return finding('markdown-link-scheme', 'error', pointer,
    `Das Linkziel „${shown}“ ist nicht erlaubt; Links führen nur zu https:, http:, mailto: oder tel: (format.md §3.2).`,
    `The link destination "${shown}" is not allowed; links lead only to https:, http:, mailto: or tel: (format.md §3.2).`);
}

function notChecked(pointer: string, reason: 'length' | 'nesting' | 'budget'): Diagnostic {
  const why = {
    length: { de: `länger als ${MAX_MARKDOWN_LENGTH} Zeichen`, en: `longer than ${MAX_MARKDOWN_LENGTH} characters` },
    nesting: { de: `mehr als ${MAX_LINE_NESTING} verschachtelte Listen oder Zitate in einer Zeile`, en: `more than ${MAX_LINE_NESTING} nested lists or quotes on one line` },
    budget: { de: `über ${MAX_CHARACTERS_PER_VALIDATION} Zeichen Markdown in dieser Definition`, en: `beyond ${MAX_CHARACTERS_PER_VALIDATION} characters of Markdown in this definition` },
  }[reason];
  return finding('markdown-not-checked', 'warning', pointer,
    `Der Markdown-Text wurde nicht geprüft (${why.de}); Darstellungen können ihn ablehnen oder langsam verarbeiten.`,
    `The Markdown text was not checked (${why.en}); renderers may refuse it or process it slowly.`);
}

function finding(code: string, severity: 'error' | 'warning', pointer: string, de: string, en: string): Diagnostic {
  return { code, severity, pointer, message: { de, en } };
}
