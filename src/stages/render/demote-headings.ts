/** The headline is the page's only h1: a body that uses h1 has all its headings shifted down a level. */
import type { Heading, Root } from 'mdast';
import { visit } from 'unist-util-visit';

export function demoteHeadings() {
  return (tree: Root) => {
    const headings: Heading[] = [];
    visit(tree, 'heading', (node) => void headings.push(node));
    if (!headings.some((heading) => heading.depth === 1)) return;
    for (const heading of headings) heading.depth = Math.min(6, heading.depth + 1) as Heading['depth'];
  };
}
