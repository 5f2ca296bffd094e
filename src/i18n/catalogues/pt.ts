/**
 * Portuguese, Brazilian (pt-BR) by default, in forms that also read naturally in Portugal (“você” imperatives,
 * “o seu navegador”, “fazer download”); counts of a million or more take “de” (“1.000.000 de dias”).
 */
import type { Catalogue } from './en.js';

export const pt: Catalogue = {
  // Every page
  'page.skip_link': 'Ir para o conteúdo',
  'page.footer_nav': 'Site',
  'page.archive': 'Arquivo',
  'page.topics': 'Temas',
  'page.feed_title': '{site} ({format})',
  'page.copyright': '© {organization}',

  // An edition
  'edition.draft': 'Rascunho: não publicado',
  'edition.scheduled': 'Agendada: só será publicada em {date}',
  'edition.topics': 'Temas:',
  'edition.neighbours': 'Edições anterior e seguinte',
  'edition.previous': 'Edição anterior',
  'edition.next': 'Próxima edição',
  'edition.also_in': 'Também em:',
  'audio.title': 'Ouça a edição de hoje',
  'audio.download': 'Fazer download do áudio',
  'share.permalink': 'Link para esta edição',
  'share.copy': 'Copiar link',
  'share.field': 'Link para copiar',
  'share.copied': 'Link copiado',
  'share.blocked': 'O seu navegador bloqueou a cópia. O link está selecionado acima: copie-o a partir daí.',
  'markdown.footnotes': 'Notas',
  'markdown.back_to_reference': 'Voltar à chamada de nota {n}',
  'markdown.table': 'Tabela {n}: {columns}',

  // The subscription offer
  'offer.headline': 'Assine',
  'offer.price_month': 'Assine hoje e pague apenas {price} por mês.',
  'offer.price_year': 'Assine hoje e pague apenas {price} por ano, ou seja, {per_month} por mês.',
  'offer.price_year_under': 'Assine hoje e pague apenas {price} por ano, ou seja, menos de {per_month} por mês.',
  'offer.trial_days': {
    one: 'E ainda tem {count} dia de teste grátis, sem compromisso.',
    many: 'E ainda tem {count} de dias de teste grátis, sem compromisso.',
    other: 'E ainda tem {count} dias de teste grátis, sem compromisso.',
  },
  'offer.trial_weeks': {
    '=1': 'E ainda tem uma semana de teste grátis, sem compromisso.',
    '=2': 'E ainda tem duas semanas de teste grátis, sem compromisso.',
    '=3': 'E ainda tem três semanas de teste grátis, sem compromisso.',
    '=4': 'E ainda tem quatro semanas de teste grátis, sem compromisso.',
    one: 'E ainda tem {count} semana de teste grátis, sem compromisso.',
    many: 'E ainda tem {count} de semanas de teste grátis, sem compromisso.',
    other: 'E ainda tem {count} semanas de teste grátis, sem compromisso.',
  },

  // Home page and lists
  'home.earlier': 'Edições anteriores',
  'home.all_editions': 'Todas as edições no arquivo',
  'list.empty': 'Ainda não foi publicada nenhuma edição.',
  'list.pages': 'Páginas',
  'list.newer': 'Mais recentes',
  'list.older': 'Mais antigas',
  'list.latest': 'Últimas',
  'list.separator': ', ',
  'archive.title': 'Arquivo',
  'archive.title_page': 'Arquivo, página {page}',
  'archive.description': 'Todas as edições de {site}, das mais recentes para as mais antigas.',
  'topics.title': 'Temas',
  'topics.description': 'Todos os temas abordados por {site}.',
  'tag.title_page': '{tag}, página {page}',
  'tag.description': 'Edições de {site} sobre o tema {tag}.',
  'tag.count': { one: '{count} edição', many: '{count} de edições', other: '{count} edições' },

  // Pages that are not an edition
  'not_found.title': 'Página não encontrada',
  'not_found.text': 'A página que procura não está aqui. Pode ter sido movida, ou o endereço pode estar mal escrito.',
  'not_found.home': 'Ler a edição de hoje',
  'not_found.archive': 'Consultar o arquivo',
  'not_found.latest': 'Últimas edições',
  'redirect.moved': 'Esta edição mudou de endereço:',

  // The podcast (issue 13): the footer link to podcast.xml, the title of its <link rel="alternate">, and the link to an
  // edition's transcript beside the narration.
  'page.podcast': 'Podcast',
  'page.podcast_title': '{show} (podcast)',
  'audio.transcript': 'Ler a transcrição',
  // The email edition (issue 13): its links and footer, and a picture a build cannot size.
  'email.view_in_browser': 'Ver no seu navegador',
  'email.listen_note': '{duration}, toca no seu navegador',
  'email.unsubscribe': 'Cancelar a assinatura',
  'email.reason': 'Você está recebendo este e-mail porque assinou {site}.',
  'email.image_link': 'Imagem: {alt}',
  // Share images (issue 13): the text of an edition's card, for those who cannot see it.
  'share_image.alt': '{headline}, {publication}, {date}',
  // Search (issue 14): the header's search box, the search page, and what its script says as it searches
  // (search.results, matches, none, searching, error are filled in by templates/assets/search.js).
  'search.title': 'Pesquisa',
  'search.description': 'Pesquise em todas as edições de {site}.',
  'search.field': 'Pesquisar em {site}',
  'search.button': 'Pesquisar',
  'search.refine': 'Refinar os resultados',
  'search.topic': 'Tema',
  'search.any_topic': 'Todos os temas',
  'search.year': 'Ano',
  'search.any_year': 'Todos os anos',
  'search.sort': 'Ordenar por',
  'search.relevance': 'Relevância',
  'search.newest': 'Mais recentes primeiro',
  'search.more': 'Mostrar mais resultados',
  'search.results': { one: '{count} resultado para “{query}”', many: '{count} de resultados para “{query}”', other: '{count} resultados para “{query}”' },
  'search.matches': { one: '{count} edição encontrada', many: '{count} de edições encontradas', other: '{count} edições encontradas' },
  'search.none': 'Nenhuma edição corresponde a “{query}”.',
  'search.searching': 'Pesquisando…',
  'search.error': 'Não foi possível carregar a pesquisa. Verifique a sua conexão e tente novamente.',
  'search.no_script': 'A pesquisa neste site funciona no seu navegador e precisa de JavaScript. Sem JavaScript, este formulário pesquisa em {site} via {engine}.',
  'search.no_script_none': 'A pesquisa neste site funciona no seu navegador e precisa de JavaScript. Sem JavaScript, o arquivo lista todas as edições.',
};
