/** Images without alt text: a screen reader has nothing to say about them, and search engines nothing to index. */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { warning } from '../diagnostics.js';
import type { markdownTree } from './markdown-tree.js';
import type { Diagnostic } from '../model/index.js';

export function checkAltText(tree: Root, at: ReturnType<typeof markdownTree>['at']): Diagnostic[] {
  const found: Diagnostic[] = [];
  visit(tree, (node) => {
    if (node.type !== 'image' && node.type !== 'imageReference') return;
    if ((node.alt ?? '').trim() !== '') return;
    const what = node.type === 'image' ? `"${node.url}"` : `[${node.label ?? node.identifier}]`;
    found.push(
      warning({
        code: 'missing-alt-text',
        ...at(node),
        message: `The image ${what} has no alt text, so readers who cannot see it are told nothing.`,
        hint: 'Describe the image between the brackets: ![A map of the Kursk region](media/map.png).',
      }),
    );
  });
  return found;
}
