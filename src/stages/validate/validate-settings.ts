/**
 * Publication settings (content/site.yml): the one place they are parsed,
 * defaulted and validated. Unknown keys are errors so typos never pass silently.
 */
import * as z from 'zod/mini';
import type { Diagnostic, FrontMatterDocument, SiteConfig } from '../../model/index.js';
import { isTimeZone } from '../../util/dates.js';
import { canonicalLanguage, isLanguageTag, ogLocale, textDirection } from '../../util/language.js';
import { checkWithSchema, type FieldDocs } from './schema-check.js';
import { imageSchema } from './image-field.js';
import { podcastCategoryProblems, podcastDocs, podcastSchema, resolvePodcast } from './podcast-field.js';
import { emailFields, emailSchema, resolveEmailSettings } from './email-settings.js';
import { resolveSearch, searchFields, searchSchema } from './search-settings.js';
import { isHttpUrl, safeRelativePath } from '../../util/urls.js';

/** Settings an editor may leave out. */
export const defaults = {
  language: 'en',
  timezone: 'UTC',
  pageSize: 20,
  feedItems: 20,
  shareImages: 'feed' as const,
} satisfies Partial<Record<keyof SiteConfig, unknown>>;

const fields: FieldDocs = {
  title: { expected: 'the publication name, e.g. "GlobalPost"' },
  url: {
    expected: 'an absolute http(s) URL, e.g. "https://example.org/" or "https://user.github.io/brief/"',
    hint: 'Use the address where public/ will be served; it may end in a subpath.',
  },
  language: {
    expected: 'a BCP 47 language tag such as "en", "en-GB" or "ar"',
  },
  description: { expected: 'one or two sentences describing the publication' },
  timezone: {
    expected: 'an IANA time zone such as "UTC" or "America/New_York"',
    hint: 'Dates in front matter without an offset are read in this zone.',
  },
  author: { expected: 'the byline used when an edition names no author' },
  organization: { expected: 'the publisher name used in metadata' },
  page_size: { expected: 'a whole number above 0: editions per archive and tag page', hint: 'For example page_size: 20.' },
  feed_items: { expected: 'a whole number above 0: editions in each feed', hint: 'For example feed_items: 20.' },
  image: { expected: 'a default social image: "src: media/<file>" and "alt: <description>"' },
  share_images: {
    expected: 'which editions get a share image of their own: "feed" (those in the feeds), "all", "none", or a whole number of the newest, e.g. 50',
    hint: 'For example share_images: feed. Editions without one show the site\'s image.',
  },
  'image.src': { expected: 'a path inside media/ to a JPEG, PNG, WebP or GIF image' },
  'image.alt': { expected: 'a short description of the image for people who cannot see it' },
  ...podcastDocs,
  ...emailFields,
  ...searchFields,
};

const nonEmpty = z.string().check(z.trim(), z.minLength(1));
const count = z.int().check(z.positive());

const schema = z.strictObject({
  title: nonEmpty,
  url: z.string().check(z.refine(isHttpUrl)),
  language: z._default(z.string().check(z.refine(isLanguageTag)), defaults.language),
  description: nonEmpty,
  timezone: z._default(z.string().check(z.refine(isTimeZone)), defaults.timezone),
  author: z.optional(nonEmpty),
  organization: z.optional(nonEmpty),
  page_size: z._default(count, defaults.pageSize),
  feed_items: z._default(count, defaults.feedItems),
  image: z.optional(imageSchema),
  podcast: z.optional(podcastSchema),
  email: z.optional(emailSchema),
  search: z.optional(searchSchema),
  share_images: z._default(z.union([z.enum(['feed', 'all', 'none']), z.int().check(z.nonnegative())]), defaults.shareImages),
});

/** Validate site.yml into a SiteConfig, or every problem with it. */
export function resolveSiteConfig(
  doc: Pick<FrontMatterDocument, 'file' | 'data' | 'locate'>,
): { ok: true; config: SiteConfig } | { ok: false; diagnostics: Diagnostic[] } {
  const checked = checkWithSchema(doc, schema, fields);
  const categories = podcastCategoryProblems(doc);
  if (!checked.ok || categories.length > 0) return { ok: false, diagnostics: [...(checked.ok ? [] : checked.diagnostics), ...categories] };
  const raw = checked.value;
  const email = raw.email ? resolveEmailSettings(raw.email, doc, raw.feed_items) : undefined;
  if (email && !email.ok) return email;
  const language = canonicalLanguage(raw.language);
  const search = resolveSearch(raw.search);
  return {
    ok: true,
    config: {
      title: raw.title,
      ...siteAddress(raw.url),
      language,
      dir: textDirection(language),
      ogLocale: ogLocale(language),
      description: raw.description,
      timezone: raw.timezone,
      ...(raw.author ? { author: raw.author } : {}),
      ...(raw.organization ? { organization: raw.organization } : {}),
      pageSize: raw.page_size,
      feedItems: raw.feed_items,
      ...(raw.image ? { image: { ...raw.image, src: safeRelativePath(raw.image.src)!, line: doc.locate(['image'])?.line } } : {}),
      ...(raw.podcast ? { podcast: resolvePodcast(raw.podcast, raw, doc) } : {}),
      ...(email ? { email: email.settings } : {}),
      shareImages: raw.share_images,
      ...(search ? { search } : {}),
    },
  };
}

/** The same settings served from another address, e.g. the dev server's http://localhost:4000/. */
export function withSiteUrl(config: SiteConfig, url: string): SiteConfig {
  return { ...config, ...siteAddress(url) };
}

/** An absolute URL as the base of the site: a trailing slash, no query or fragment. */
function siteAddress(href: string): Pick<SiteConfig, 'url' | 'basePath'> {
  const url = new URL(href);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  url.search = '';
  url.hash = '';
  return { url: url.href, basePath: url.pathname };
}
