// The search page: finds editions in the Pagefind index the build wrote into pagefind/ (one index per year, the
// newest carrying the search program), in the reader's browser. Loaded only by search/; its words come from the
// page (data-messages), in the site's language. Without it, the form goes to a web search (see the template).
const root = document.querySelector('[data-search]');
const form = root.querySelector('[data-search-form]');
const query = form.querySelector('input[name="q"]');
const filters = root.querySelector('[data-search-filters]');
const status = root.querySelector('[data-search-status]');
const list = root.querySelector('[data-search-results]');
const more = root.querySelector('[data-search-more]');
const messages = JSON.parse(root.dataset.messages);
const language = document.documentElement.lang;
const plurals = new Intl.PluralRules(language);
const numbers = new Intl.NumberFormat(language);
const PAGE = 10;

/** A catalogue message filled in as src/i18n/message.ts does: the plural form for {count}, then placeholders. */
function say(name, values) {
  let text = messages[name];
  if (typeof text !== 'string') text = text['=' + values.count] ?? text[plurals.select(values.count)] ?? text.other;
  return text.replace(/\{([a-z][a-z0-9_]*)\}/g, (_, key) => (key === 'count' ? numbers.format(values.count) : String(values[key] ?? '')));
}

let pagefind;
/** The search program and every year's index, loaded at the first search (the page itself loads none of it). */
function load() {
  pagefind ??= (async () => {
    const module = await import(root.dataset.bundle + 'pagefind.js');
    const baseUrl = root.dataset.base;
    await module.options({ baseUrl, excerptLength: 24 });
    await module.init();
    const others = root.dataset.indexes.split(' ').filter(Boolean);
    await Promise.all(others.map((folder) => module.mergeIndex(folder, { baseUrl })));
    // Pagefind counts a search's results by filter value (which years to read, newest first) only once it has
    // loaded the filters: without this, a first search with no filter chosen has no counts and lists nothing.
    await module.filters();
    return module;
  })().catch((error) => {
    // A failed load (the network, or a deploy that replaced the index while the page was open) is tried again next time.
    pagefind = undefined;
    throw error;
  });
  return pagefind;
}

function chosen() {
  const data = new FormData(form);
  const picked = {};
  for (const name of ['topic', 'year']) if (data.get(name)) picked[name] = String(data.get(name));
  return { term: String(data.get('q') ?? '').trim(), filters: picked, newest: data.get('sort') === 'newest' };
}

/**
 * Results in the reader's order, a page at a time. By relevance: Pagefind's scores, across all years. Newest first:
 * each index sorts its own year by date, so the years are read newest first, one at a time, as pages are asked for.
 */
async function* ranked(search, { term, filters, newest }) {
  const everything = await search.search(term || null, { filters });
  yield everything.results.length;
  if (!newest) return yield* everything.results;
  const years = Object.entries(everything.filters?.year ?? {})
    .filter(([, count]) => count > 0)
    .map(([year]) => year)
    .sort((a, b) => b - a);
  for (const year of years) {
    const inYear = await search.search(term || null, { filters: { ...filters, year }, sort: { date: 'desc' } });
    yield* inYear.results;
  }
}

/**
 * An excerpt as text with the matched words in <mark>. Pagefind writes the edition's text with only < and >
 * escaped and its marks around matches: split at the marks, and every other part is text, never markup.
 */
function excerptOf(html) {
  const paragraph = document.createElement('p');
  paragraph.className = 'search-result__excerpt';
  html.split(/(<mark>[^<]*<\/mark>)/).forEach((part) => {
    const marked = /^<mark>([^<]*)<\/mark>$/.exec(part);
    const text = (marked ? marked[1] : part).replaceAll('&lt;', '<').replaceAll('&gt;', '>');
    paragraph.append(marked ? Object.assign(document.createElement('mark'), { textContent: text }) : text);
  });
  return paragraph;
}

