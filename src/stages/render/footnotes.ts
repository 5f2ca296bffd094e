/**
 * GFM footnotes that work without JavaScript, in the site's language, with ids
 * no other file on the page shares. mdast-util-to-hast names a note after its
 * label ("[^Élan]" gives the id "fn-%c3%a9lan", which is not a valid id), and
 * the sanitizer prefixes ids but not the links to them (GitHub mends those with
 * JavaScript). So labels become numbers before the conversion, the sanitizer
 * prefixes the ids with the file's own prefix, and the links follow after it.
 */
import type { Root as HastRoot } from 'hast';
import type { FootnoteDefinition, FootnoteReference, Root } from 'mdast';
import type { Options as ToHastOptions } from 'mdast-util-to-hast';
import { SKIP, visit } from 'unist-util-visit';
import type { MarkdownLabels } from '../../model/index.js';
import { fillIn } from './labels.js';

/**
 * Before the conversion: each note's label becomes its number, as the reader counts: the text's
 * references in order, then references inside the notes, as the notes are read (mdast-util-to-hast
 * numbers the notes that way). Notes never referenced are numbered after them (and not shown).
 */
export function numberFootnotes() {
  return (tree: Root) => {
    const numbers = new Map<string, string>();
    const renumber = (node: FootnoteReference | FootnoteDefinition) => {
      let number = numbers.get(node.identifier);
      if (number === undefined) numbers.set(node.identifier, (number = String(numbers.size + 1)));
      node.identifier = number;
      node.label = number;
    };
    const notes = new Map<string, FootnoteDefinition>();
    visit(tree, 'footnoteDefinition', (note) => void (notes.has(note.identifier) || notes.set(note.identifier, note)));
    visit(tree, (node) => {
      if (node.type === 'footnoteDefinition') return SKIP;
      if (node.type === 'footnoteReference') renumber(node);
      return undefined;
    });
    // A Map's loop also reaches entries added during it: a note referenced only from another note is read after it.
    for (const [identifier] of numbers) {
      const note = notes.get(identifier);
      if (note) visit(note, 'footnoteReference', renumber);
    }
    visit(tree, 'footnoteDefinition', renumber);
  };
}

/** How mdast-util-to-hast writes the notes: unprefixed ids (the sanitizer adds the file's prefix), labels in the site's language. */
export function footnoteOptions(labels: MarkdownLabels): ToHastOptions {
  return {
    clobberPrefix: '',
    footnoteLabel: labels.footnotes,
    // A visible heading, not GitHub's "sr-only" one: the notes need a title on paper and screen alike.
    footnoteLabelProperties: {},
    footnoteBackLabel: (note, reference) => fillIn(labels.backToReference, { n: `${note + 1}${reference > 1 ? `-${reference}` : ''}` }),
    // U+FE0E asks for the arrow as text: iOS otherwise draws "↩" as a coloured emoji.
    footnoteBackContent: (_, reference) => [
      { type: 'text', value: '↩\uFE0E' },
      ...(reference > 1 ? [{ type: 'element' as const, tagName: 'sup', properties: {}, children: [{ type: 'text' as const, value: String(reference) }] }] : []),
    ],
  };
}

/** After the sanitizer: the links between references and notes point at the ids it prefixed with `prefix`. */
export function linkFootnotes(tree: HastRoot, prefix: string): void {
  visit(tree, 'element', (node) => {
    const { properties } = node;
    if (node.tagName !== 'a' || !('dataFootnoteRef' in properties || 'dataFootnoteBackref' in properties)) return;
    const href = properties['href'];
    if (typeof href === 'string' && href.startsWith('#')) properties['href'] = `#${prefix}${href.slice(1)}`;
  });
}
