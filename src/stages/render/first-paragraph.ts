/** Notes the plain text of the body's first paragraph with any text (not one holding only an image): the description of an edition without a summary. */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { EXIT, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { fileData } from './file-data.js';

export function firstParagraph() {
  return (tree: Root, vfile: VFile) => {
    const data = fileData(vfile);
    visit(tree, 'paragraph', (node) => {
      data.firstParagraph = toString(node);
      return data.firstParagraph === '' ? undefined : EXIT;
    });
  };
}
