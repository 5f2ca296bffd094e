/**
 * A link with no text ("[](https://…)", "[][ref]", only a picture without alt
 * text, or only raw HTML, which the sanitizer removes) would be an invisible
 * link no one can read or follow: it shows its address instead, as an
 * autolink does.
 */
import type { Link, LinkReference, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';

export function emptyLinkText() {
  return (tree: Root) => {
    // The first definition of a label is the one references use.
    const definitions = new Map<string, string>();
    visit(tree, 'definition', (node) => {
      if (!definitions.has(node.identifier)) definitions.set(node.identifier, node.url);
    });
    visit(tree, ['link', 'linkReference'], (node) => {
      const link = node as Link | LinkReference;
      const url = link.type === 'link' ? link.url : definitions.get(link.identifier);
      if (url && toString(link, { includeHtml: false }).trim() === '') link.children = [{ type: 'text', value: url }];
    });
  };
}
