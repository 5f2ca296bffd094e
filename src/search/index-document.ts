/**
 * What Pagefind reads of an edition: a small HTML document of exactly what
 * search covers (headline, summary, body, topics) and what a result shows
 * (headline, date, language), never the page with its header, offer and
 * footer that every edition repeats. The index is built from these alone.
 */
import type { RenderedEdition, SiteData } from '../model/index.js';
import { editionLink } from '../pages/edition-view.js';
import { slugifyTag } from '../util/slug.js';
import { escapeXml as escape } from '../util/xml.js';

/** String.prototype.toWellFormed (Node 20 has it; TypeScript's ES2023 library does not name it). */
const wellFormed = (text: string): string => (text as string & { toWellFormed(): string }).toWellFormed();

/** An attribute-valued Pagefind field: `name[data-value]` reads the value from the attribute, so commas in it stay. */
const field = (kind: 'meta' | 'filter' | 'sort', name: string, value: string) => `<span data-pagefind-${kind}="${name}[data-value]" data-value="${escape(value)}"></span>`;

/** The document for one published edition; its URL is the permalink, relative to the site (the search page adds the base path). */
export function indexDocument(site: SiteData, edition: RenderedEdition): { url: string; content: string } {
  const link = editionLink(edition, site.config);
  const { summary } = site.details(edition);
  const fields = [
    field('meta', 'date', link.date_text),
    field('meta', 'datetime', edition.date.iso),
    // A result in another language than the site's is marked so, as the lists mark it.
    ...(link.lang ? [field('meta', 'lang', link.lang), field('meta', 'dir', link.dir ?? 'auto')] : []),
    field('filter', 'year', edition.date.year),
    // UTC, so the sort key orders editions across offsets as time does.
    field('sort', 'date', new Date(edition.date.epoch).toISOString()),
  ];
  const topics = edition.tags.map((tag) => `<li data-pagefind-filter="topic[data-value]" data-value="${escape(slugifyTag(tag))}">${escape(tag)}</li>`);
  const content = [
    `<html lang="${escape(edition.language ?? site.config.language)}"><body>`,
    `<h1 data-pagefind-meta="title">${escape(edition.headline)}</h1>`,
    ...fields,
    summary ? `<p>${escape(summary)}</p>` : '',
    site.html(edition),
    topics.length > 0 ? `<ul>${topics.join('')}</ul>` : '',
    '</body></html>',
  ].join('');
  // Pagefind reads JSON with Rust's strict parser, which refuses a lone surrogate (text may carry one): U+FFFD instead.
  return { url: wellFormed(`/${edition.url}`), content: wellFormed(content) };
}
