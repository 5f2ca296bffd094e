/**
 * Markdown that would render as an element with nothing in it, which readers
 * cannot use and html-validate refuses: a heading with no text ("#" alone, or
 * only raw HTML, which the sanitizer removes) is left out; a link with no
 * text ("[](https://…)", "[][ref]", a picture without alt text) shows its
 * address instead, as an autolink does, and one with no address either
 * ("[]()") is left out; a picture with no alt text but a title
 * ('![](media/map.png "The front line")') takes its title as alt text, since
 * an empty alt says the picture is decoration.
 */
import type { Definition, Image, ImageReference, Link, LinkReference, Nodes, Parents, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';

/** Text a reader sees: raw HTML is removed by the sanitizer; a picture's alt text counts. */
const isEmpty = (node: Nodes) => toString(node, { includeHtml: false }).trim() === '';

/** Before the headings are renumbered: an empty "#" must not push the others down a level. */
export function dropEmptyHeadings() {
  return (tree: Root) => {
    visit(tree, 'heading', (node, index, parent?: Parents) => {
      if (parent === undefined || index === undefined || !isEmpty(node)) return;
      parent.children.splice(index, 1);
      return [SKIP, index];
    });
  };
}

/** After link addresses are resolved, so an empty link shows the address it leads to. */
export function emptyLinkText() {
  return (tree: Root) => {
    // The first definition of a label is the one references use.
    const definitions = new Map<string, string>();
    visit(tree, 'definition', (node) => {
      if (!definitions.has(node.identifier)) definitions.set(node.identifier, node.url);
    });
    visit(tree, ['link', 'linkReference'], (node, index, parent?: Parents) => {
      const link = node as Link | LinkReference;
      if (!isEmpty(link)) return;
      const url = link.type === 'link' ? link.url : definitions.get(link.identifier);
      if (url) {
        link.children = [{ type: 'text', value: url }];
      } else if (parent !== undefined && index !== undefined) {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      return undefined;
    });
  };
}

/** Before the sanitizer: html-validate refuses a title on a picture whose empty alt marks it as decoration. */
export function altFromTitle() {
  return (tree: Root) => {
    const definitions = new Map<string, Definition>();
    visit(tree, 'definition', (node) => {
      if (!definitions.has(node.identifier)) definitions.set(node.identifier, node);
    });
    visit(tree, ['image', 'imageReference'], (node) => {
      const picture = node as Image | ImageReference;
      if (picture.alt?.trim()) return;
      const titled = picture.type === 'image' ? picture : definitions.get(picture.identifier);
      const title = titled?.title?.trim();
      if (title) picture.alt = title;
      else if (titled) titled.title = null;
    });
  };
}
