/**
 * Markdown → sanitized HTML with one shared unified processor: remark-parse
 * with GitHub's extensions (tables, strikethrough, autolinked addresses,
 * footnotes, task lists), then our plug-ins, one job each (a nesting limit,
 * footnote numbers, smart quotes, the first paragraph, empty headings left
 * out, heading levels, raw-HTML warnings, addresses GFM linked with a refused
 * scheme left as text, link checks and URLs, text for links without any, alt
 * text from a picture's title), then the sanitizing compiler (to-html.ts). Paragraphs too large to parse quickly are refused first
 * (markdown-limits.ts), and ">" in text is encoded last (encode-text.ts).
 */
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Diagnostic } from '../../model/index.js';
import { demoteHeadings } from './demote-headings.js';
import { unlinkRefusedAddresses } from './autolink-literals.js';
import { altFromTitle, dropEmptyHeadings, emptyLinkText } from './empty-elements.js';
import { encodeGreaterThanInText } from './encode-text.js';
import type { MarkdownFileData, RenderContext } from './file-data.js';
import { firstParagraph } from './first-paragraph.js';
import { numberFootnotes } from './footnotes.js';
import { limitNesting, paragraphLimitProblem } from './markdown-limits.js';
import { resolveLinks } from './resolve-links.js';
import { smartTypography } from './smart-typography.js';
import { toSafeHtml } from './to-html.js';
import { warnRawHtml } from './warn-raw-html.js';

export type { RenderContext } from './file-data.js';

export interface RenderedMarkdown {
  html: string;
  /** Plain text of the first paragraph, for summaries. */
  firstParagraph: string;
  diagnostics: Diagnostic[];
}

// One processor for every file: configuring it once is what makes rendering cheap.
const processor = unified()
  .use(remarkParse)
  // "~5%" means "about 5%" in a newsroom: only "~~" strikes through.
  .use(remarkGfm, { singleTilde: false })
  .use(limitNesting)
  .use(numberFootnotes)
  .use(smartTypography)
  .use(firstParagraph)
  .use(dropEmptyHeadings)
  .use(demoteHeadings)
  .use(warnRawHtml)
  .use(unlinkRefusedAddresses)
  .use(resolveLinks)
  .use(emptyLinkText)
  .use(altFromTitle)
  .use(toSafeHtml)
  .freeze();

/** Render one Markdown body; `bodyLine` maps Markdown lines back to file lines. */
export function renderMarkdown(
  source: { file: string; body: string; bodyLine: number },
  context: RenderContext,
): RenderedMarkdown {
  // Paragraphs the parser would take minutes over are refused before it sees them.
  const tooLarge = paragraphLimitProblem(source);
  if (tooLarge) return { html: '', firstParagraph: '', diagnostics: [tooLarge] };
  const data: MarkdownFileData = { context, file: source.file, bodyLine: source.bodyLine, diagnostics: [], firstParagraph: '' };
  const result = processor.processSync({ value: source.body, data: data as unknown as Record<string, unknown> });
  return { html: encodeGreaterThanInText(String(result)), firstParagraph: data.firstParagraph, diagnostics: data.diagnostics };
}
