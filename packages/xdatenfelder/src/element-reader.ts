import type { ImportContext } from './import-context.js';
import type { XmlElement } from './xml-element.js';

/**
 * Reads the children of one XDatenfelder element by local name and remembers which were
 * read, so that {@link ElementReader.finish} can report every child no reader understood —
 * nothing is dropped silently. Children in another namespace than the element's (except the
 * unqualified `<code>`) are unknown too.
 */
export class ElementReader {
  private readonly read = new Set<string>();
  // Children by local name, built once: elements with thousands of relations are read by
  // about thirty lookups each.
  private readonly byName = new Map<string, XmlElement[]>();

  constructor(
    readonly element: XmlElement,
    private readonly context: ImportContext,
  ) {
    for (const child of element.children) {
      if (child.uri !== element.uri) continue;
      const list = this.byName.get(child.local);
      if (list) list.push(child);
      else this.byName.set(child.local, [child]);
    }
  }

  /** Every child with this local name, in document order. */
  all(local: string): XmlElement[] {
    this.read.add(local);
    return this.byName.get(local) ?? [];
  }

  /** The first child with this local name (duplicates are reported). */
  one(local: string): XmlElement | undefined {
    const found = this.all(local);
    if (found.length > 1) {
      this.context.report('xdf-duplicate-child', 'warning', found[1]!, {
        de: `Das Element <${local}> ist mehrfach angegeben; nur das erste wird gelesen.`,
        en: `The element <${local}> occurs more than once; only the first is read.`,
      });
      this.context.count('duplicate-child', found.length - 1);
    }
    return found[0];
  }

  /** The trimmed text of a child, or `undefined` when the child is absent or empty. */
  text(local: string): string | undefined {
    return nonEmpty(this.one(local)?.text);
  }

  /** The `<code>` of a code-typed child (unqualified per xoev-code.xsd), trimmed. */
  code(local: string): string | undefined {
    const element = this.one(local);
    if (element === undefined) return undefined;
    const code = element.children.find((child) => child.local === 'code');
    return nonEmpty(code?.text ?? element.text);
  }

  /** Reports the children nobody read as unknown elements. */
  finish(): void {
    for (const child of this.element.children) {
      if (child.uri === this.element.uri && this.read.has(child.local)) continue;
      this.context.report('xdf-unknown-element', 'warning', child, {
        de: `Unbekanntes Element <${child.local}> in <${this.element.local}>; es wird nicht übernommen.`,
        en: `Unknown element <${child.local}> in <${this.element.local}>; it is not imported.`,
      });
      this.context.count('unknown-element');
    }
  }
}

/** Trims text; empty text counts as absent (xdf2 writes required-but-empty elements). */
export function nonEmpty(text: string | undefined): string | undefined {
  const trimmed = text?.trim();
  return trimmed === undefined || trimmed === '' ? undefined : trimmed;
}
