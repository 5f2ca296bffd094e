/**
 * A fixture publication of a few dozen editions across three years: drafts,
 * future-dated editions, tags, audio and non-ASCII headlines. Deterministic.
 */
import { readFileSync } from 'node:fs';
import { edition, NARRATION, OFFER_MD } from './site.js';

export interface FixtureEdition {
  file: string;
  headline: string;
  date: string;
  slug: string;
  url: string;
  tags: string[];
  audio: boolean;
  status: 'published' | 'draft' | 'future';
}

const HEADLINES = [
  'Punching Back', 'Élection à Paris', 'Кризис в Москве', '東京の朝', 'Grain Deal Collapses', 'Ceasefire Talks Resume',
  'Oil Prices Climb', 'Drought in the Sahel', 'Floods Hit Pakistan', 'Summit in Nairobi', 'Strikes Over Kstovo',
  'Election Day Nears', 'A Quiet Border', 'São Paulo Votes', 'Markets Steady', 'The Long Winter',
];
const TAGS = ['Ukraine', 'Russia', 'Energy', 'Élections', 'Climate'];

/** Every edition of the fixture, newest-first order not implied. */
export function fixtureEditions(): FixtureEdition[] {
  const editions: FixtureEdition[] = [];
  // 36 published editions: every 29 days from 2023-01-02, so they span 2023–2025 and many months.
  for (let i = 0; i < 36; i++) {
    const date = new Date(Date.UTC(2023, 0, 2) + i * 29 * 86_400_000).toISOString().slice(0, 10);
    editions.push(make(i, date, 'published'));
  }
  // One published yesterday (relative to the tests' NOW, 2026-11-25): it belongs in the news sitemap.
  editions.push(make(36, '2026-11-24', 'published'));
  editions.push(make(37, '2025-06-01', 'draft'));
  editions.push(make(38, '2026-12-24', 'future'));
  editions.push(make(39, '2027-01-05', 'future'));
  return editions;
}

function make(index: number, date: string, status: FixtureEdition['status']): FixtureEdition {
  const base = HEADLINES[index % HEADLINES.length]!;
  const headline = status === 'published' ? `${base} ${index + 1}` : `Secret ${status} ${index + 1}`;
  const slug = `edition-${index + 1}`;
  const [y, m, d] = date.split('-');
  return {
    file: `content/editions/${date}-${slug}.md`,
    headline,
    date,
    slug,
    url: `${y}/${m}/${d}/${slug}/`,
    tags: index % 3 === 0 ? [] : [TAGS[index % TAGS.length]!, TAGS[(index + 2) % TAGS.length]!],
    audio: index % 4 === 0,
    status,
  };
}

/** The fixture as a file map for makeProject(); `url` may carry a subpath. */
export function publicationFiles(url = 'https://news.example.org/'): Record<string, string | Buffer> {
  const files: Record<string, string | Buffer> = {
    'content/site.yml': `title: The Fixture Times\nurl: ${url}\nlanguage: en\ndescription: A fixture publication.\ntimezone: Europe/London\nauthor: Fixture Desk\npage_size: 5\nfeed_items: 10\n`,
    'content/offer.md': OFFER_MD,
    'content/media/narration.mp3': readFileSync(NARRATION),
  };
  for (const e of fixtureEditions()) {
    const fields: Record<string, string> = { headline: JSON.stringify(e.headline), date: e.date };
    if (e.tags.length > 0) fields.tags = `[${e.tags.map((t) => JSON.stringify(t)).join(', ')}]`;
    if (e.audio) fields.audio = 'media/narration.mp3';
    if (e.status === 'draft') fields.draft = 'true';
    files[e.file] = edition(
      fields,
      `The first paragraph of ${e.headline}, with [a source](https://source.example/${e.slug}).\n\nSee also [the archive](archive/) and [the media](media/narration.mp3).\n`,
    );
  }
  return files;
}

/** Published editions, newest first: the order of every list. */
export function publishedNewestFirst(): FixtureEdition[] {
  return fixtureEditions()
    .filter((e) => e.status === 'published')
    .sort((a, b) => b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug));
}
