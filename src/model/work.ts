/** What the build hands its worker threads, and what they hand back. */
import type { EditionFile, MediaFile } from './content.js';
import type { MarkdownLabels } from './labels.js';
import type { Diagnostic } from './diagnostic.js';
import type { RenderedEdition } from './edition.js';
import type { Page, TemplateGlobals, TemplateSet } from './output.js';
import type { SiteConfig } from './site.js';

export interface PreparedEdition {
  /** The edition's facts; its HTML and details are beside it until they are put in the pack. */
  edition?: Omit<RenderedEdition, 'html' | 'details'>;
  /** The sanitized HTML as UTF-8: bytes cross from a worker thread without a copy. */
  html?: Uint8Array;
  /** The edition's EditionDetails as UTF-8 JSON, encoded in the worker. */
  details?: Uint8Array;
  diagnostics: Diagnostic[];
}

/** One file to prepare; `contentKey` is known when the file was looked up in the cache. */
export interface PrepareTask {
  listed: EditionFile;
  contentKey?: string;
}

/** A prepared file, with the keys that file was cached under. */
export interface PrepareResult extends PreparedEdition {
  textKey: string;
  contentKey: string;
}

export interface PrepareStats {
  rendered: number;
  fromCache: number;
  /** Worker threads used; 0 when everything rendered in this thread. */
  threads: number;
}

/** What every worker gets once, at start: enough to prepare any edition. */
export interface WorkerContext {
  site: SiteConfig;
  media: MediaFile[];
  /** renderBaseKey() of this build. */
  baseKey: string;
  /** Words the rendered Markdown uses, in the site's language (English when left out); renderBaseKey() must be given the same. */
  labels?: MarkdownLabels;
}

/** Pages to render, with the templates and globals of their build (the same for every batch of a build). */
export interface RenderTask {
  setup: { key: string; templates: TemplateSet; globals: TemplateGlobals };
  pages: { page: Omit<Page, 'data'>; data: Record<string, unknown> }[];
}
