/** What the plan, apply and write stages pass along: pages, files, templates. */
import type { Diagnostic } from './diagnostic.js';
import type { ShareCard } from './share-card.js';
import type { Messages } from './strings.js';

/** One HTML page to produce: which template, with which data, at which path. */
export interface Page {
  /** Plug-in that planned it, e.g. "edition". */
  kind: string;
  /** Site-relative URL, '' for the home page. */
  url: string;
  /** Output path relative to public/. */
  path: string;
  template: string;
  /**
   * The template's data, made on demand: a build of 10,000 pages makes each
   * page's data only while fingerprinting and rendering it, then lets it go.
   */
  data: () => Record<string, unknown>;
  /** Source files the page is made from, for collision messages. */
  sources: string[];
  /** Last modification (ISO 8601) for the sitemap; pages without one are left out of it. */
  lastmod?: string | undefined;
  /**
   * Optional: a string that changes whenever the page's data could, cheaper to
   * make than the data itself. Pages without one are fingerprinted from their data.
   */
  key?: string;
  /** Links as root-relative paths under the base path, for pages served at any URL (404). */
  absoluteLinks?: boolean;
}

/** A file to write into public/. */
export interface OutputFile {
  path: string;
  /** The bytes to write, or an absolute path to copy from. */
  contents: string | Uint8Array | { copyFrom: string };
  sources: string[];
}

/**
 * A file a plug-in plans. With a `key` (a string that changes whenever the
 * contents could), contents may be a function, called only when the key changed,
 * or a picture to draw (a MadeFile).
 */
export type PlannedFile =
  | (OutputFile & { key?: string })
  | (Omit<OutputFile, 'contents'> & { key: string; contents: () => string | Uint8Array })
  | MadeFile;

/**
 * A share image: drawn only when its key changed, by the build (in worker
 * threads when there are many, or taken from the cache folder). Its `key`
 * names everything the picture is made from, renderer and fonts included.
 */
export interface MadeFile extends Omit<OutputFile, 'contents'> {
  key: string;
  /** The card to draw, made only when it must be drawn. */
  draw: () => ShareCard;
}

/** A CSS or JS file served under a name that changes when its bytes do, so it can be cached forever. */
export interface Asset {
  /** Name used in templates, e.g. "style.css". */
  name: string;
  /** Output path, e.g. "assets/style.3f2a9c1e.css". */
  path: string;
  contents: Buffer;
}

export interface TemplateSet {
  /** The site's own templates folder (else Edition's), relative to the project, for messages. */
  dir: string;
  /** "edition.liquid" → source */
  templates: Record<string, string>;
  assets: Asset[];
  /** "edition.liquid", "assets/style.css" → the file it came from (the site's own or Edition's), for messages. */
  files: Record<string, string>;
}

export interface TemplateGlobals {
  site: Record<string, unknown> & { url: string; base_path: string; language: string; timezone: string };
  /** The site's words, for the `t` filter. */
  strings: Messages;
  [name: string]: unknown;
}

export type RenderResult = { ok: true; file: OutputFile } | { ok: false; diagnostic: Diagnostic };
