/** An edition as it passes through the pipeline: validated front matter, then rendered. */

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

/** An image's size and its format as the file itself says ("png", "jpg", "gif"…), whatever its name says. */
export interface ImageSize {
  width: number;
  height: number;
  format: string;
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
  /** Its own label; without one the page shows the catalogue's "Listen to Today's Edition". */
  title?: string;
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

/** The narration's transcript, as front matter `transcript` names it. */
export interface TranscriptRef {
  /** Path relative to content/, e.g. media/2024-03-12.vtt. */
  src: string;
  /** Line of the `transcript` key, for messages about the file. */
  line?: number;
}

/** A former address of an edition (front matter `aliases`), where a redirect to its permalink is left. */
export interface Alias {
  /** Site-relative, normalised: "2019/03/old-slug/" (a folder, served by its index.html) or "old/story.html". */
  path: string;
  /** Line of the entry in the front matter, for messages. */
  line?: number;
}

/** Another edition of the same story in another language, as front matter `translations` names it. */
export interface TranslationRef {
  /** As written: the permalink of that edition ("2024/03/12/contraataque/"); resolved once every edition is known. */
  permalink: string;
  /** Line of the entry in the front matter, for messages. */
  line?: number;
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
  /** The narration's transcript; only with `audio`. */
  transcript?: TranscriptRef;
  image?: ImageRef;
  /** When the edition was last corrected, if ever. */
  updated?: EditionDate;
  tags: string[];
  draft: boolean;
  /** Former addresses that redirect to the permalink; absent when there are none. */
  aliases?: Alias[];
  /**
   * BCP 47 tag of the edition's text, canonicalised, when the front matter
   * names one; absent means the site's language (and so may one equal to it).
   */
  language?: string;
  /** The same story in other languages; absent when there are none. */
  translations?: TranslationRef[];
  /** false when the edition hides the subscription offer. */
  showOffer: boolean;
  body: string;
  bodyLine: number;
}

/**
 * What lists, links, feeds' order and sitemaps need of every edition; and
 * whether it names an image, which decides whether it gets a share image.
 */
export type EditionFacts = Pick<Edition, 'file' | 'slug' | 'headline' | 'date' | 'updated' | 'tags' | 'draft' | 'aliases' | 'language' | 'translations' | 'image'>;

/**
 * An edition with its Markdown turned into sanitized HTML: plain data, the
 * same whether just rendered or read from the cache, safe to spread, copy or
 * serialise. The HTML and the details are on disk, in the build's pack:
 * 10,000 of these fit in a few MB.
 */
export interface RenderedEdition extends EditionFacts {
  /** Hash of everything the rendering depended on; equal keys mean equal results. */
  contentKey: string;
  /** Site-relative permalink with a trailing slash, e.g. 2024/03/12/punching-back/. */
  url: string;
  /** Where the sanitized HTML is kept; read it with SiteData.html(). */
  html: HtmlRef;
  /** Where the edition's EditionDetails are kept; read them with SiteData.details(). */
  details: HtmlRef;
  /**
   * True when its narration was read (EditionDetails.media is set): the
   * podcast picks its episodes by this without reading every edition's details.
   */
  narrated?: true;
}

/**
 * What only an edition's own page and feed entry show, beyond what lists and
 * links need. Kept beside the HTML, not in memory or in the cache's index, and
 * read when such a page is rendered.
 */
export interface EditionDetails {
  /** The editor's summary, or plain text from the first paragraph. */
  description: string;
  summary?: string;
  audio?: AudioRef;
  image?: ImageRef;
  media?: MediaInfo & { title?: string };
  /** The narration's transcript file, with its type from the extension. */
  transcript?: { src: string; mimeType: string };
  picture?: ImageInfo;
  showOffer: boolean;
  bodyLine: number;
}

/** Where a blob (an edition's HTML or details) lies in the build's pack, with its CRC-32. */
export interface HtmlRef {
  offset: number;
  length: number;
  crc: number;
}
