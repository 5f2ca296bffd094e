/** Head metadata for every page: canonical, Open Graph, Twitter card and JSON-LD. */
import { audioTitle, wordsOf } from './site-words.js';
import type { EditionDetails, ImageInfo, RenderedEdition, SiteData } from '../model/index.js';
import { jsonForScript } from '../util/json-script.js';
import { isoDuration } from '../util/dates.js';
import { ogLocale } from '../util/language.js';
import { absolute } from './absolute-url.js';
import { languageOf } from './text-language.js';
import { languageVersions } from './translations.js';
import { SHARE_IMAGE, shareImageOf } from './share-images.js';

/** Everything the head says but the title and description, which each page template writes (see layouts/base.liquid). */
export interface PageMeta {
  canonical: string;
  /** Open Graph type: article for editions, website for everything else. */
  type: 'article' | 'website';
  image: { url: string; width: number; height: number; alt: string; type: string } | null;
  published: string | null;
  modified: string | null;
  tags: string[];
  /** Serialized JSON-LD, already safe for a script element. */
  jsonld: string | null;
  /** false keeps a page out of search engines (the 404 page). */
  index: boolean;
  /** Open Graph's language_TERRITORY of the page's text: the site's, or an edition's own. */
  locale: string;
  /** og:locale:alternate: the locales of the edition's translations. */
  alternate_locales: string[];
  /** Every language version of an edition (itself included), for <link rel="alternate" hreflang>; [] for other pages. */
  alternates: { hreflang: string; href: string }[];
}

function imageView(site: SiteData, image: ImageInfo | undefined): PageMeta['image'] {
  if (!image) return null;
  return { url: absolute(site, image.src), width: image.width, height: image.height, alt: image.alt, type: image.mimeType };
}

/** The edition's share image, drawn by the build (share-images.ts), with its card's words as its text. */
function shareImageView(site: SiteData, edition: RenderedEdition): PageMeta['image'] {
  const share = shareImageOf(site, edition);
  if (!share) return null;
  const card = share.card();
  const alt = wordsOf(site)('share_image.alt', { headline: card.headline, publication: card.publication, date: card.date });
  return { url: absolute(site, share.path), width: SHARE_IMAGE.width, height: SHARE_IMAGE.height, alt, type: SHARE_IMAGE.mimeType };
}

/** Metadata for a list or home page. */
export function listMeta(site: SiteData, page: { url: string; index?: boolean }): PageMeta {
  return {
    canonical: absolute(site, page.url),
    type: 'website',
    image: imageView(site, site.siteImage),
    published: null,
    modified: null,
    tags: [],
    jsonld: null,
    index: page.index ?? true,
    locale: site.config.ogLocale,
    alternate_locales: [],
    alternates: [],
  };
}

/** Metadata for an edition page, with its NewsArticle JSON-LD. */
export function editionMeta(site: SiteData, edition: RenderedEdition): PageMeta {
  const canonical = absolute(site, edition.url);
  const details = site.details(edition);
  // Its own picture, else the card drawn for it, else the site's image.
  const image = details.picture ? imageView(site, details.picture) : (shareImageView(site, edition) ?? imageView(site, site.siteImage));
  const modified = (edition.updated ?? edition.date).iso;
  const locale = edition.language ? ogLocale(edition.language) : site.config.ogLocale;
  return {
    canonical,
    type: 'article',
    image,
    published: edition.date.iso,
    modified,
    tags: edition.tags,
    jsonld: jsonForScript(newsArticle(site, edition, details, canonical, image, modified)),
    index: true,
    locale,
    // en-GB and en-US are two versions but may be one Open Graph locale.
    alternate_locales: [...new Set(site.translations(edition).map((other) => ogLocale(languageOf(other, site.config))))].filter((other) => other !== locale),
    alternates: languageVersions(edition, site),
  };
}

function newsArticle(site: SiteData, edition: RenderedEdition, details: EditionDetails, canonical: string, image: PageMeta['image'], modified: string) {
  const { config, offer } = site;
  const publisher = { '@type': 'Organization', name: config.organization ?? config.title, url: config.url };
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: edition.headline,
    description: details.description,
    url: canonical,
    mainEntityOfPage: { '@type': 'WebPage', '@id': canonical },
    datePublished: edition.date.iso,
    dateModified: modified,
    inLanguage: languageOf(edition, config),
    ...(image ? { image: [image.url] } : {}),
    ...(edition.tags.length > 0 ? { keywords: edition.tags } : {}),
    author: config.author ? { '@type': 'Person', name: config.author } : publisher,
    publisher,
    ...(details.media
      ? {
          audio: {
            '@type': 'AudioObject',
            name: audioTitle(site, details.media),
            contentUrl: absolute(site, details.media.src),
            encodingFormat: details.media.mimeType,
            contentSize: String(details.media.bytes),
            duration: isoDuration(details.media.durationSeconds),
          },
        }
      : {}),
    ...(offer && details.showOffer
      ? {
          offers: {
            '@type': 'Offer',
            category: 'subscription',
            price: offer.price.toFixed(2),
            priceCurrency: offer.currency,
            url: offer.url,
            priceSpecification: {
              '@type': 'UnitPriceSpecification',
              price: offer.price.toFixed(2),
              priceCurrency: offer.currency,
              billingDuration: offer.period === 'year' ? 'P1Y' : 'P1M',
            },
          },
        }
      : {}),
  };
}
