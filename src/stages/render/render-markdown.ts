/**
 * Markdown → sanitized HTML with one shared unified processor (remark-parse,
 * smart quotes, our link checks, remark-html with sanitize on).
 */
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkHtml from 'remark-html';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { error, warning } from '../../diagnostics.js';
import { encodePath, isSafeHref, safeRelativePath, schemeOf } from '../../util/urls.js';
import { smartTypography } from './smart-typography.js';
import type { Diagnostic } from '../../model/index.js';

/** What a Markdown file may link to, known before rendering. */
export interface RenderContext {
  /** Absolute site URL with trailing slash; media links become absolute so feeds can use the same HTML. */
  siteUrl: string;
  /** Paths relative to content/ of every file in content/media/. */
  mediaFiles: ReadonlySet<string>;
}

export interface RenderedMarkdown {
  html: string;
  /** Plain text of the first paragraph, for summaries. */
  firstParagraph: string;
  diagnostics: Diagnostic[];
}

interface FileData {
  context: RenderContext;
  file: string;
  lineOffset: number;
  diagnostics: Diagnostic[];
  firstParagraph: string;
}

/** Checks every URL in the tree (refuses unsafe schemes, resolves media/ paths) and notes the first paragraph. */
function checkLinks() {
  return (tree: Root, vfile: VFile) => {
    const data = vfile.data as unknown as FileData;
    const at = (node: { position?: { start: { line: number; column: number } } }) => ({
      file: data.file,
      ...(node.position
        ? { line: node.position.start.line + data.lineOffset, column: node.position.start.column }
        : {}),
    });
    // The headline is the page's only h1, so a body that uses h1 is shifted down a level (after the walk).
    const headings: Heading[] = [];
    visit(tree, (node) => {
      if (node.type === 'paragraph' && data.firstParagraph === '') data.firstParagraph = toString(node);
      if (node.type === 'heading') headings.push(node);
      // One warning per line is enough, however many tags the line holds.
      if (node.type === 'html' && !data.diagnostics.some((d) => d.code === 'raw-html' && d.line === at(node).line)) {
        data.diagnostics.push(
          warning({
            code: 'raw-html',
            ...at(node),
            message: 'Raw HTML in the text is removed from the page.',
            hint: 'Use Markdown instead: **bold**, _italic_, [link](https://…), ![alt text](media/photo.jpg).',
          }),
        );
      }
      if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return;
      const url = node.url;
      if (!isSafeHref(url)) {
        data.diagnostics.push(
          error({
            code: 'unsafe-url',
            ...at(node),
            message: `The link "${url.slice(0, 60)}" uses the ${schemeOf(url)} scheme, which is not allowed.`,
            hint: 'Links may use http:, https:, mailto: or tel:, or point to a file in media/.',
          }),
        );
        node.url = '';
        return;
      }
      if (url === '' || url.startsWith('#') || schemeOf(url) !== undefined || url.startsWith('//')) return;
      // Paths in content are relative to the site root; resolving them here makes the same HTML right in pages and feeds.
      const [pathPart = '', ...rest] = url.replace(/^\/+/, '').split(/(?=[?#])/);
      // Markdown URLs are percent-encoded ("media/ep%231.mp3"); files on disk are not.
      const decoded = safeDecode(pathPart);
      const path = decoded === '' ? '' : safeRelativePath(decoded);
      if (path === undefined) {
        data.diagnostics.push(
          error({
            code: 'unsafe-url',
            ...at(node),
            message: `The link "${url.slice(0, 60)}" climbs out of the site with "..".`,
            hint: 'Write links to other editions as 2024/03/11/slug/ and to files as media/<file>.',
          }),
        );
        return;
      }
      if (path.startsWith('media/') && !data.context.mediaFiles.has(path)) {
        data.diagnostics.push(
          error({
            code: 'missing-file',
            ...at(node),
            message: `The file "${url}" does not exist in content/media/.`,
            hint: 'Check the spelling, or add the file to content/media/.',
          }),
        );
        return;
      }
      const resolved = new URL(encodePath(path) + (pathPart.endsWith('/') && path !== '' ? '/' : '') + rest.join(''), data.context.siteUrl).href;
      // Percent-encoded dots ("%2e%2e/") are resolved by URL, not by safeRelativePath: check where they landed.
      if (!resolved.startsWith(data.context.siteUrl)) {
        data.diagnostics.push(
          error({
            code: 'unsafe-url',
            ...at(node),
            message: `The link "${url.slice(0, 60)}" leads out of the site.`,
            hint: 'Write links to other editions as 2024/03/11/slug/ and to files as media/<file>.',
          }),
        );
        return;
      }
      node.url = resolved;
    });
    if (headings.some((heading) => heading.depth === 1)) {
      for (const heading of headings) heading.depth = Math.min(6, heading.depth + 1) as Heading['depth'];
    }
  };
}

// One processor for every file: configuring it once is what makes rendering cheap.
const processor = unified()
  .use(remarkParse)
  .use(smartTypography)
  .use(checkLinks)
  .use(remarkHtml, { sanitize: true })
  .freeze();

/** Render one Markdown body; `bodyLine` maps Markdown lines back to file lines. */
export function renderMarkdown(
  source: { file: string; body: string; bodyLine: number },
  context: RenderContext,
): RenderedMarkdown {
  const data: FileData = {
    context,
    file: source.file,
    lineOffset: source.bodyLine - 1,
    diagnostics: [],
    firstParagraph: '',
  };
  const result = processor.processSync({ value: source.body, data: data as unknown as Record<string, unknown> });
  return { html: String(result), firstParagraph: data.firstParagraph, diagnostics: data.diagnostics };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
