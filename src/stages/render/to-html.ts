/**
 * The compiler at the end of the processor: mdast → hast → sanitized hast →
 * HTML, as remark-html does, with the steps remark-html leaves no room for:
 * footnote options per file (labels, and ids under the file's prefix), and
 * what the sanitizer would strip but this code adds on purpose, after it has
 * run (table scroll areas, header scopes, alignment classes, task items'
 * labels, code blocks reachable by keyboard). Raw HTML never reaches the hast (allowDangerousHtml stays off), and
 * everything the editor wrote passes the sanitizer with GitHub's schema.
 */
import type { Root } from 'mdast';
import { defaultSchema, sanitize } from 'hast-util-sanitize';
import type { Root as HastRoot } from 'hast';
import { toHast } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import type { Plugin, Processor } from 'unified';
import { fileData } from './file-data.js';
import { footnoteOptions, linkFootnotes } from './footnotes.js';
import { decorateTables } from './gfm-tables.js';
import { ENGLISH_LABELS } from './labels.js';
import { labelTaskItems } from './task-lists.js';
import { visit } from 'unist-util-visit';

/** `gfm`: whether the tree may hold GFM's tables, footnotes and task items, whose finishing steps run only then. */
export const toSafeHtml: Plugin<[{ gfm: boolean }], Root, string> = function ({ gfm }) {
  (this as unknown as Processor<undefined, undefined, undefined, Root, string>).compiler = (tree, vfile) => {
    const { context } = fileData(vfile);
    const labels = context.labels ?? ENGLISH_LABELS;
    const hast = toHast(tree, footnoteOptions(labels));
    // The sanitizer's clobbering prefix is the file's: every id it lets through is one of this file's.
    const safe = sanitize(hast, { ...defaultSchema, clobberPrefix: context.idPrefix }) as HastRoot;
    focusableCode(safe);
    if (gfm) {
      linkFootnotes(safe, context.idPrefix);
      decorateTables(safe, labels);
      labelTaskItems(safe);
    }
    const html = toHtml(safe);
    // A final newline, as remark-html writes.
    return html !== '' && !/[\r\n]$/.test(html) ? `${html}\n` : html;
  };
};

/** A code block wider than the column scrolls inside itself; tabindex lets a keyboard scroll it too (axe: scrollable-region-focusable). */
function focusableCode(tree: HastRoot): void {
  visit(tree, 'element', (node) => {
    if (node.tagName === 'pre') node.properties.tabIndex = 0;
  });
}
