/**
 * `edition new`: the file for a new edition, planned from a headline and a
 * date (pure), and written only when no file of that name exists yet.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { isoInZone, parseEditionDate } from '../util/dates.js';
import { isSlug, SLUG_MAX_BYTES, slugBytes, slugify } from '../util/slug.js';
import { SUMMARY_MAX } from '../util/text.js';
import { graphemes } from '../util/graphemes.js';

export interface NewEditionRequest {
  headline: string;
  /** YYYY-MM-DD; default: today in `timezone`. */
  date?: string;
  /** Default: from the headline. */
  slug?: string;
  /** The site's time zone, in which "today" is decided. */
  timezone: string;
  /** The current time in ms. */
  now: number;
}

/** The planned file, or what is wrong with the request, as one sentence that says what to do. */
export type NewEditionPlan =
  | { ok: true; /** Relative to content/, e.g. editions/2024-03-12-punching-back.md. */ file: string; text: string }
  | { ok: false; problem: 'headline' | 'date' | 'slug'; message: string };

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Work out the file name and its front matter; nothing is read or written. */
export function planNewEdition(request: NewEditionRequest): NewEditionPlan {
  const headline = request.headline.replace(/\s+/g, ' ').trim();
  if (headline === '') {
    return { ok: false, problem: 'headline', message: 'Give the headline in quotes, e.g. edition new "Punching Back".' };
  }
  const date = request.date ?? isoInZone(request.now, request.timezone).slice(0, 10);
  if (!DAY.test(date) || !parseEditionDate(date, request.timezone)) {
    return { ok: false, problem: 'date', message: `The date must be a real day written YYYY-MM-DD, e.g. --date 2024-03-12; found "${date}".` };
  }
  // A terminal on macOS may pass the slug decomposed (NFD); the permalink is made of composed letters.
  const slug = request.slug?.normalize('NFC') ?? shorten(slugify(headline));
  if (request.slug !== undefined && !isSlug(slug)) {
    return {
      ok: false,
      problem: 'slug',
      message: `The slug must be lowercase letters (of any script, Latin ones without accents), digits and hyphens, e.g. --slug punching-back; found "${slug}".`,
    };
  }
  if (slugBytes(slug) > SLUG_MAX_BYTES) {
    return {
      ok: false,
      problem: 'slug',
      message: `The slug "${slug}" is too long for a web address: at most ${SLUG_MAX_BYTES} bytes (a letter a-z is 1 byte, most others 2 or 3). Pass a shorter --slug.`,
    };
  }
  if (slug === '') {
    return {
      ok: false,
      problem: 'slug',
      message: `The headline "${headline}" gives an empty slug for the web address (it has no letters or digits, in any script). Pass one with --slug, e.g. --slug morning-brief.`,
    };
  }
  return { ok: true, file: `editions/${date}-${slug}.md`, text: editionTemplate(headline, date, slug) };
}

/**
 * A slug from a long headline, cut to the length a build accepts: after a whole
 * word, or, in a script written without spaces, after a whole letter with its marks.
 */
function shorten(slug: string): string {
  if (slugBytes(slug) <= SLUG_MAX_BYTES) return slug;
  let kept = '';
  for (const segment of graphemes(slug)) {
    if (slugBytes(kept + segment) > SLUG_MAX_BYTES) break;
    kept += segment;
  }
  const word = slug[kept.length] === '-' ? kept.length : kept.lastIndexOf('-');
  return word > 0 ? kept.slice(0, word) : kept;
}

/** Front matter with every field an editor usually sets, optional ones as comments, and a body to write over. */
function editionTemplate(headline: string, date: string, slug: string): string {
  return [
    '---',
    stringify({ headline }, { lineWidth: 0 }).trimEnd(),
    `date: ${date}`,
    `# summary: One or two sentences for search results and link previews (at most ${SUMMARY_MAX} characters).`,
    `# audio: media/${date}-${slug}.mp3`,
    'tags: []',
    'draft: true # change to false, or delete this line, when the edition is ready to publish',
    '---',
    'Write the brief here. Name sources with links: [Agence France-Presse](https://www.afp.com/en) reported.',
    '',
  ].join('\n');
}

/** Write the planned file under `contentDir`; false when a file of that name already exists (it is left alone). */
export async function writeNewEdition(contentDir: string, plan: { file: string; text: string }): Promise<boolean> {
  const path = join(contentDir, plan.file);
  await mkdir(dirname(path), { recursive: true });
  try {
    await writeFile(path, plan.text, { flag: 'wx' });
    return true;
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw cause;
  }
}
