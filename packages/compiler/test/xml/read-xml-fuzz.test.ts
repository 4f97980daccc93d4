import fc from 'fast-check';
import { escapeXmlAttribute, escapeXmlText, readXml, type XmlElement } from '@fimforms/format';
import { describe, expect, it } from 'vitest';

/** Runs per property: bounded, deterministic per seed (fast-check prints it on failure). */
const RUNS = 300;

interface Tree {
  name: string;
  attributes: { [name: string]: string };
  text: string;
  children: Tree[];
}

const NAME = fc.constantFrom('a', 'b', 'feld', 'x-y', 'z.1', '_q');
// Text XML can carry, including what must be escaped and what the reader must normalize.
const TEXT = fc.string({ unit: fc.constantFrom('a', 'ä', '€', '😀', '<', '>', '&', '"', "'", ']]>', '\t', '\n', '\r', ' ', '\u00a0'), maxLength: 12 });
const { tree: TREE } = fc.letrec<{ tree: Tree }>((recurse) => ({
  tree: fc.record({
    name: NAME,
    attributes: fc.dictionary(fc.constantFrom('k', 'l', 'listURI'), TEXT, { maxKeys: 2 }),
    text: TEXT,
    children: fc.oneof({ maxDepth: 4, depthIdentifier: 'tree' }, fc.constant<Tree[]>([]), fc.array(recurse('tree'), { maxLength: 3 })),
  }),
}));

function write(tree: Tree): string {
  const attributes = Object.entries(tree.attributes).map(([name, value]) => ` ${name}="${escapeXmlAttribute(value)}"`).join('');
  return `<${tree.name}${attributes}>${escapeXmlText(tree.text)}${tree.children.map(write).join('')}</${tree.name}>`;
}

function shape(element: XmlElement): Tree {
  return { name: element.local, attributes: { ...element.attributes }, text: element.text, children: element.children.map(shape) };
}

// Element text is the concatenation of its direct text; the writer above puts it before the children.
function expected(tree: Tree): Tree {
  return { ...tree, children: tree.children.map(expected) };
}

const SOUP = fc.array(fc.constantFrom('<', '>', '</', '/>', 'a', '="', '"', "'", '&', '&amp;', '&#0;', '&#x10FFFF;', '<!DOCTYPE a>', '<![CDATA[', ']]>', '<!--', '-->', '<?x', '?>', 'xmlns:p="u"', 'p:', ' ', '\n', '\u0000', '\ud800'), { maxLength: 40 }).map((parts) => parts.join(''));

describe('fuzzing the shared XML reader (issue #15)', () => {
  it(`reads back every escaped tree exactly (${RUNS} trees)`, () => {
    fc.assert(
      fc.property(TREE, (tree) => {
        const read = readXml(write(tree));
        expect(read.ok && shape(read.root)).toEqual(expected(tree));
      }),
      { numRuns: RUNS },
    );
  });

  it(`never throws on markup soup and locates every problem at line and column ≥ 1 (${RUNS} documents)`, () => {
    fc.assert(
      fc.property(fc.oneof(SOUP, fc.string({ unit: 'binary', maxLength: 100 })), (xml) => {
        const read = readXml(xml);
        if (read.ok) return;
        expect(read.problem.line).toBeGreaterThanOrEqual(1);
        expect(read.problem.column).toBeGreaterThanOrEqual(1);
        expect(read.problem.message.de).not.toBe('');
      }),
      { numRuns: RUNS },
    );
  });
});
