/**
 * Newsroom typography (quotation marks of the text's language, dashes,
 * ellipses) on Markdown text.
 * remark-smartypants runs a natural-language parser (retext) over every text
 * node and made rendering four times slower; the classic SmartyPants
 * algorithm on each text node, with the preceding character as context, gives
 * the same result for prose at a fraction of the cost.
 */
import type { Root, Text } from 'mdast';
import { smartypants, smartypantsu } from 'smartypants';
import { visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import { fileData } from './file-data.js';
import { localQuotes, quoteMarksFor, type QuoteState } from './quote-marks.js';

/** Inline containers: text inside them continues the sentence of their block. */
const INLINE = new Set(['emphasis', 'strong', 'delete', 'link', 'linkReference']);

// Mode 1: quotes, em dashes for "--", ellipses; "backticks" style quotes are left alone.
const MODE = 1;
// "d" and "e": dashes and ellipses, for languages whose quotation marks quote-marks.ts does not know.
const NO_QUOTES = 'de';

/**
 * What SmartyPants can change in mode 1: quotes and backticks, "--", "...".
 * Text without any of them (most link text, many list items) is left as it
 * is without running it.
 */
const MAY_CHANGE = /["'`]|--|\.\.|\. \./;

/**
 * SmartyPants reads HTML, but a Markdown text node is plain text: "<50% …
 * >40%" would be skipped as a tag and a backslash taken for an escape (shown
 * to the reader as "&#34;"). So the text goes in as HTML and comes back as text.
 * Text that looks like a tag (an editor writing about HTML: \<b title="x">)
 * is not prose: its quotes, dashes and dots go in as character references,
 * SmartyPants' own way of keeping a character as typed.
 */
const TAG_OR_SPECIAL = /<(?:\/?[A-Za-z]|!)[^<>]*>|[&<>\\]/g;
const ESCAPE: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\\': '&#92;' };
const reference = (c: string) => `&#${c.charCodeAt(0)};`;
const toHtml = (text: string) => text.replace(TAG_OR_SPECIAL, (s) => ESCAPE[s] ?? s.replace(/[&<>\\"'`.-]/g, reference));
const fromHtml = (html: string) =>
  html.replace(/&(amp|lt|gt|#\d+);/g, (_, name: string) => (name === 'amp' ? '&' : name === 'lt' ? '<' : name === 'gt' ? '>' : String.fromCharCode(Number(name.slice(1)))));

/** A link whose text is its own address (an autolink): an address keeps its "--" and quotes. */
function isAddress(node: Text, parent: unknown): boolean {
  const link = parent as { type?: string; url?: string } | undefined;
  return link?.type === 'link' && (link.url === node.value || link.url === `mailto:${node.value}` || link.url === `http://${node.value}`);
}

export function smartTypography() {
  return (tree: Root, file: VFile) => {
    const marks = quoteMarksFor(fileData(file).context.language);
    let block: unknown;
    let previous = ' ';
    let quotes: QuoteState = { innerOpen: 0 };
    visitParents(tree, 'text', (node: Text, ancestors) => {
      let owner: unknown;
      for (let i = ancestors.length - 1; i >= 0; i--) {
        if (!INLINE.has(ancestors[i]!.type)) {
          owner = ancestors[i];
          break;
        }
      }
      if (owner !== block) {
        block = owner;
        previous = ' ';
        quotes = { innerOpen: 0 };
      }
      const text = node.value;
      // Prefix the previous character so a quote right after a link or emphasis closes correctly ("AFP's").
      if (MAY_CHANGE.test(text) && !isAddress(node, ancestors.at(-1))) {
        const html = toHtml(previous + text);
        node.value = fromHtml(marks ? localQuotes(smartypants(html, MODE), marks, quotes) : smartypantsu(html, NO_QUOTES)).slice(1);
      }
      previous = text.at(-1) ?? previous;
    });
  };
}
