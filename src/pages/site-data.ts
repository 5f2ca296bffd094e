/** What page-kind plug-ins get to see, and the shape they return. */
import type { MediaFile } from '../stages/read/load-content.js';
import type { Asset } from '../stages/read/load-templates.js';
import type { ImageInfo, Offer, Page, PlannedFile, RenderedEdition, SiteConfig } from '../model.js';
import { encodePath } from '../util/urls.js';

/** The whole publication after rendering: the input of every page kind. */
export interface SiteData {
  config: SiteConfig;
  /** Published editions, newest first (date descending, then slug). */
  editions: readonly RenderedEdition[];
  offer?: Offer;
  /** The default social image from site.yml, with its dimensions. */
  siteImage?: ImageInfo;
  assets: readonly Asset[];
  media: readonly MediaFile[];
  /** The build's "now" in ms, for the news sitemap's two-day window and scheduled marks. */
  now: number;
  /** An edition's sanitized HTML, read from where the build keeps it. */
  html(edition: RenderedEdition): string;
}

/** A page kind that produces HTML pages from templates (edition, home, archive…). */
export interface PagePlugin {
  name: string;
  pages(site: SiteData): Page[];
}

/** A page kind that produces files directly (feeds, sitemaps, copies of media and assets). */
export interface FilePlugin {
  name: string;
  files(site: SiteData, pages: readonly Page[]): PlannedFile[];
}

/** Absolute URL of a site-relative path. */
export function absolute(site: SiteData, path: string): string {
  return new URL(encodePath(path), site.config.url).href;
}
