/**
 * A link with no text ("[](https://…)", only a picture without alt text, or
 * only raw HTML, which the sanitizer removes) would be an invisible link no
 * one can read or follow: it shows its address instead, as an autolink does.
 */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';

export function emptyLinkText() {
  return (tree: Root) => {
    visit(tree, 'link', (node) => {
      if (node.url !== '' && toString(node, { includeHtml: false }).trim() === '') node.children = [{ type: 'text', value: node.url }];
    });
  };
}
