/**
 * Spanish (neutral, for Spain and Latin America; the reader is addressed as «usted»; «solo» without accent,
 * as the RAE advises); counts of a million or more take «de» («1.000.000 de días»).
 */
import type { Catalogue } from './en.js';

export const es: Catalogue = {
  // Every page
  'page.skip_link': 'Ir al contenido',
  'page.footer_nav': 'Sitio',
  'page.archive': 'Archivo',
  'page.topics': 'Temas',
  'page.feed_title': '{site} ({format})',
  'page.copyright': '© {organization}',

  // An edition
  'edition.draft': 'Borrador: sin publicar',
  'edition.scheduled': 'Programada: no se publicará hasta el {date}',
  'edition.topics': 'Temas:',
  'edition.neighbours': 'Ediciones anterior y siguiente',
  'edition.previous': 'Edición anterior',
  'edition.next': 'Edición siguiente',
  'edition.also_in': 'También en:',
  'audio.title': 'Escuche la edición de hoy',
  'audio.download': 'Descargar el audio',
  'share.permalink': 'Enlace a esta edición',
  'share.copy': 'Copiar enlace',
  'share.field': 'Enlace para copiar',
  'share.copied': 'Enlace copiado',
  'share.blocked': 'Su navegador no ha permitido copiar el enlace. Está seleccionado arriba: cópielo desde ahí.',
  'markdown.footnotes': 'Notas',
  'markdown.back_to_reference': 'Volver a la llamada de nota {n}',
  'markdown.table': 'Tabla {n}: {columns}',

  // The subscription offer
  'offer.headline': 'Suscríbase',
  'offer.price_month': 'Suscríbase hoy y pague solo {price} al mes.',
  'offer.price_year': 'Suscríbase hoy y pague solo {price} al año, es decir, {per_month} al mes.',
  'offer.price_year_under': 'Suscríbase hoy y pague solo {price} al año, es decir, menos de {per_month} al mes.',
  'offer.trial_days': {
    one: 'Además, disfrute de {count} día de prueba gratis, sin compromiso de permanencia.',
    many: 'Además, disfrute de {count} de días de prueba gratis, sin compromiso de permanencia.',
    other: 'Además, disfrute de {count} días de prueba gratis, sin compromiso de permanencia.',
  },
  'offer.trial_weeks': {
    '=1': 'Además, disfrute de una semana de prueba gratis, sin compromiso de permanencia.',
    '=2': 'Además, disfrute de dos semanas de prueba gratis, sin compromiso de permanencia.',
    '=3': 'Además, disfrute de tres semanas de prueba gratis, sin compromiso de permanencia.',
    '=4': 'Además, disfrute de cuatro semanas de prueba gratis, sin compromiso de permanencia.',
    one: 'Además, disfrute de {count} semana de prueba gratis, sin compromiso de permanencia.',
    many: 'Además, disfrute de {count} de semanas de prueba gratis, sin compromiso de permanencia.',
    other: 'Además, disfrute de {count} semanas de prueba gratis, sin compromiso de permanencia.',
  },

  // Home page and lists
  'home.earlier': 'Ediciones anteriores',
  'home.all_editions': 'Todas las ediciones en el archivo',
  'list.empty': 'Todavía no se ha publicado ninguna edición.',
  'list.pages': 'Páginas',
  'list.newer': 'Más recientes',
  'list.older': 'Más antiguas',
  'list.latest': 'Últimas',
  'list.separator': ', ',
  'archive.title': 'Archivo',
  'archive.title_page': 'Archivo, página {page}',
  'archive.description': 'Todas las ediciones de {site}, de la más reciente a la más antigua.',
  'topics.title': 'Temas',
  'topics.description': 'Todos los temas que cubre {site}.',
  'tag.title_page': '{tag}, página {page}',
  'tag.description': 'Ediciones de {site} sobre {tag}.',
  'tag.count': { one: '{count} edición', many: '{count} de ediciones', other: '{count} ediciones' },

  // Pages that are not an edition
  'not_found.title': 'Página no encontrada',
  'not_found.text': 'La página que busca no está aquí. Puede que se haya trasladado o que la dirección esté mal escrita.',
  'not_found.home': 'Leer la edición de hoy',
  'not_found.archive': 'Consultar el archivo',
  'not_found.latest': 'Últimas ediciones',
  'redirect.moved': 'Esta edición tiene una nueva dirección:',

  // The podcast (issue 13): the footer link to podcast.xml, the title of its <link rel="alternate">, and the link to an
  // edition's transcript beside the narration.
  'page.podcast': 'Pódcast',
  'page.podcast_title': '{show} (pódcast)',
  'audio.transcript': 'Leer la transcripción',
  // The email edition (issue 13): its links and footer, and a picture a build cannot size.
  'email.view_in_browser': 'Ver en su navegador',
  'email.listen_note': '{duration}, se reproduce en su navegador',
  'email.unsubscribe': 'Cancelar la suscripción',
  'email.reason': 'Recibe este correo porque su dirección está suscrita a {site}.',
  'email.image_link': 'Imagen: {alt}',
  // Share images (issue 13): the text of an edition's card, for those who cannot see it.
  'share_image.alt': '{headline}, {publication}, {date}',
  // Search (issue 14): the header's search box, the search page, and what its script says as it searches
  // (search.results, matches, none, searching, error are filled in by templates/assets/search.js).
  'search.title': 'Búsqueda',
  'search.description': 'Busque en todas las ediciones de {site}.',
  'search.field': 'Buscar en {site}',
  'search.button': 'Buscar',
  'search.refine': 'Refinar los resultados',
  'search.topic': 'Tema',
  'search.any_topic': 'Todos los temas',
  'search.year': 'Año',
  'search.any_year': 'Todos los años',
  'search.sort': 'Ordenar por',
  'search.relevance': 'Relevancia',
  'search.newest': 'Más recientes primero',
  'search.more': 'Mostrar más resultados',
  'search.results': { one: '{count} resultado para «{query}»', many: '{count} de resultados para «{query}»', other: '{count} resultados para «{query}»' },
  'search.matches': {
    one: 'Se ha encontrado {count} edición',
    many: 'Se han encontrado {count} de ediciones',
    other: 'Se han encontrado {count} ediciones',
  },
  'search.none': 'Ninguna edición coincide con «{query}».',
  'search.searching': 'Buscando…',
  'search.error': 'No se ha podido cargar la búsqueda. Compruebe su conexión e inténtelo de nuevo.',
  'search.no_script': 'La búsqueda de este sitio funciona en su navegador y necesita JavaScript. Sin JavaScript, este formulario busca en {site} a través de {engine}.',
  'search.no_script_none': 'La búsqueda de este sitio funciona en su navegador y necesita JavaScript. Sin JavaScript, puede encontrar todas las ediciones en el archivo.',
};
