/**
 * Plausible news-brief prose from fixed word lists: headlines, paragraphs with
 * source links, quotes, numbers and emphasis, and the odd bullet list, so the
 * Markdown parser sees what a newsroom's editions look like.
 */

const PLACES = [
  'Kyiv', 'Moscow', 'Beijing', 'Washington', 'Brussels', 'Tehran', 'Ankara', 'Nairobi', 'Lagos', 'Brasília',
  'New Delhi', 'Tokyo', 'Seoul', 'Jakarta', 'Canberra', 'Ottawa', 'Mexico City', 'Buenos Aires', 'Cairo', 'Riyadh',
  'Berlin', 'Paris', 'London', 'Warsaw', 'Islamabad', 'Manila', 'Hanoi', 'Addis Ababa', 'Khartoum', 'Caracas',
];
const ACTORS = [
  'the central bank', 'the finance ministry', 'opposition leaders', 'the ruling coalition', 'union officials',
  'the defense ministry', 'regional governors', 'election observers', 'the prime minister', 'the president',
  'energy regulators', 'the foreign minister', 'aid agencies', 'the supreme court', 'local officials',
  'shipping companies', 'farm groups', 'the army', 'investors', 'the state oil company', 'lawmakers', 'protesters',
];
const VERBS = [
  'announced', 'rejected', 'proposed', 'postponed', 'defended', 'criticized', 'approved', 'signed', 'questioned',
  'suspended', 'expanded', 'warned against', 'pushed for', 'backed', 'blocked', 'welcomed', 'delayed', 'revised',
];
const OBJECTS = [
  'a ceasefire proposal', 'new export controls', 'an interest rate cut', 'a grain deal', 'fuel subsidies',
  'a border agreement', 'the election timetable', 'emergency aid', 'a debt restructuring plan', 'sanctions relief',
  'a new pipeline', 'the budget', 'mining licenses', 'a trade pact', 'vaccine funding', 'a prisoner exchange',
  'troop withdrawals', 'a carbon tax', 'port upgrades', 'a water-sharing treaty', 'power cuts', 'food prices',
];
const CLAUSES = [
  'after weeks of talks', 'despite pressure from abroad', 'ahead of next month\'s vote', 'as prices kept rising',
  'in a move analysts called overdue', 'amid a wave of strikes', 'following days of heavy fighting',
  'as the dry season set in', 'after a court ruling last week', 'in a late-night session', 'as markets opened',
  'just hours before the deadline', 'for the first time in a decade', 'with little warning',
];
const SOURCES = [
  ['Reuters', 'https://www.reuters.com/'], ['the Associated Press', 'https://apnews.com/'],
  ['Agence France-Presse', 'https://www.afp.com/en'], ['the BBC', 'https://www.bbc.com/news'],
  ['Al Jazeera', 'https://www.aljazeera.com/'], ['the Financial Times', 'https://www.ft.com/'],
  ['Bloomberg', 'https://www.bloomberg.com/'], ['NBC News', 'https://www.nbcnews.com/'],
  ['the Guardian', 'https://www.theguardian.com/'], ['Nikkei Asia', 'https://asia.nikkei.com/'],
  ['Deutsche Welle', 'https://www.dw.com/en/'], ['the Washington Post', 'https://www.washingtonpost.com/'],
];
const HEAD_SUBJECTS = [
  'Grain', 'Oil', 'Ceasefire', 'Election', 'Drought', 'Debt', 'Border', 'Strike', 'Pipeline', 'Summit', 'Rate',
  'Harvest', 'Ballot', 'Port', 'Power', 'Trade', 'Aid', 'Court', 'Coalition', 'Currency', 'Monsoon', 'Refinery',
];
const HEAD_MOVES = [
  'Talks Stall', 'Deal Holds', 'Fears Grow', 'Gamble Pays Off', 'Pressure Mounts', 'Standoff Ends', 'Hopes Fade',
  'Crisis Deepens', 'Plan Unveiled', 'Test Looms', 'Rift Widens', 'Push Backfires', 'Window Closes', 'Bets Rise',
];
const STATS = ['17 million tons', '3.5%', '$2.4 billion', '40,000 people', '12 provinces', '1.2 million barrels a day', '8%', '600 kilometers'];

function capitalize(text) {
  return text[0].toUpperCase() + text.slice(1);
}

/** "Grain Talks Stall in Ankara" and friends; about 3–7 words. */
export function headline(random) {
  const base = `${random.pick(HEAD_SUBJECTS)} ${random.pick(HEAD_MOVES)}`;
  return random.chance(0.6) ? `${base} in ${random.pick(PLACES)}` : base;
}

