/**
 * The benchmark corpus: N editions from a seed, written three ways with the
 * same Markdown bodies — an Edition project (content/), an Eleventy project
 * and a Hugo project (one page per file: headline, date and body in a layout).
 * Same seed and N → byte-identical files.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRandom } from './random.mjs';
import * as text from './text.mjs';

/** Bump when the generated files change, so cached corpora are regenerated. */
export const CORPUS_VERSION = 2;
/** The newest edition's date; every date is in the past, so every edition is published. */
export const LAST_DATE = '2025-12-31';
export const AUDIO_SRC = 'media/2024-03-12-punching-back.mp3';
export const AUDIO_FILE = new URL('../content/media/2024-03-12-punching-back.mp3', import.meta.url);
const ARTWORK_SRC = 'media/podcast-artwork.png';
const ARTWORK_FILE = new URL('../content/media/podcast-artwork.png', import.meta.url);

const DAY = 86_400_000;
const isoDay = (epoch) => new Date(epoch).toISOString().slice(0, 10);
const pad = (n) => String(n).padStart(2, '0');

/** One edition, generated from `random`: everything the three projects need. */
function makeEdition(random, day, slot, usedNames) {
  const headline = text.headline(random);
  let slug = text.slugify(headline);
  while (usedNames.has(`${day}-${slug}`)) slug = `${slug}-${slot + 2}`;
  usedNames.add(`${day}-${slug}`);
  const hour = 6 + slot * 5 + random.int(0, 2);
  const minute = random.int(0, 59);
  const style = random.next();
  const date = style < 0.6 ? `${day}T${pad(hour)}:${pad(minute)}:00-05:00` : style < 0.85 ? `${day}T${pad(hour)}:${pad(minute)}` : day;
  return {
    name: `${day}-${slug}`,
    day,
    slug,
    headline,
    date,
    tags: text.tags(random),
    ...(random.chance(0.3) ? { summary: text.summary(random) } : {}),
    audio: random.chance(0.03),
    body: text.body(random),
  };
}

/**
 * N editions, newest first, going back one day at a time from LAST_DATE: most
 * days one edition, some two or three, a few none.
 */
export function planCorpus({ n, seed }) {
  const random = createRandom(`${seed}:editions`);
  const editions = [];
  const usedNames = new Set();
  for (let epoch = Date.parse(`${LAST_DATE}T00:00:00Z`); editions.length < n; epoch -= DAY) {
    const day = isoDay(epoch);
    const count = [0, 1, 2, 3][random.weighted([8, 70, 17, 5])];
    for (let slot = 0; slot < count && editions.length < n; slot++) editions.push(makeEdition(random, day, slot, usedNames));
  }
  return editions;
}

/** An edition added after the corpus: the next day's brief, with `marker` in its first paragraph. */
export function extraEdition({ seed, marker }) {
  const random = createRandom(`${seed}:extra:${marker}`);
  const day = isoDay(Date.parse(`${LAST_DATE}T00:00:00Z`) + DAY);
  const edition = makeEdition(random, day, 0, new Set());
  return { ...edition, body: `${marker} ${edition.body}` };
}

const yamlString = (value) => JSON.stringify(value);
/** Eleventy and Hugo read front matter dates as YAML timestamps, which need the seconds. */
const timestamp = (date) => (date.length === 16 ? `${date}:00` : date);

/** The three front-matter dialects; the body is the same Markdown in all of them. */
export const formats = {
  edition: (e) =>
    [
      '---',
      `headline: ${yamlString(e.headline)}`,
      `date: ${e.date}`,
      ...(e.summary ? [`summary: ${yamlString(e.summary)}`] : []),
      ...(e.audio ? ['audio:', `  src: ${AUDIO_SRC}`] : []),
      `tags: [${e.tags.join(', ')}]`,
      '---',
      e.body,
    ].join('\n'),
  eleventy: (e) => ['---', `title: ${yamlString(e.headline)}`, `date: ${timestamp(e.date)}`, '---', e.body].join('\n'),
  hugo: (e) => ['---', `title: ${yamlString(e.headline)}`, `date: ${timestamp(e.date)}`, '---', e.body].join('\n'),
};

/** Where each project keeps one edition's source file, relative to the corpus folder. */
export const sourcePath = {
  edition: (e) => `edition/content/editions/${e.name}.md`,
  eleventy: (e) => `eleventy/src/editions/${e.name}.md`,
  hugo: (e) => `hugo/content/editions/${e.name}.md`,
};

const SITE_YML = `title: The Bench Daily
url: https://bench.example.com/news/
language: en
description: A generated publication for benchmarking Edition.
timezone: America/New_York
author: Bench Desk
# Every output a newsroom would turn on (version 2): the podcast of the narrated editions and the email edition.
podcast:
  image: media/podcast-artwork.png
  category: News
  owner:
    name: Bench Desk
    email: podcast@bench.example.com
email:
  service: mailchimp
  address: The Bench Daily, 1 Example Plaza, New York, NY 10001, USA
`;

