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
  })();
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

/** An excerpt as text with the matched words in <mark>: nothing else of the index's HTML reaches the page. */
function excerptOf(html) {
  const template = document.createElement('template');
  template.innerHTML = html;
  const paragraph = document.createElement('p');
  paragraph.className = 'search-result__excerpt';
  for (const node of template.content.childNodes) {
    if (node.nodeName === 'MARK') paragraph.append(Object.assign(document.createElement('mark'), { textContent: node.textContent }));
    else paragraph.append(node.textContent);
  }
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

let run = 0;
let results;
let buffer = [];

async function showMore(current) {
  // One more than a page: whether to offer more is known without a click that then finds nothing.
  while (buffer.length <= PAGE) {
    const next = await results.next();
    if (next.done) break;
    buffer.push(next.value);
  }
  const page = buffer.splice(0, PAGE);
  const found = await Promise.all(page.map((result) => result.data()));
  if (current !== run) return;
  list.append(...found.map(resultItem));
  more.hidden = buffer.length === 0;
}

async function search(push) {
  const current = ++run;
  const choice = chosen();
  if (push) {
    const params = new URLSearchParams();
    if (choice.term) params.set('q', choice.term);
    for (const [name, value] of Object.entries(choice.filters)) params.set(name, value);
    if (choice.newest) params.set('sort', 'newest');
    history.replaceState(null, '', params.size ? '?' + params : location.pathname);
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
    results = ranked(engine, choice);
    buffer = [];
    const count = (await results.next()).value;
    if (current !== run) return;
    await showMore(current);
    if (current !== run) return;
    const shown = choice.term || Object.values(choice.filters).join(', ');
    status.textContent = count === 0 ? say('none', { query: shown }) : choice.term ? say('results', { count, query: choice.term }) : say('matches', { count });
  } catch (error) {
    if (current === run) status.textContent = say('error', {});
    throw error;
  }
}

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
  const first = list.children.length;
  await showMore(run);
  // Keyboard and screen-reader users land on the first new result, not back at the top.
  list.children[first]?.querySelector('a')?.focus();
});
if (query.value || params.get('topic') || params.get('year')) search(false);
