/**
 * Italian: the reader is addressed with «tu», as Italian news sites do («Abbonati»); typographic apostrophe ’;
 * counts of a million or more take «di» («1.000.000 di giorni»).
 */
import type { Catalogue } from './en.js';

export const it: Catalogue = {
  // Every page
  'page.skip_link': 'Vai al contenuto',
  'page.footer_nav': 'Sito',
  'page.archive': 'Archivio',
  'page.topics': 'Argomenti',
  'page.feed_title': '{site} ({format})',
  'page.copyright': '© {organization}',

  // An edition
  'edition.draft': 'Bozza: non pubblicata',
  'edition.scheduled': 'Programmata: pubblicazione prevista in data {date}',
  'edition.topics': 'Argomenti:',
  'edition.neighbours': 'Edizioni precedente e successiva',
  'edition.previous': 'Edizione precedente',
  'edition.next': 'Edizione successiva',
  'edition.also_in': 'Anche in:',
  'audio.title': 'Ascolta l’edizione di oggi',
  'audio.download': 'Scarica l’audio',
  'share.permalink': 'Link a questa edizione',
  'share.copy': 'Copia il link',
  'share.field': 'Link da copiare',
  'share.copied': 'Link copiato',
  'share.blocked': 'Il tuo browser ha bloccato la copia. Il link è selezionato qui sopra: copialo da lì.',
  'markdown.footnotes': 'Note',
  'markdown.back_to_reference': 'Torna al richiamo di nota {n}',
  'markdown.table': 'Tabella {n}: {columns}',

  // The subscription offer
  'offer.headline': 'Abbonati',
  'offer.price_month': 'Abbonati oggi e paghi solo {price} al mese.',
  'offer.price_year': 'Abbonati oggi e paghi solo {price} all’anno, cioè {per_month} al mese.',
  'offer.price_year_under': 'Abbonati oggi e paghi solo {price} all’anno, cioè meno di {per_month} al mese.',
  'offer.trial_days': {
    one: 'In più hai {count} giorno di prova gratuita, senza alcun vincolo.',
    many: 'In più hai {count} di giorni di prova gratuita, senza alcun vincolo.',
    other: 'In più hai {count} giorni di prova gratuita, senza alcun vincolo.',
  },
  'offer.trial_weeks': {
    '=1': 'In più hai una settimana di prova gratuita, senza alcun vincolo.',
    '=2': 'In più hai due settimane di prova gratuita, senza alcun vincolo.',
    '=3': 'In più hai tre settimane di prova gratuita, senza alcun vincolo.',
    '=4': 'In più hai quattro settimane di prova gratuita, senza alcun vincolo.',
    one: 'In più hai {count} settimana di prova gratuita, senza alcun vincolo.',
    many: 'In più hai {count} di settimane di prova gratuita, senza alcun vincolo.',
    other: 'In più hai {count} settimane di prova gratuita, senza alcun vincolo.',
  },

  // Home page and lists
  'home.earlier': 'Edizioni precedenti',
  'home.all_editions': 'Tutte le edizioni in archivio',
  'list.empty': 'Non è ancora stata pubblicata nessuna edizione.',
  'list.pages': 'Pagine',
  'list.newer': 'Più recenti',
  'list.older': 'Meno recenti',
  'list.latest': 'Ultime',
  'list.separator': ', ',
  'archive.title': 'Archivio',
  'archive.title_page': 'Archivio, pagina {page}',
  'archive.description': 'Tutte le edizioni di {site}, dalla più recente.',
  'topics.title': 'Argomenti',
  'topics.description': 'Tutti gli argomenti trattati da {site}.',
  'tag.title_page': '{tag}, pagina {page}',
  'tag.description': 'Le edizioni di {site} sul tema {tag}.',
  'tag.count': { one: '{count} edizione', many: '{count} di edizioni', other: '{count} edizioni' },

  // Pages that are not an edition
  'not_found.title': 'Pagina non trovata',
  'not_found.text': 'La pagina che cerchi non è qui. Potrebbe essere stata spostata, oppure l’indirizzo contiene un errore di battitura.',
  'not_found.home': 'Leggi l’edizione di oggi',
  'not_found.archive': 'Sfoglia l’archivio',
  'not_found.latest': 'Ultime edizioni',
  'redirect.moved': 'Questa edizione ha un nuovo indirizzo:',

  // The podcast (issue 13): the footer link to podcast.xml, the title of its <link rel="alternate">, and the link to an
  // edition's transcript beside the narration.
  'page.podcast': 'Podcast',
  'page.podcast_title': '{show} (podcast)',
  'audio.transcript': 'Leggi la trascrizione',
  // The email edition (issue 13): its links and footer, and a picture a build cannot size.
  'email.view_in_browser': 'Visualizza nel browser',
  'email.listen_note': '{duration}, si ascolta nel browser',
  'email.unsubscribe': 'Annulla l’iscrizione',
  'email.reason': 'Ricevi questa email perché il tuo indirizzo è iscritto a {site}.',
  'email.image_link': 'Immagine: {alt}',
  // Share images (issue 13): the text of an edition's card, for those who cannot see it.
  'share_image.alt': '{headline}, {publication}, {date}',
  // Search (issue 14): the header's search box, the search page, and what its script says as it searches
  // (search.results, matches, none, searching, error are filled in by templates/assets/search.js).
  'search.title': 'Ricerca',
  'search.description': 'Cerca in tutte le edizioni di {site}.',
  'search.field': 'Cerca su {site}',
  'search.button': 'Cerca',
  'search.refine': 'Affina i risultati',
  'search.topic': 'Argomento',
  'search.any_topic': 'Tutti gli argomenti',
  'search.year': 'Anno',
  'search.any_year': 'Tutti gli anni',
  'search.sort': 'Ordina per',
  'search.relevance': 'Pertinenza',
  'search.newest': 'Prima le più recenti',
  'search.more': 'Mostra altri risultati',
  'search.results': { one: '{count} risultato per «{query}»', many: '{count} di risultati per «{query}»', other: '{count} risultati per «{query}»' },
  'search.matches': { one: '{count} edizione trovata', many: '{count} di edizioni trovate', other: '{count} edizioni trovate' },
  'search.none': 'Nessuna edizione corrisponde a «{query}».',
  'search.searching': 'Ricerca in corso…',
  'search.error': 'Non è stato possibile caricare la ricerca. Controlla la connessione e riprova.',
  'search.no_script': 'La ricerca su questo sito funziona nel tuo browser e richiede JavaScript. Senza JavaScript, questo modulo cerca su {site} tramite {engine}.',
  'search.no_script_none': 'La ricerca su questo sito funziona nel tuo browser e richiede JavaScript. Senza JavaScript, trovi tutte le edizioni in archivio.',
};