const OFFER_MD = `---
headline: Subscribe today and The Bench Daily will be in your inbox the next weekday morning
price: 32.95
currency: USD
period: year
trial_days: 14
url: https://bench.example.com/subscribe
cta: Start your free trial
---
Our insights into crucial developments on the world stage, every weekday morning.
`;

/** The minimal equivalent layout: headline, date and body in an HTML page. */
const ELEVENTY_LAYOUT = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{{ title }} · The Bench Daily</title></head>
<body><main><article><h1>{{ title }}</h1><time datetime="{{ page.date | date: '%Y-%m-%d' }}">{{ page.date | date: '%B %-d, %Y' }}</time>
{{ content }}
</article></main></body>
</html>
`;

const ELEVENTY_CONFIG = `export default function () {
  return { dir: { input: 'src', output: '_site', includes: '_includes' } };
}
`;

const HUGO_LAYOUT = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{{ .Title }} · The Bench Daily</title></head>
<body><main><article><h1>{{ .Title }}</h1><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "January 2, 2006" }}</time>
{{ .Content }}
</article></main></body>
</html>
`;

// Only single pages: no home, section, taxonomy, feed or sitemap pages.
const HUGO_CONFIG = `baseURL = "https://bench.example.com/news/"
languageCode = "en"
title = "The Bench Daily"
disableKinds = ["home", "section", "taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
`;

/** Fixed files of each project, relative to the corpus folder. */
function projectFiles() {
  return {
    'edition/content/site.yml': SITE_YML,
    'edition/content/offer.md': OFFER_MD,
    'eleventy/eleventy.config.mjs': ELEVENTY_CONFIG,
    'eleventy/src/_includes/edition.liquid': ELEVENTY_LAYOUT,
    'eleventy/src/editions/editions.json': `${JSON.stringify({ layout: 'edition.liquid' })}\n`,
    'hugo/hugo.toml': HUGO_CONFIG,
    'hugo/layouts/_default/single.html': HUGO_LAYOUT,
  };
}

function write(path, contents) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, contents);
}

/** Write the corpus into `dir` (which is emptied first). */
export function writeCorpus(dir, editions) {
  rmSync(dir, { recursive: true, force: true });
  for (const [path, contents] of Object.entries(projectFiles())) write(join(dir, path), contents);
  mkdirSync(join(dir, 'edition/content/media'), { recursive: true });
  copyFileSync(AUDIO_FILE, join(dir, 'edition/content', AUDIO_SRC));
  copyFileSync(ARTWORK_FILE, join(dir, 'edition/content', ARTWORK_SRC));
  for (const tool of Object.keys(formats)) {
    mkdirSync(dirname(join(dir, sourcePath[tool](editions[0] ?? { name: 'x' }))), { recursive: true });
    for (const e of editions) writeFileSync(join(dir, sourcePath[tool](e)), formats[tool](e));
  }
}

/**
 * The corpus for (n, seed) under `workDir`, generated unless a complete one is
 * already there. Returns its folder and its editions, newest first.
 */
export function ensureCorpus({ workDir, n, seed }) {
  const dir = join(workDir, `corpus-v${CORPUS_VERSION}-${seed}-${n}`);
  const stamp = join(dir, 'COMPLETE');
  const editions = planCorpus({ n, seed });
  const fresh = !existsSync(stamp) || readFileSync(stamp, 'utf8') !== `${n} ${seed}\n`;
  if (fresh) {
    writeCorpus(dir, editions);
    writeFileSync(stamp, `${n} ${seed}\n`);
  }
  return { dir, n, seed, editions, generated: fresh };
}

/** Change one edition's first paragraph in `tool`'s project; returns how to undo it. */
export function changeEdition(corpus, tool, edition, marker) {
  const changed = { ...edition, body: `${marker} ${edition.body}` };
  writeFileSync(join(corpus.dir, sourcePath[tool](edition)), formats[tool](changed));
  return () => writeFileSync(join(corpus.dir, sourcePath[tool](edition)), formats[tool](edition));
}

/** Add `edition` to `tool`'s project; returns how to undo it. */
export function addEdition(corpus, tool, edition) {
  const path = join(corpus.dir, sourcePath[tool](edition));
  writeFileSync(path, formats[tool](edition));
  return () => rmSync(path, { force: true });
}

/** Undo what an interrupted run may have left: the changed edition is rewritten, added ones (dated after LAST_DATE) removed. */
export function resetCorpus(corpus) {
  const extraDay = isoDay(Date.parse(`${LAST_DATE}T00:00:00Z`) + DAY);
  for (const tool of Object.keys(formats)) {
    const latest = corpus.editions[0];
    if (latest) writeFileSync(join(corpus.dir, sourcePath[tool](latest)), formats[tool](latest));
    const folder = dirname(join(corpus.dir, sourcePath[tool]({ name: 'x' })));
    for (const name of existsSync(folder) ? readdirSync(folder) : []) {
      if (name.startsWith(extraDay)) rmSync(join(folder, name), { force: true });
    }
  }
}
