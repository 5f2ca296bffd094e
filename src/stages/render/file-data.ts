/** What the remark plug-ins of one render share through the file's `data`: its context in, its findings out. */
import type { VFile } from 'vfile';
import type { Diagnostic } from '../../model/index.js';
import { placeOf, type Place } from '../../util/markdown-place.js';

/** What a Markdown file may link to, known before rendering. */
export interface RenderContext {
  /** Absolute site URL with trailing slash; media links become absolute so feeds can use the same HTML. */
  siteUrl: string;
  /** Paths relative to content/ of every file in content/media/. */
  mediaFiles: ReadonlySet<string>;
  /** BCP 47 tag of the text's language: its quotation marks follow it. */
  language: string;
}

export interface MarkdownFileData {
  context: RenderContext;
  file: string;
  /** The file line on which the Markdown body starts. */
  bodyLine: number;
  diagnostics: Diagnostic[];
  /** Plain text of the first paragraph, for summaries. */
  firstParagraph: string;
}

export const fileData = (vfile: VFile) => vfile.data as unknown as MarkdownFileData;

/** Where `node` stands in the edition file being rendered. */
export const placeIn = (data: MarkdownFileData, node: Parameters<typeof placeOf>[0]): Place => placeOf(node, data.file, data.bodyLine);
