/** Absolute URLs for feeds, sitemaps and metadata, which must not be relative. */
import type { SiteData } from '../model/index.js';
import { encodePath } from '../util/urls.js';

/** Absolute URL of a site-relative path. */
export function absolute(site: SiteData, path: string): string {
  return new URL(encodePath(path), site.config.url).href;
}