function resultItem(data) {
  const item = document.createElement('li');
  item.className = 'search-result';
  const heading = document.createElement('h2');
  const link = Object.assign(document.createElement('a'), { href: data.url, textContent: data.meta.title });
  if (data.meta.lang) {
    link.lang = data.meta.lang;
    link.dir = data.meta.dir || 'auto';
  }
  heading.append(link);
  const time = Object.assign(document.createElement('time'), { dateTime: data.meta.datetime, textContent: data.meta.date });
  item.append(heading, time, excerptOf(data.excerpt));
  return item;
}

/** The search on screen: later ones replace it, and an older one that was still waiting then changes nothing. */
let current = { id: 0 };

/** The next page of `state`'s results into the list; false once `state` is no longer the search on screen. */
async function showMore(state) {
  // One more than a page: whether to offer more is known without a click that then finds nothing.
  while (state.buffer.length <= PAGE) {
    const next = await state.results.next();
    if (state !== current) return false;
    if (next.done) break;
    state.buffer.push(next.value);
  }
  const found = await Promise.all(state.buffer.splice(0, PAGE).map((result) => result.data()));
  if (state !== current) return false;
  list.append(...found.map(resultItem));
  more.hidden = state.buffer.length === 0;
  return true;
}

/** What the chosen filters say, in the reader's words (the options' labels), for "no edition matches". */
function filterWords() {
  return ['topic', 'year']
    .map((name) => form.elements.namedItem(name))
    .filter((select) => select && select.value)
    .map((select) => select.selectedOptions[0].textContent.trim())
    .join(', ');
}

async function search(updateAddress) {
  const choice = chosen();
  const state = { id: current.id + 1, results: undefined, buffer: [] };
  current = state;
  if (updateAddress) {
    const params = new URLSearchParams();
    if (choice.term) params.set('q', choice.term);
    for (const [name, value] of Object.entries(choice.filters)) params.set(name, value);
    if (choice.newest) params.set('sort', 'newest');
    const query = params.toString();
    history.replaceState(null, '', query ? '?' + query : location.pathname);
  }
  list.replaceChildren();
  more.hidden = true;
  if (!choice.term && !Object.keys(choice.filters).length) {
    status.textContent = '';
    return;
  }
  status.textContent = say('searching', {});
  try {
    const engine = await load();
    if (state !== current) return;
    state.results = ranked(engine, choice);
    const count = (await state.results.next()).value;
    if (state !== current || !(await showMore(state))) return;
    status.textContent =
      count === 0 ? say('none', { query: choice.term || filterWords() }) : choice.term ? say('results', { count, query: choice.term }) : say('matches', { count });
  } catch {
    if (state === current) status.textContent = say('error', {});
  }
}

// A site with no edition yet has no index: the form keeps going to the web search.
if (root.dataset.bundle) {
  // With the script running, the form searches here: its filters come alive and it no longer goes to the web search.
  filters.disabled = false;
  filters.hidden = false;
  for (const hidden of form.querySelectorAll('input[type="hidden"]')) hidden.disabled = true;
  const params = new URLSearchParams(location.search);
  query.value = params.get('q') ?? '';
  for (const name of ['topic', 'year', 'sort']) {
    const select = form.elements.namedItem(name);
    if (select && params.get(name)) select.value = params.get(name);
  }

  let typing;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    search(true);
  });
  query.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => search(true), 300);
  });
  filters.addEventListener('change', () => search(true));
  more.addEventListener('click', async () => {
    if (more.disabled) return;
    const state = current;
    const first = list.children.length;
    more.disabled = true;
    try {
      // Keyboard and screen-reader users land on the first new result, not back at the top.
      if (await showMore(state)) list.children[first]?.querySelector('a')?.focus();
    } catch {
      if (state === current) status.textContent = say('error', {});
    } finally {
      more.disabled = false;
    }
  });
  if (query.value || params.get('topic') || params.get('year')) search(false);
}
