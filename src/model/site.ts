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
  /** The show of podcast.xml; absent when site.yml has no `podcast:` block, and then no podcast is written. */
  podcast?: PodcastSettings;
  /** The email edition (site.yml `email:`); without it no email files are made. */
  email?: EmailSettings;
  /**
   * Which editions get a share image drawn for them (those without an image
   * of their own): the newest `feedItems` ("feed"), every one, none, or the
   * newest N. The others show the site's image.
   */
  shareImages: 'feed' | 'all' | 'none' | number;
  /** The search page and the header's search box; absent when site.yml says `search: false` (or the build is told --no-search). */
  search?: SearchSettings;
}

/** Where the search form sends readers without JavaScript: a web search restricted to the site, or nowhere. */
export type WebSearch = 'duckduckgo' | 'google' | 'none';

/** site.yml's `search:` setting, resolved. */
export interface SearchSettings {
  webSearch: WebSearch;
}

/** site.yml's `podcast:` block, with its defaults filled in from the site's settings. */
export interface PodcastSettings {
  title: string;
  description: string;
  author: string;
  /** The show's artwork (path relative to content/): a square JPEG or PNG of 1400 to 3000 pixels a side. */
  image: { src: string; line?: number };
  /** One of Apple's categories, and optionally one of its subcategories. */
  category: string;
  subcategory?: string;
  explicit: boolean;
  /** Who directories write to, to verify the show is yours (Spotify and Apple send a code to this address). */
  owner: { name: string; email: string };
  /** podcast:locked: other hosting platforms must not import the feed. */
  locked: boolean;
  type: 'episodic' | 'serial';
  /** The show's podcast:guid when the settings pin it (a show that moved keeps its old one); otherwise it is made from the feed's URL. */
  guid?: string;
  /** Line of the `podcast` key, for messages about the show as a whole. */
  line?: number;
}

/** The mailing services whose unsubscribe merge tag Edition knows; smtp is any other list. */
export type EmailService = 'mailchimp' | 'buttondown' | 'smtp';

/** How the email edition is addressed, unsubscribed from and sent (site.yml `email:`). */
export interface EmailSettings {
  service: EmailService;
  /** The publication's postal address, in every email's footer (bulk-mail laws ask for one). */
  address: string;
  /** The footer's unsubscribe link: the service's merge tag, or an absolute URL. */
  unsubscribeUrl: string;
  /** A mailto: or https: address for the List-Unsubscribe header of .eml files and test sends. */
  listUnsubscribe?: string;
  /** Add List-Unsubscribe-Post (RFC 8058): only for an https address that accepts the POST. */
  oneClick: boolean;
  /** The sender of .eml files and test sends, "Name <address>". */
  from?: string;
  /** How many of the newest editions the build makes email files for. */
  editions: number | 'all';
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
