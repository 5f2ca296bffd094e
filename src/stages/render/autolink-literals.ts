/**
 * GFM links addresses written as plain text, and one form it links,
 * "xmpp:desk@example.org", has a scheme Edition does not allow. The editor
 * wrote no link, so refusing the build over it (at no line: GFM gives these
 * links no position) would be wrong: the address stays text. Runs before the
 * link checks; links the editor wrote are theirs to judge.
 */
import type { Link, Parents, Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { isSafeHref } from '../../util/urls.js';

/** A link GFM made from text: it has no place in the file and shows its own address. */
const isLiteral = (link: Link) => link.position === undefined && link.children.length === 1 && link.children[0]!.type === 'text' && link.url.endsWith(link.children[0]!.value);

export function unlinkRefusedAddresses() {
  return (tree: Root) => {
    visit(tree, 'link', (node, index, parent?: Parents) => {
      if (parent === undefined || index === undefined || isSafeHref(node.url) || !isLiteral(node)) return undefined;
      parent.children.splice(index, 1, ...node.children);
      return [SKIP, index + 1];
    });
  };
}
