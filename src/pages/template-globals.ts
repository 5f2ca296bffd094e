/** Values every template can use: the publication and its offer, already formatted. */
import { FEEDS } from './feeds.js';
import { podcastUrl } from './podcast.js';
import { absolute } from './absolute-url.js';
import type { OfferTerms, SiteData, TemplateGlobals } from '../model/index.js';

export function templateGlobals(site: SiteData): TemplateGlobals {
  const { config, offer } = site;
  const podcast = podcastUrl(site);
  return {
    site: {
      title: config.title,
      url: config.url,
      base_path: config.basePath,
      language: config.language,
      timezone: config.timezone,
      dir: config.dir,
      description: config.description,
      author: config.author ?? null,
      organization: config.organization ?? config.title,
      og_locale: config.ogLocale,
      has_tags: site.editions.some((edition) => edition.tags.length > 0),
      feeds: {
        rss: absolute(site, FEEDS.rss),
        atom: absolute(site, FEEDS.atom),
        json: absolute(site, FEEDS.json),
      },
      // The show's name and feed when the build writes podcast.xml, for the alternate link and the footer; else null.
      podcast: podcast ? { url: podcast, title: config.podcast!.title } : null,
      // The header's search box and the footer's link go to search/ when the site has search.
      search: config.search ? true : null,
    },
    // The `t` filter's messages (apply-templates.ts); in the globals so a change of wording remakes every page.
    strings: site.strings,
    offer: offer
      ? {
          headline: offer.headline ?? null,
          pitch_html: offer.pitchHtml,
          url: offer.url,
          cta: offer.cta,
          period: offer.period,
          ...snakeCase(offer.terms),
        }
      : null,
  };
}

function snakeCase(terms: OfferTerms) {
  return {
    price_text: terms.price,
    per_month_text: terms.perMonth,
    per_month_is_ceiling: terms.perMonthIsCeiling,
    trial_weeks: terms.trialWeeks ?? null,
    trial_days: terms.trialDays ?? null,
  };
}
