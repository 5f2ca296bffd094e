/**
 * French (France): a narrow no-break space (U+202F, written \u202f) before : ; ! ? and inside « »,
 * the typographic apostrophe ’; counts of a million or more take « de » (« 1 000 000 de jours »).
 */
import type { Catalogue } from './en.js';

export const fr: Catalogue = {
  // Every page
  'page.skip_link': 'Aller au contenu',
  'page.footer_nav': 'Site',
  'page.archive': 'Archives',
  'page.topics': 'Sujets',
  'page.feed_title': '{site} ({format})',
  'page.copyright': '© {organization}',

  // An edition
  'edition.draft': 'Brouillon\u202f: non publié',
  'edition.scheduled': 'Programmé\u202f: publication prévue le {date}',
  'edition.topics': 'Sujets\u202f:',
  'edition.neighbours': 'Éditions précédente et suivante',
  'edition.previous': 'Édition précédente',
  'edition.next': 'Édition suivante',
  'edition.also_in': 'Également dans\u202f:',
  'audio.title': 'Écouter l’édition du jour',
  'audio.download': 'Télécharger la version audio',
  'share.permalink': 'Lien vers cette édition',
  'share.copy': 'Copier le lien',
  'share.field': 'Lien à copier',
  'share.copied': 'Lien copié',
  'share.blocked': 'Votre navigateur a bloqué la copie. Le lien est sélectionné ci-dessus\u202f: copiez-le à partir de là.',
  'markdown.footnotes': 'Notes',
  'markdown.back_to_reference': 'Retour à l’appel de note {n}',
  'markdown.table': 'Tableau {n}\u202f: {columns}',

  // The subscription offer
  'offer.headline': 'Abonnez-vous',
  'offer.price_month': 'Abonnez-vous dès aujourd’hui pour seulement {price} par mois.',
  'offer.price_year': 'Abonnez-vous dès aujourd’hui pour seulement {price} par an, soit {per_month} par mois.',
  'offer.price_year_under': 'Abonnez-vous dès aujourd’hui pour seulement {price} par an, soit moins de {per_month} par mois.',
  'offer.trial_days': {
    one: 'Et profitez d’un essai gratuit de {count} jour, sans engagement.',
    many: 'Et profitez d’un essai gratuit de {count} de jours, sans engagement.',
    other: 'Et profitez d’un essai gratuit de {count} jours, sans engagement.',
  },
  'offer.trial_weeks': {
    '=1': 'Et profitez d’un essai gratuit d’une semaine, sans engagement.',
    '=2': 'Et profitez d’un essai gratuit de deux semaines, sans engagement.',
    '=3': 'Et profitez d’un essai gratuit de trois semaines, sans engagement.',
    '=4': 'Et profitez d’un essai gratuit de quatre semaines, sans engagement.',
    one: 'Et profitez d’un essai gratuit de {count} semaine, sans engagement.',
    many: 'Et profitez d’un essai gratuit de {count} de semaines, sans engagement.',
    other: 'Et profitez d’un essai gratuit de {count} semaines, sans engagement.',
  },

  // Home page and lists
  'home.earlier': 'Éditions précédentes',
  'home.all_editions': 'Toutes les éditions dans les archives',
  'list.empty': 'Aucune édition n’a encore été publiée.',
  'list.pages': 'Pages',
  'list.newer': 'Plus récentes',
  'list.older': 'Plus anciennes',
  'list.latest': 'Les dernières',
  'list.separator': ', ',
  'archive.title': 'Archives',
  'archive.title_page': 'Archives, page {page}',
  'archive.description': 'Toutes les éditions de {site}, des plus récentes aux plus anciennes.',
  'topics.title': 'Sujets',
  'topics.description': 'Tous les sujets traités par {site}.',
  'tag.title_page': '{tag}, page {page}',
  'tag.description': 'Les éditions de {site} sur le thème {tag}.',
  'tag.count': { one: '{count} édition', many: '{count} d’éditions', other: '{count} éditions' },

  // Pages that are not an edition
  'not_found.title': 'Page introuvable',
  'not_found.text': 'La page demandée ne se trouve pas ici. Elle a peut-être été déplacée, ou l’adresse comporte une faute de frappe.',
  'not_found.home': 'Lire l’édition du jour',
  'not_found.archive': 'Parcourir les archives',
  'not_found.latest': 'Dernières éditions',
  'redirect.moved': 'Cette édition a changé d’adresse\u202f:',

  // The podcast (issue 13): the footer link to podcast.xml, the title of its <link rel="alternate">, and the link to an
  // edition's transcript beside the narration.
  'page.podcast': 'Podcast',
  'page.podcast_title': '{show} (podcast)',
  'audio.transcript': 'Lire la transcription',
  // The email edition (issue 13): its links and footer, and a picture a build cannot size.
  'email.view_in_browser': 'Voir dans votre navigateur',
  'email.listen_note': '{duration}, s’écoute dans votre navigateur',
  'email.unsubscribe': 'Se désabonner',
  'email.reason': 'Vous recevez cet e-mail car votre adresse est abonnée à {site}.',
  'email.image_link': 'Image\u202f: {alt}',
  // Share images (issue 13): the text of an edition's card, for those who cannot see it.
  'share_image.alt': '{headline}, {publication}, {date}',
  // Search (issue 14): the header's search box, the search page, and what its script says as it searches
  // (search.results, matches, none, searching, error are filled in by templates/assets/search.js).
  'search.title': 'Recherche',
  'search.description': 'Recherchez dans toutes les éditions de {site}.',
  'search.field': 'Rechercher sur {site}',
  'search.button': 'Rechercher',
  'search.refine': 'Affiner les résultats',
  'search.topic': 'Sujet',
  'search.any_topic': 'Tous les sujets',
  'search.year': 'Année',
  'search.any_year': 'Toutes les années',
  'search.sort': 'Trier par',
  'search.relevance': 'Pertinence',
  'search.newest': 'Les plus récentes d’abord',
  'search.more': 'Afficher plus de résultats',
  'search.results': {
    one: '{count} résultat pour «\u202f{query}\u202f»',
    many: '{count} de résultats pour «\u202f{query}\u202f»',
    other: '{count} résultats pour «\u202f{query}\u202f»',
  },
  'search.matches': { one: '{count} édition correspond', many: '{count} d’éditions correspondent', other: '{count} éditions correspondent' },
  'search.none': 'Aucune édition ne correspond à «\u202f{query}\u202f».',
  'search.searching': 'Recherche en cours…',
  'search.error': 'Impossible de charger la recherche. Vérifiez votre connexion et réessayez.',
  'search.no_script': 'La recherche sur ce site fonctionne dans votre navigateur et nécessite JavaScript. Sans JavaScript, ce formulaire lance la recherche sur {site} avec {engine}.',
  'search.no_script_none': 'La recherche sur ce site fonctionne dans votre navigateur et nécessite JavaScript. Sans JavaScript, les archives recensent toutes les éditions.',
};
