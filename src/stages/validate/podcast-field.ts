/**
 * site.yml's `podcast:` block: the show that podcast.xml describes. Its shape
 * is checked with the other settings; the category against Apple's list here,
 * with a guess at the one meant. The artwork's pixels are checked once the
 * file is read (podcast-artwork.ts).
 */
import * as z from 'zod/mini';
import { error } from '../../diagnostics.js';
import type { Diagnostic, FrontMatterDocument, PodcastSettings } from '../../model/index.js';
import { didYouMean } from '../../util/did-you-mean.js';
import { safeRelativePath } from '../../util/urls.js';
import { isUuid } from '../../util/uuid.js';
import { APPLE_CATEGORIES } from './podcast-categories.js';
import { describe, type FieldDocs } from './schema-check.js';

/** Artwork formats Apple Podcasts and Spotify take. */
const ARTWORK = /\.(jpe?g|png)$/i;

export const podcastDocs: FieldDocs = {
  podcast: {
    expected: 'the show\'s settings: "image", "category" and "owner" at least',
    hint: 'Write "podcast:" then, indented, "image: media/<file>", "category: News" and "owner:" with "name" and "email".',
  },
  'podcast.title': { expected: 'the show\'s name (default: the site\'s title)' },
  'podcast.description': { expected: 'what the show is about, in a sentence or two (default: the site\'s description)' },
  'podcast.author': { expected: 'who makes the show, as podcast apps credit it (default: the site\'s author or organization)' },
  'podcast.image': {
    expected: 'a path inside media/ to the show\'s artwork, a JPEG or PNG file, e.g. "media/podcast.jpg"',
    hint: 'Apple Podcasts and Spotify take a square JPEG or PNG of 1400 to 3000 pixels a side.',
  },
  'podcast.category': { expected: 'one of Apple Podcasts\' categories, e.g. "News"' },
  'podcast.subcategory': { expected: 'one of the category\'s subcategories, e.g. "Daily News"' },
  'podcast.explicit': { expected: 'true or false: whether episodes have explicit content (default false)' },
  'podcast.owner': {
    expected: 'who owns the show: "name" and "email"',
    hint: 'Write "owner:" then, indented, "name: <who>" and "email: <address>"; directories send a code to the address to verify the show is yours.',
  },
  'podcast.owner.name': { expected: 'the name of the show\'s owner, a person or an organization' },
  'podcast.owner.email': { expected: 'an email address, e.g. "podcast@example.org"' },
  'podcast.locked': { expected: 'true or false: whether other podcast hosts must refuse to import the show (default true)' },
  'podcast.type': { expected: '"episodic" (newest first, as a news show) or "serial" (in order, from the first)' },
  'podcast.guid': {
    expected: 'the show\'s podcast:guid, 36 hexadecimal digits and hyphens, e.g. "917393e3-1b1e-5cef-ace4-edaa54e1f810"',
    hint: 'Leave it out: it is made from the feed\'s address. Set it only to keep the one a moved show had.',
  },
};

const text = z.string().check(z.trim(), z.minLength(1));

export const podcastSchema = z.strictObject({
  title: z.optional(text),
  description: z.optional(text),
  author: z.optional(text),
  image: z.string().check(
    z.refine((src) => {
      const path = safeRelativePath(src);
      return path !== undefined && path.startsWith('media/') && ARTWORK.test(path);
    }),
  ),
  category: text,
  subcategory: z.optional(text),
  explicit: z._default(z.boolean(), false),
  owner: z.strictObject({ name: text, email: z.email() }),
  // Locked by default: a publisher hosting its own feed has no reason to let another host take it over.
  locked: z._default(z.boolean(), true),
  type: z._default(z.enum(['episodic', 'serial']), 'episodic'),
  guid: z.optional(z.string().check(z.refine(isUuid))),
});

type RawPodcast = z.infer<typeof podcastSchema>;

/** The site's own settings a show takes its defaults from. */
interface SiteDefaults {
  title: string;
  description: string;
  author?: string | undefined;
  organization?: string | undefined;
}

/** The checked block with its defaults filled in. */
export function resolvePodcast(raw: RawPodcast, site: SiteDefaults, doc: Pick<FrontMatterDocument, 'locate'>): PodcastSettings {
  const line = doc.locate(['podcast'])?.line;
  const imageLine = doc.locate(['podcast', 'image'])?.line;
  return {
    title: raw.title ?? site.title,
    description: raw.description ?? site.description,
    author: raw.author ?? site.author ?? site.organization ?? site.title,
    image: { src: safeRelativePath(raw.image)!, ...(imageLine ? { line: imageLine } : {}) },
    category: raw.category,
    ...(raw.subcategory ? { subcategory: raw.subcategory } : {}),
    explicit: raw.explicit,
    owner: raw.owner,
    locked: raw.locked,
    type: raw.type,
    // Lowercase, as the namespace writes it and as one made from the feed's address comes out.
    ...(raw.guid ? { guid: raw.guid.toLowerCase() } : {}),
    ...(line ? { line } : {}),
  };
}

/**
 * The category and subcategory checked against Apple's list, from the
 * settings as written: so they are reported with the block's other problems,
 * all in one run. Values that are not text are the schema's to report.
 */
export function podcastCategoryProblems(doc: Pick<FrontMatterDocument, 'file' | 'data' | 'locate'>): Diagnostic[] {
  const block = (doc.data as { podcast?: unknown } | null | undefined)?.podcast;
  if (typeof block !== 'object' || block === null) return [];
  const { category, subcategory } = block as { category?: unknown; subcategory?: unknown };
  if (typeof category !== 'string' || category.trim() === '') return [];
  return checkCategory({ category: category.trim(), ...(typeof subcategory === 'string' && subcategory.trim() ? { subcategory: subcategory.trim() } : {}) }, doc);
}

function checkCategory(raw: { category: string; subcategory?: string }, doc: Pick<FrontMatterDocument, 'file' | 'locate'>): Diagnostic[] {
  const at = (field: 'category' | 'subcategory') => ({ file: doc.file, ...(doc.locate(['podcast', field]) ?? { line: 1 }), field: `podcast.${field}` });
  const categories = Object.keys(APPLE_CATEGORIES);
  // hasOwn: "constructor" is no category, though every object has one.
  if (!Object.hasOwn(APPLE_CATEGORIES, raw.category)) {
    const guess = didYouMean(raw.category, categories);
    return [
      error({
        code: 'invalid-field',
        ...at('category'),
        message: `"podcast.category" must be one of Apple Podcasts' categories, found ${describe(raw.category)}.${guess ? ` Did you mean "${guess}"?` : ''}`,
        hint: `The categories, spelled as Apple does: ${categories.join(', ')}.`,
      }),
    ];
  }
  const subcategories = APPLE_CATEGORIES[raw.category]!;
  if (raw.subcategory === undefined || subcategories.includes(raw.subcategory)) return [];
  if (subcategories.length === 0) {
    return [
      error({
        code: 'invalid-field',
        ...at('subcategory'),
        message: `The category "${raw.category}" has no subcategories, found ${describe(raw.subcategory)}.`,
        hint: 'Leave "subcategory" out, or choose a category that has subcategories.',
      }),
    ];
  }
  const guess = didYouMean(raw.subcategory, subcategories);
  return [
    error({
      code: 'invalid-field',
      ...at('subcategory'),
      message: `"podcast.subcategory" must be one of the subcategories of "${raw.category}", found ${describe(raw.subcategory)}.${guess ? ` Did you mean "${guess}"?` : ''}`,
      hint: `The subcategories of "${raw.category}": ${subcategories.join(', ')}.`,
    }),
  ];
}
