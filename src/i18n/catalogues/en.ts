/**
 * English: the reference catalogue. Every key here must exist in every other
 * catalogue with the same placeholders (tests/unit/i18n/catalogues.test.ts).
 * Keys name where the words appear; a newsroom overrides any of them in
 * content/strings.yml.
 */
import type { Message } from '../message.js';

export const en = {
  // Every page
  'page.skip_link': 'Skip to content',
  'page.footer_nav': 'Site',
  'page.archive': 'Archive',
  'page.topics': 'Topics',
  'page.feed_title': '{site} ({format})',
  'page.copyright': '© {organization}',

  // An edition
  'edition.draft': 'Draft: not published',
  'edition.scheduled': 'Scheduled: not published until {date}',
  'edition.topics': 'Topics:',
  'edition.neighbours': 'Neighbouring editions',
  'edition.previous': 'Previous edition',
  'edition.next': 'Next edition',
  'edition.also_in': 'Also in:',
  'audio.title': "Listen to Today's Edition",
  'audio.download': 'Download the narration',
  'share.permalink': 'Link to this edition',
  'share.copy': 'Copy link',
  'share.field': 'Link to copy',
  'share.copied': 'Link copied',
  'share.blocked': 'Your browser blocked copying. The link is selected above: copy it from there.',
  'markdown.footnotes': 'Footnotes',
  'markdown.back_to_reference': 'Back to reference {n}',
  'markdown.table': 'Table {n}: {columns}',

  // The subscription offer
  'offer.headline': 'Subscribe',
  'offer.price_month': 'Join us today and pay only {price} a month.',
  'offer.price_year': 'Join us today and pay only {price} a year, {per_month} a month.',
  'offer.price_year_under': 'Join us today and pay only {price} a year, less than {per_month} a month.',
  'offer.trial_days': {
    one: 'And you get a free {count}-day trial with no obligation to continue.',
    other: 'And you get a free {count}-day trial with no obligation to continue.',
  },
  'offer.trial_weeks': {
    '=1': 'And you get a free one-week trial with no obligation to continue.',
    '=2': 'And you get a free two-week trial with no obligation to continue.',
    '=3': 'And you get a free three-week trial with no obligation to continue.',
    '=4': 'And you get a free four-week trial with no obligation to continue.',
    one: 'And you get a free {count}-week trial with no obligation to continue.',
    other: 'And you get a free {count}-week trial with no obligation to continue.',
  },

  // Home page and lists
  'home.earlier': 'Earlier editions',
  'home.all_editions': 'All editions in the archive',
  'list.empty': 'No editions have been published yet.',
  'list.pages': 'Pages',
  'list.newer': 'Newer',
  'list.older': 'Older',
  'list.latest': 'Latest',
  // Between the topics of an edition, and between its translations: Arabic writes "، ".
  'list.separator': ', ',
  'archive.title': 'Archive',
  'archive.title_page': 'Archive, page {page}',
  'archive.description': 'Every edition of {site}, newest first.',
  'topics.title': 'Topics',
  'topics.description': 'Every topic {site} covers.',
  'tag.title_page': '{tag}, page {page}',
  'tag.description': 'Editions of {site} about {tag}.',
  'tag.count': { one: '{count} edition', other: '{count} editions' },

  // Pages that are not an edition
  'not_found.title': 'Page not found',
  'not_found.text': 'The page you asked for isn’t here. It may have moved, or the address may be mistyped.',
  'not_found.home': 'Read today’s edition',
  'not_found.archive': 'Browse the archive',
  'not_found.latest': 'Latest editions',
  'redirect.moved': 'This edition has moved to a new address:',

  // The podcast (issue 13): the footer link to podcast.xml, the title of its <link rel="alternate">, and the link to an
  // edition's transcript beside the narration.
  'page.podcast': 'Podcast',
  'page.podcast_title': '{show} (podcast)',
  'audio.transcript': 'Read the transcript',
  // The email edition (issue 13): its links and footer, and a picture a build cannot size.
  'email.view_in_browser': 'View in your browser',
  'email.listen_note': '{duration}, plays in your browser',
  'email.unsubscribe': 'Unsubscribe',
  'email.reason': 'You are receiving this email because you subscribed to {site}.',
  'email.image_link': 'Image: {alt}',
  // Share images (issue 13): the text of an edition's card, for those who cannot see it.
  'share_image.alt': '{headline}, {publication}, {date}',
  // Search (issue 14): the header's search box, the search page, and what its script says as it searches
  // (search.results, matches, none, searching, error are filled in by templates/assets/search.js).
  'search.title': 'Search',
  'search.description': 'Search every edition of {site}.',
  'search.field': 'Search {site}',
  'search.button': 'Search',
  'search.refine': 'Refine the results',
  'search.topic': 'Topic',
  'search.any_topic': 'All topics',
  'search.year': 'Year',
  'search.any_year': 'All years',
  'search.sort': 'Sort by',
  'search.relevance': 'Relevance',
  'search.newest': 'Newest first',
  'search.more': 'Show more results',
  'search.results': { one: '{count} result for “{query}”', other: '{count} results for “{query}”' },
  'search.matches': { one: '{count} edition matches', other: '{count} editions match' },
  'search.none': 'No edition matches “{query}”.',
  'search.searching': 'Searching…',
  'search.error': 'The search could not be loaded. Check your connection and try again.',
  'search.no_script': 'Searching this site runs in your browser and needs JavaScript. Without it, this form searches {site} on {engine}.',
  'search.no_script_none': 'Searching this site runs in your browser and needs JavaScript. Without it, the archive lists every edition.',
} satisfies Record<string, Message>;

export type MessageKey = keyof typeof en;
export type Catalogue = Record<MessageKey, Message>;
