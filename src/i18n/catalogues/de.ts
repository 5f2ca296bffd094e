/**
 * German (Standard German, Germany; formal „Sie“): German quotation marks „…“, a full sentence after a colon
 * begins with a capital. Swiss sites override ß with ss in content/strings.yml.
 */
import type { Catalogue } from './en.js';

export const de: Catalogue = {
  // Every page
  'page.skip_link': 'Zum Inhalt springen',
  'page.footer_nav': 'Website',
  'page.archive': 'Archiv',
  'page.topics': 'Themen',
  'page.feed_title': '{site} ({format})',
  'page.copyright': '© {organization}',

  // An edition
  'edition.draft': 'Entwurf: nicht veröffentlicht',
  'edition.scheduled': 'Geplant: erscheint erst am {date}',
  'edition.topics': 'Themen:',
  'edition.neighbours': 'Vorherige und nächste Ausgabe',
  'edition.previous': 'Vorherige Ausgabe',
  'edition.next': 'Nächste Ausgabe',
  'edition.also_in': 'Auch in:',
  'audio.title': 'Die heutige Ausgabe anhören',
  'audio.download': 'Audiofassung herunterladen',
  'share.permalink': 'Link zu dieser Ausgabe',
  'share.copy': 'Link kopieren',
  'share.field': 'Link zum Kopieren',
  'share.copied': 'Link kopiert',
  'share.blocked': 'Ihr Browser hat das Kopieren blockiert. Der Link ist oben markiert: Kopieren Sie ihn dort.',
  'markdown.footnotes': 'Fußnoten',
  'markdown.back_to_reference': 'Zurück zu Verweis {n}',
  'markdown.table': 'Tabelle {n}: {columns}',

  // The subscription offer
  'offer.headline': 'Abonnieren',
  'offer.price_month': 'Abonnieren Sie noch heute und zahlen Sie nur {price} im Monat.',
  'offer.price_year': 'Abonnieren Sie noch heute und zahlen Sie nur {price} im Jahr, das sind {per_month} im Monat.',
  'offer.price_year_under': 'Abonnieren Sie noch heute und zahlen Sie nur {price} im Jahr, das sind weniger als {per_month} im Monat.',
  'offer.trial_days': {
    one: 'Dazu lesen Sie {count} Tag lang kostenlos und unverbindlich zur Probe.',
    other: 'Dazu lesen Sie {count} Tage lang kostenlos und unverbindlich zur Probe.',
  },
  'offer.trial_weeks': {
    '=1': 'Dazu lesen Sie eine Woche lang kostenlos und unverbindlich zur Probe.',
    '=2': 'Dazu lesen Sie zwei Wochen lang kostenlos und unverbindlich zur Probe.',
    '=3': 'Dazu lesen Sie drei Wochen lang kostenlos und unverbindlich zur Probe.',
    '=4': 'Dazu lesen Sie vier Wochen lang kostenlos und unverbindlich zur Probe.',
    one: 'Dazu lesen Sie {count} Woche lang kostenlos und unverbindlich zur Probe.',
    other: 'Dazu lesen Sie {count} Wochen lang kostenlos und unverbindlich zur Probe.',
  },

  // Home page and lists
  'home.earlier': 'Frühere Ausgaben',
  'home.all_editions': 'Alle Ausgaben im Archiv',
  'list.empty': 'Es sind noch keine Ausgaben erschienen.',
  'list.pages': 'Seiten',
  'list.newer': 'Neuere',
  'list.older': 'Ältere',
  'list.latest': 'Neueste',
  'list.separator': ', ',
  'archive.title': 'Archiv',
  'archive.title_page': 'Archiv, Seite {page}',
  'archive.description': 'Alle Ausgaben von {site}, die neueste zuerst.',
  'topics.title': 'Themen',
  'topics.description': 'Alle Themen, über die {site} berichtet.',
  'tag.title_page': '{tag}, Seite {page}',
  'tag.description': 'Ausgaben von {site} zum Thema {tag}.',
  'tag.count': { one: '{count} Ausgabe', other: '{count} Ausgaben' },

  // Pages that are not an edition
  'not_found.title': 'Seite nicht gefunden',
  'not_found.text': 'Die gewünschte Seite gibt es hier nicht. Vielleicht wurde sie verschoben, oder die Adresse enthält einen Tippfehler.',
  'not_found.home': 'Die heutige Ausgabe lesen',
  'not_found.archive': 'Im Archiv stöbern',
  'not_found.latest': 'Neueste Ausgaben',
  'redirect.moved': 'Diese Ausgabe hat eine neue Adresse:',

  // The podcast (issue 13): the footer link to podcast.xml, the title of its <link rel="alternate">, and the link to an
  // edition's transcript beside the narration.
  'page.podcast': 'Podcast',
  'page.podcast_title': '{show} (Podcast)',
  'audio.transcript': 'Transkript lesen',
  // The email edition (issue 13): its links and footer, and a picture a build cannot size.
  'email.view_in_browser': 'Im Browser ansehen',
  'email.listen_note': '{duration}, wird im Browser abgespielt',
  'email.unsubscribe': 'Abmelden',
  'email.reason': 'Sie erhalten diese E-Mail, weil Sie {site} abonniert haben.',
  'email.image_link': 'Bild: {alt}',
  // Share images (issue 13): the text of an edition's card, for those who cannot see it.
  'share_image.alt': '{headline}, {publication}, {date}',
  // Search (issue 14): the header's search box, the search page, and what its script says as it searches
  // (search.results, matches, none, searching, error are filled in by templates/assets/search.js).
  'search.title': 'Suche',
  'search.description': 'Durchsuchen Sie alle Ausgaben von {site}.',
  'search.field': '{site} durchsuchen',
  'search.button': 'Suchen',
  'search.refine': 'Ergebnisse eingrenzen',
  'search.topic': 'Thema',
  'search.any_topic': 'Alle Themen',
  'search.year': 'Jahr',
  'search.any_year': 'Alle Jahre',
  'search.sort': 'Sortieren nach',
  'search.relevance': 'Relevanz',
  'search.newest': 'Neueste zuerst',
  'search.more': 'Weitere Ergebnisse anzeigen',
  'search.results': { one: '{count} Ergebnis für „{query}“', other: '{count} Ergebnisse für „{query}“' },
  'search.matches': { one: '{count} Ausgabe gefunden', other: '{count} Ausgaben gefunden' },
  'search.none': 'Zu „{query}“ wurde keine Ausgabe gefunden.',
  'search.searching': 'Suche läuft…',
  'search.error': 'Die Suche konnte nicht geladen werden. Bitte prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.',
  'search.no_script': 'Die Suche auf dieser Website läuft in Ihrem Browser und benötigt JavaScript. Ohne JavaScript durchsucht dieses Formular {site} mit {engine}.',
  'search.no_script_none': 'Die Suche auf dieser Website läuft in Ihrem Browser und benötigt JavaScript. Ohne JavaScript finden Sie alle Ausgaben im Archiv.',
};
