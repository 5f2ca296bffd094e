/** What the remark plug-ins of one render share through the file's `data`: its context in, its findings out. */
import type { VFile } from 'vfile';
import type { Diagnostic, MarkdownLabels } from '../../model/index.js';
import { placeOf, type Place } from '../../util/markdown-place.js';

/**
 * What a Markdown file may link to and how its HTML is labelled, known before
 * rendering. Everything here that changes the HTML is part of the render
 * cache's keys: the site URL, media and labels in renderBaseKey, the id prefix
 * through the file's path and text (it is made from the edition's date and slug).
 */
export interface RenderContext {
  /** Absolute site URL with trailing slash; media links become absolute so feeds can use the same HTML. */
  siteUrl: string;
  /** Paths relative to content/ of every file in content/media/. */
  mediaFiles: ReadonlySet<string>;
  /** BCP 47 tag of the text's language: its quotation marks follow it. */
  language: string;
  /**
   * Starts every id in the file's HTML (footnotes: "<prefix>fn-1"), so that two
   * files shown on one page (the home page shows an edition and the offer), or
   * in one feed reader, never share an id. It must start with a letter and hold
   * only ASCII letters, digits and "-", as ids do (html-validate's valid-id).
   */
  idPrefix: string;
  /** Words the HTML shows or has read aloud; English (ENGLISH_LABELS) when left out. */
  labels?: MarkdownLabels;
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
