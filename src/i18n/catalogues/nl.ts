/**
 * Dutch (Netherlands and Flanders): the reader is addressed with “je”, as most Dutch news sites do;
 * typographic apostrophe ’ (“pagina’s”).
 */
import type { Catalogue } from './en.js';

export const nl: Catalogue = {
  // Every page
  'page.skip_link': 'Naar de inhoud',
  'page.footer_nav': 'Website',
  'page.archive': 'Archief',
  'page.topics': 'Onderwerpen',
  'page.feed_title': '{site} ({format})',
  'page.copyright': '© {organization}',

  // An edition
  'edition.draft': 'Concept: niet gepubliceerd',
  'edition.scheduled': 'Ingepland: verschijnt pas op {date}',
  'edition.topics': 'Onderwerpen:',
  'edition.neighbours': 'Vorige en volgende editie',
  'edition.previous': 'Vorige editie',
  'edition.next': 'Volgende editie',
  'edition.also_in': 'Ook in:',
  'audio.title': 'Luister naar de editie van vandaag',
  'audio.download': 'Download de audio',
  'share.permalink': 'Link naar deze editie',
  'share.copy': 'Link kopiëren',
  'share.field': 'Link om te kopiëren',
  'share.copied': 'Link gekopieerd',
  'share.blocked': 'Je browser heeft het kopiëren geblokkeerd. De link staat hierboven geselecteerd: kopieer hem daar.',
  'markdown.footnotes': 'Voetnoten',
  'markdown.back_to_reference': 'Terug naar verwijzing {n}',
  'markdown.table': 'Tabel {n}: {columns}',

  // The subscription offer
  'offer.headline': 'Abonneren',
  'offer.price_month': 'Word vandaag abonnee en betaal maar {price} per maand.',
  'offer.price_year': 'Word vandaag abonnee en betaal maar {price} per jaar, dat is {per_month} per maand.',
  'offer.price_year_under': 'Word vandaag abonnee en betaal maar {price} per jaar, dat is minder dan {per_month} per maand.',
  'offer.trial_days': {
    one: 'En je leest {count} dag gratis op proef, zonder verdere verplichtingen.',
    other: 'En je leest {count} dagen gratis op proef, zonder verdere verplichtingen.',
  },
  'offer.trial_weeks': {
    '=1': 'En je leest een week gratis op proef, zonder verdere verplichtingen.',
    '=2': 'En je leest twee weken gratis op proef, zonder verdere verplichtingen.',
    '=3': 'En je leest drie weken gratis op proef, zonder verdere verplichtingen.',
    '=4': 'En je leest vier weken gratis op proef, zonder verdere verplichtingen.',
    one: 'En je leest {count} week gratis op proef, zonder verdere verplichtingen.',
    other: 'En je leest {count} weken gratis op proef, zonder verdere verplichtingen.',
  },

  // Home page and lists
  'home.earlier': 'Eerdere edities',
  'home.all_editions': 'Alle edities in het archief',
  'list.empty': 'Er zijn nog geen edities verschenen.',
  'list.pages': 'Pagina’s',
  'list.newer': 'Nieuwer',
  'list.older': 'Ouder',
  'list.latest': 'Nieuwste',
  'list.separator': ', ',
  'archive.title': 'Archief',
  'archive.title_page': 'Archief, pagina {page}',
  'archive.description': 'Alle edities van {site}, de nieuwste eerst.',
  'topics.title': 'Onderwerpen',
  'topics.description': 'Alle onderwerpen waarover {site} schrijft.',
  'tag.title_page': '{tag}, pagina {page}',
  'tag.description': 'Edities van {site} over {tag}.',
  'tag.count': { one: '{count} editie', other: '{count} edities' },

  // Pages that are not an edition
  'not_found.title': 'Pagina niet gevonden',
  'not_found.text': 'De pagina die je zoekt, staat hier niet. Misschien is ze verplaatst, of zit er een typefout in het adres.',
  'not_found.home': 'Lees de editie van vandaag',
  'not_found.archive': 'Blader door het archief',
  'not_found.latest': 'Nieuwste edities',
  'redirect.moved': 'Deze editie heeft een nieuw adres:',

  // The podcast (issue 13): the footer link to podcast.xml, the title of its <link rel="alternate">, and the link to an
  // edition's transcript beside the narration.
  'page.podcast': 'Podcast',
  'page.podcast_title': '{show} (podcast)',
  'audio.transcript': 'Lees de transcriptie',
  // The email edition (issue 13): its links and footer, and a picture a build cannot size.
  'email.view_in_browser': 'Bekijk in je browser',
  'email.listen_note': '{duration}, speelt af in je browser',
  'email.unsubscribe': 'Afmelden',
  'email.reason': 'Je ontvangt deze e-mail omdat je bent geabonneerd op {site}.',
  'email.image_link': 'Afbeelding: {alt}',
  // Share images (issue 13): the text of an edition's card, for those who cannot see it.
  'share_image.alt': '{headline}, {publication}, {date}',
  // Search (issue 14): the header's search box, the search page, and what its script says as it searches
  // (search.results, matches, none, searching, error are filled in by templates/assets/search.js).
  'search.title': 'Zoeken',
  'search.description': 'Doorzoek alle edities van {site}.',
  'search.field': 'Zoeken in {site}',
  'search.button': 'Zoeken',
  'search.refine': 'Resultaten verfijnen',
  'search.topic': 'Onderwerp',
  'search.any_topic': 'Alle onderwerpen',
  'search.year': 'Jaar',
  'search.any_year': 'Alle jaren',
  'search.sort': 'Sorteren op',
  'search.relevance': 'Relevantie',
  'search.newest': 'Nieuwste eerst',
  'search.more': 'Meer resultaten tonen',
  'search.results': { one: '{count} resultaat voor “{query}”', other: '{count} resultaten voor “{query}”' },
  'search.matches': { one: '{count} editie gevonden', other: '{count} edities gevonden' },
  'search.none': 'Geen edities gevonden voor “{query}”.',
  'search.searching': 'Bezig met zoeken…',
  'search.error': 'De zoekfunctie kon niet worden geladen. Controleer je verbinding en probeer het opnieuw.',
  'search.no_script': 'Zoeken op deze website gebeurt in je browser en vereist JavaScript. Zonder JavaScript doorzoekt dit formulier {site} via {engine}.',
  'search.no_script_none': 'Zoeken op deze website gebeurt in je browser en vereist JavaScript. Zonder JavaScript vind je alle edities in het archief.',
};
