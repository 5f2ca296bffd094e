/**
 * Which bodies GFM's parser reads differently from CommonMark's. Its
 * extensions made parsing about three times slower, and a cold build of
 * 1,000 editions 39% slower, though most editions hold no GFM: those are
 * parsed without it, to the same result. Each test errs towards GFM.
 */
import type { Root } from 'mdast';
import { EXIT, visit } from 'unist-util-visit';

/** Text that only GFM reads as syntax: a table's "|", "~~", a footnote's "[^", a task item's "[ ]" or "[x]". */
const GFM_SYNTAX = /\||~~|\[\^|\[[\sxX]\]/;

/** What every address GFM links as written holds: "www.", a scheme's "://", an e-mail's "@". */
const ADDRESS = /www\.|:\/\/|@/i;

/** Whether `body` may hold GFM syntax, from its text alone. */
export const mayHoldGfmSyntax = (body: string): boolean => GFM_SYNTAX.test(body);

/**
 * Whether CommonMark's tree holds an address GFM would link. Only in text:
 * the same characters in a link's address, code or raw HTML are never linked,
 * and the characters an address starts with are never syntax to CommonMark,
 * so its first characters always land in one text node.
 */
export function holdsAddress(tree: Root): boolean {
  let found = false;
  visit(tree, 'text', (node) => {
    if (!ADDRESS.test(node.value)) return undefined;
    found = true;
    return EXIT;
  });
  return found;
}
