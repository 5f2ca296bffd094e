/** The publication as a whole: settings, offer, and what page-kind plug-ins see and return. */
import type { MediaFile } from './content.js';
import type { EditionDetails, ImageInfo, ImageRef, RenderedEdition } from './edition.js';
import type { Asset, Page, PlannedFile } from './output.js';
import type { Messages } from './strings.js';

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
  /**
   * Which editions get a share image drawn for them (those without an image
   * of their own): the newest `feedItems` ("feed"), every one, none, or the
   * newest N. The others show the site's image.
   */
  shareImages: 'feed' | 'all' | 'none' | number;
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

export interface OfferTerms {
  /** "$32.95" */
  price: string;
  /** "$3": the per-month figure, rounded up to a whole unit for yearly prices. */
  perMonth: string;
  /** True when perMonth is a ceiling ("less than $3"), false when exact. */
  perMonthIsCeiling: boolean;
  /** A free trial's days, and its whole weeks when it is whole weeks (14 days → 2); neither without a trial. */
  trialDays?: number;
  trialWeeks?: number;
}

/** The whole publication after rendering: the input of every page kind. */
export interface SiteData {
  config: SiteConfig;
  /** Published editions, newest first (date descending, then slug). */
  editions: readonly RenderedEdition[];
  offer?: Offer;
  /** The words of the site's interface, in its language (src/i18n/). */
  strings: Messages;
  /** The default social image from site.yml, with its dimensions. */
  siteImage?: ImageInfo;
  assets: readonly Asset[];
  media: readonly MediaFile[];
  /** The build's "now" in ms, for the news sitemap's two-day window and scheduled marks. */
  now: number;
  /** An edition's sanitized HTML, read from where the build keeps it. */
  html(edition: RenderedEdition): string;
  /** What only an edition's own page and feed entry show, read from where the build keeps it. */
  details(edition: RenderedEdition): EditionDetails;
  /** The published editions of the same story in other languages (front matter `translations`, both ways), by language. */
  translations(edition: RenderedEdition): readonly RenderedEdition[];
}

/** A page kind that produces HTML pages from templates (edition, home, archive…). */
export interface PagePlugin {
  name: string;
  pages(site: SiteData): Page[];
}

/** A page kind that produces files directly (feeds, sitemaps, copies of media and assets, hosting rules). */
export interface FilePlugin {
  name: string;
  /** `files` holds what the plug-ins listed before this one planned (the hosting rules cover every file). */
  files(site: SiteData, pages: readonly Page[], files: readonly PlannedFile[]): PlannedFile[];
}
