/** Notes the plain text of the body's first paragraph with any text (not one holding only an image): the description of an edition without a summary. */
import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { EXIT, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { fileData } from './file-data.js';

/** What the paragraph says now: struck-through text ("~~Monday~~ Tuesday") is a correction, not part of a summary. */
const currentText = (node: Nodes): string => (node.type === 'delete' ? '' : 'children' in node ? node.children.map(currentText).join('') : toString(node));

export function firstParagraph() {
  return (tree: Root, vfile: VFile) => {
    const data = fileData(vfile);
    visit(tree, 'paragraph', (node) => {
      const text = currentText(node);
      if (text.trim() === '') return undefined;
      data.firstParagraph = text;
      return EXIT;
    });
  };
}