/** One sentence of 15–35 words, sometimes naming a linked source. */
export function sentence(random) {
  const kind = random.int(0, 5);
  const place = random.pick(PLACES);
  const actor = random.pick(ACTORS);
  let text;
  if (kind === 0) text = `In ${place}, ${actor} ${random.pick(VERBS)} ${random.pick(OBJECTS)} ${random.pick(CLAUSES)}`;
  else if (kind === 1) text = `${capitalize(actor)} in ${place} ${random.pick(VERBS)} ${random.pick(OBJECTS)}, a step that could affect ${random.pick(STATS)} ${random.pick(CLAUSES)}`;
  else if (kind === 2) text = `"We will not accept ${random.pick(OBJECTS)} ${random.pick(CLAUSES)}," one of ${actor} told reporters in ${place}, adding that the country's position had not changed`;
  else if (kind === 3) text = `The figure, about ${random.pick(STATS)}, is *far higher* than last year's, and ${random.pick(ACTORS)} ${random.pick(VERBS)} ${random.pick(OBJECTS)} in response`;
  else if (kind === 4) text = `Analysts in ${place} said ${actor} had ${random.pick(VERBS)} ${random.pick(OBJECTS)} ${random.pick(CLAUSES)}, while ${random.pick(ACTORS)} ${random.pick(VERBS)} ${random.pick(OBJECTS)}`;
  else text = `Meanwhile ${random.pick(ACTORS)} ${random.pick(VERBS)} ${random.pick(OBJECTS)}, the latest sign of tension between ${place} and ${random.pick(PLACES)} ${random.pick(CLAUSES)}`;
  if (random.chance(0.22)) {
    const [name, url] = random.pick(SOURCES);
    text += `, [${capitalize(name)}](${url}) reported`;
  }
  return `${text}.`;
}

/** A paragraph of 3–5 sentences. */
export function paragraph(random) {
  const count = random.int(3, 4);
  return Array.from({ length: count }, () => sentence(random)).join(' ');
}

/** A short bullet list of 3–5 items. */
export function bulletList(random) {
  const count = random.int(3, 5);
  return Array.from({ length: count }, () => `- **${random.pick(PLACES)}:** ${capitalize(random.pick(ACTORS))} ${random.pick(VERBS)} ${random.pick(OBJECTS)}.`).join('\n');
}

/** Eight paragraphs, the first naming a source, with a list now and then. */
export function body(random) {
  const paragraphs = Array.from({ length: 8 }, () => paragraph(random));
  const [name, url] = random.pick(SOURCES);
  paragraphs[0] = `${paragraphs[0].slice(0, -1)}, [${capitalize(name)}](${url}) reported.`;
  if (random.chance(0.25)) paragraphs.splice(random.int(2, 6), 0, bulletList(random));
  if (random.chance(0.1)) paragraphs.splice(random.int(3, 6), 0, `## What comes next in ${random.pick(PLACES)}`);
  return `${paragraphs.join('\n\n')}\n`;
}

/** One sentence for the optional `summary` field. */
export function summary(random) {
  return `${capitalize(random.pick(ACTORS))} in ${random.pick(PLACES)} ${random.pick(VERBS)} ${random.pick(OBJECTS)} ${random.pick(CLAUSES)}.`;
}

export const TAGS = [
  'Ukraine', 'Russia', 'China', 'United States', 'European Union', 'Middle East', 'Iran', 'Israel', 'India',
  'Africa', 'Latin America', 'Energy', 'Oil', 'Climate', 'Economy', 'Trade', 'Elections', 'Migration',
  'Health', 'Food', 'Technology', 'Security', 'Diplomacy', 'Human Rights', 'Markets', 'Asia', 'Japan',
  'Turkey', 'Brazil', 'Nigeria', 'Pakistan', 'Water', 'Shipping', 'Labor', 'Courts', 'Protests',
];

/** 1–4 distinct tags; earlier tags in the list are much more common, as in a real archive. */
export function tags(random) {
  const weights = TAGS.map((_, i) => 1 / (i + 2));
  const chosen = new Set();
  const count = random.int(1, 4);
  while (chosen.size < count) chosen.add(TAGS[random.weighted(weights)]);
  return [...chosen];
}

/** "Grain Talks Stall in Brasília" → "grain-talks-stall-in-brasilia". */
export function slugify(value) {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
