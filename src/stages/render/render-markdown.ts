/**
 * Markdown → sanitized HTML with shared unified processors: remark-parse, with
 * GitHub's extensions when the body may use them (tables, strikethrough,
 * addresses linked as written, footnotes, task lists), then our plug-ins, one
 * job each (a nesting limit, footnote numbers, smart quotes, the first
 * paragraph, empty headings left out, heading levels, raw-HTML warnings,
 * addresses GFM linked with a refused scheme left as text, link checks and
 * URLs, text for links without any, alt text from a picture's title), then
 * the sanitizing compiler (to-html.ts). Paragraphs too large to parse quickly
 * are refused first (markdown-limits.ts), and ">" in text is encoded last
 * (encode-text.ts).
 */
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import type { Root } from 'mdast';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { Diagnostic } from '../../model/index.js';
import { demoteHeadings } from './demote-headings.js';
import { unlinkRefusedAddresses } from './autolink-literals.js';
import { altFromTitle, dropEmptyHeadings, emptyLinkText } from './empty-elements.js';
import { encodeGreaterThanInText } from './encode-text.js';
import type { MarkdownFileData, RenderContext } from './file-data.js';
import { firstParagraph } from './first-paragraph.js';
import { numberFootnotes } from './footnotes.js';
import { limitNesting, paragraphLimitProblem } from './markdown-limits.js';
import { holdsAddress, mayHoldGfmSyntax } from './needs-gfm.js';
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

/**
 * Two processors for every file, with GFM and without (needs-gfm.ts: most
 * bodies hold none, and GFM's parser is three times slower); configuring them
 * once is what makes rendering cheap. The GFM steps do nothing without it.
 */
const processorWith = (gfm: boolean) =>
  unified()
    .use(remarkParse)
    // "~5%" means "about 5%" in a newsroom: only "~~" strikes through.
    .use(gfm ? [[remarkGfm, { singleTilde: false }], numberFootnotes] : [])
    .use(limitNesting)
    .use(smartTypography)
    .use(firstParagraph)
    .use(dropEmptyHeadings)
    .use(demoteHeadings)
    .use(warnRawHtml)
    .use(gfm ? [unlinkRefusedAddresses] : [])
    .use(resolveLinks)
    .use(emptyLinkText)
    .use(altFromTitle)
    .use(toSafeHtml, { gfm })
    .freeze();
const commonMark = processorWith(false);
const gfm = processorWith(true);

/**
 * Render one Markdown body; `bodyLine` maps Markdown lines back to file lines.
 * `gfm` parses it with GFM even when CommonMark gives the same (for tests).
 */
export function renderMarkdown(
  source: { file: string; body: string; bodyLine: number },
  context: RenderContext,
  options: { gfm?: boolean } = {},
): RenderedMarkdown {
  // Paragraphs the parser would take minutes over are refused before it sees them.
  const tooLarge = paragraphLimitProblem(source);
  if (tooLarge) return { html: '', firstParagraph: '', diagnostics: [tooLarge] };
  const data: MarkdownFileData = { context, file: source.file, bodyLine: source.bodyLine, diagnostics: [], firstParagraph: '' };
  const file = new VFile({ value: source.body, data: data as unknown as Record<string, unknown> });
  let processor = options.gfm || mayHoldGfmSyntax(source.body) ? gfm : commonMark;
  let tree = processor.parse(file);
  // An address in the text: GFM would link it (parsing changes no data, so the file is parsed again as it is).
  if (processor === commonMark && holdsAddress(tree)) tree = (processor = gfm).parse(file);
  const html = processor.stringify(processor.runSync(tree, file) as Root, file);
  return { html: encodeGreaterThanInText(html), firstParagraph: data.firstParagraph, diagnostics: data.diagnostics };
}
