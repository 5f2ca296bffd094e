/**
 * The plain-text part of an email, from its finished HTML (html-to-text):
 * the same words in the same order, every link written out after its text
 * so it can be followed from a client that shows no HTML.
 */
import { compile, type HtmlToTextOptions } from 'html-to-text';

const heading = (selector: string) => ({ selector, options: { uppercase: false } });

const OPTIONS: HtmlToTextOptions = {
  // Plain-text mail is read in terminals and quoted in replies: 78 columns, as RFC 5322 asks of lines.
  wordwrap: 78,
  selectors: [
    // The inbox preview's summary and its blank filler are no part of the text.
    { selector: '.email-preheader', format: 'skip' },
    { selector: 'a', options: { hideLinkHrefIfSameAsText: true, linkBrackets: ['<', '>'] } },
    // A footnote's number: its note follows at the end of the text, so no address after each number.
    { selector: 'a[data-footnote-ref]', format: 'anchor', options: { ignoreHref: true } },
    { selector: 'img', options: { linkBrackets: ['<', '>'] } },
    // Headlines keep their case: upper case is shouting, and changes words in some languages.
    ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map(heading),
    // The edition's own tables as text tables; the layout's (role="presentation") only hold blocks.
    { selector: 'table', format: 'dataTable', options: { uppercaseHeaderCells: false } },
    { selector: 'table[role="presentation"]', format: 'block' },
  ],
};

/** Compiled once: html-to-text builds its selector machinery per call otherwise. */
const convert = compile(OPTIONS);

export function plainText(html: string): string {
  return `${convert(html).trim()}\n`;
}
