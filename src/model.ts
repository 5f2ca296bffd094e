/**
 * The data that flows between pipeline stages. Every stage takes some of
 * these and returns others; nothing here does any work.
 */
import type { HtmlRef } from './cache/html-pack.js';
import type { OfferTerms } from './util/offer-terms.js';

/** A text file read from the site folder. */
export interface SourceFile {
  /** Path relative to the project root, forward slashes (used in messages). */
  path: string;
  text: string;
}

/** A file split into front matter and Markdown body; data is still unchecked. */
export interface FrontMatterDocument {
  file: string;
  text: string;
  /** Parsed front matter: untrusted until a validate stage has checked it. */
  data: unknown;
  body: string;
  /** 1-based file line on which the body starts. */
  bodyLine: number;
  /** Finds the line and column of a front matter key, for messages. */
  locate(path: readonly (string | number)[]): { line: number; column: number } | undefined;
}

/** Publication settings from content/site.yml, validated and normalised. */
export interface SiteConfig {
  /** Publication name shown in the masthead. */
  title: string;
  /** Absolute base URL with a trailing slash, e.g. https://example.org/brief/. */
  url: string;
  /** The URL's path with leading and trailing slashes, e.g. /brief/. */
  basePath: string;
  /** BCP 47 language tag, canonicalised. */
  language: string;
  /** Text direction derived from the language. */
  dir: 'ltr' | 'rtl';
  /** Open Graph's language_TERRITORY ("en_US"), derived from the language. */
  ogLocale: string;
  description: string;
  /** IANA time zone in which dates without an offset are read. */
  timezone: string;
  author?: string;
  organization?: string;
  /** Editions per archive and tag page. */
  pageSize: number;
  /** Editions in each feed, newest first. */
  feedItems: number;
  /** Default social image (path relative to content/), used when an edition has none. */
  image?: ImageRef;
}

/** An image as front matter names it. */
export interface ImageRef {
  /** Path relative to content/, e.g. media/map.jpg. */
  src: string;
  alt: string;
  line?: number;
}

/** An image with its dimensions, read from the file. */
export interface ImageInfo extends ImageRef {
  width: number;
  height: number;
  mimeType: string;
}

/** A point in time as an edition's front matter gave it. */
export interface EditionDate {
  /** Milliseconds since the epoch. */
  epoch: number;
  /** ISO 8601 with the offset that applied, e.g. 2024-03-12T07:00:00-04:00. */
  iso: string;
  /** Calendar date of the edition, in the edition's own offset. */
  year: string;
  month: string;
  day: string;
}

/** Narration attached to an edition, as written in front matter. */
export interface AudioRef {
  /** Path relative to content/, e.g. media/2024-03-12.mp3. */
  src: string;
  title: string;
  /** Line of the `audio` key, for messages about the file. */
  line?: number;
}

/** Facts about an audio file, read from the file itself. */
export interface MediaInfo {
  src: string;
  mimeType: string;
  bytes: number;
  durationSeconds: number;
}

/** An edition whose front matter passed validation. */
export interface Edition {
  file: string;
  slug: string;
  headline: string;
  date: EditionDate;
  /** Summary written by the editor, if any. */
  summary?: string;
  audio?: AudioRef;
  image?: ImageRef;
  /** When the edition was last corrected, if ever. */
  updated?: EditionDate;
  tags: string[];
  draft: boolean;
  /** false when the edition hides the subscription offer. */
  showOffer: boolean;
  body: string;
  bodyLine: number;
}

/**
 * An edition with its Markdown turned into sanitized HTML. The Markdown is
 * gone and the HTML is on disk: 10,000 of these fit in a few MB.
 */
export interface RenderedEdition extends Omit<Edition, 'body'>, EditionDetails {
  /** Hash of everything the rendering depended on; equal keys mean equal results. */
  contentKey: string;
  /** Where the sanitized HTML is kept; read it with SiteData.html(). */
  html: HtmlRef;
  /** Site-relative permalink with a trailing slash, e.g. 2024/03/12/punching-back/. */
  url: string;
}

/**
 * What only an edition's own page and feed entry show, beyond what lists and
 * links need. The render cache keeps these beside the HTML, not in its index,
 * and reads them when such a page is rendered.
 */
export interface EditionDetails {
  /** The editor's summary, or plain text from the first paragraph. */
  description: string;
  summary?: string;
  audio?: AudioRef;
  image?: ImageRef;
  media?: MediaInfo & { title: string };
  picture?: ImageInfo;
  showOffer: boolean;
  bodyLine: number;
}

/** The subscription offer, with its figures derived from the numbers once. */
export interface Offer {
  file: string;
  headline?: string;
  price: number;
  currency: string;
  period: 'year' | 'month';
  trialDays?: number;
  url: string;
  cta: string;
  pitchHtml: string;
  /** The figures as shown, in the site language. */
  terms: OfferTerms;
}

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
 * contents could), contents may be a function, called only when the key changed.
 */
export type PlannedFile =
  | (OutputFile & { key?: string })
  | (Omit<OutputFile, 'contents'> & { key: string; contents: () => string | Uint8Array });
