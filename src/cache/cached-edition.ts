/**
 * Editions as the render cache keeps them. Its index holds what every build
 * needs of every edition (what lists, links, feeds' order and sitemaps show);
 * the rest, an edition's details (description, media, image…), sits in the
 * pack beside its HTML. A build reads the details of the few editions whose
 * own pages it renders: the index of 10,000 editions is about a third
 * smaller, and so is the time to load it.
 */
import type { EditionDetails, HtmlRef, RenderedEdition } from '../model/index.js';
import type { HtmlPack } from './html-pack.js';

/** An edition in the cache's index: its details replaced by where they are in the pack. */
export type StoredEdition = Omit<RenderedEdition, keyof EditionDetails> & { details: HtmlRef };

const DETAIL_FIELDS = ['description', 'summary', 'audio', 'image', 'media', 'picture', 'showOffer', 'bodyLine'] as const;

const encoder = new TextEncoder();

/** Split `edition` for the index, putting its details in `pack`. */
export function storedEdition(edition: RenderedEdition, pack: HtmlPack): StoredEdition {
  const facts: Record<string, unknown> = { ...edition };
  const details: Record<string, unknown> = {};
  for (const field of DETAIL_FIELDS) {
    if (facts[field] !== undefined) details[field] = facts[field];
    delete facts[field];
  }
  return { ...(facts as Omit<StoredEdition, 'details'>), details: pack.put(encoder.encode(JSON.stringify(details))) };
}

/** What a cached edition reads its details with; kept off the edition so its own fields stay the stored ones. */
interface Source {
  ref: HtmlRef;
  file: string;
  pack: HtmlPack;
  onDamage: (file: string) => void;
  details?: Partial<EditionDetails>;
}

const detailsSources = new WeakMap<object, Source>();

/** What details that failed verification read as; the build then starts over without the cache. */
const NO_DETAILS: Partial<EditionDetails> = { description: '', showOffer: true, bodyLine: 1 };

type Facts = Omit<StoredEdition, 'details'>;

/** The facts as own fields, copied one by one: 10,000 of these are made for every build that uses the cache. */
class CachedEdition implements Facts {
  declare file: Facts['file'];
  declare slug: Facts['slug'];
  declare headline: Facts['headline'];
  declare date: Facts['date'];
  declare updated?: Facts['updated'];
  declare tags: Facts['tags'];
  declare draft: Facts['draft'];
  declare contentKey: Facts['contentKey'];
  declare url: Facts['url'];
  declare html: Facts['html'];

  constructor(stored: StoredEdition) {
    this.file = stored.file;
    this.slug = stored.slug;
    this.headline = stored.headline;
    this.date = stored.date;
    if (stored.updated) this.updated = stored.updated;
    this.tags = stored.tags;
    this.draft = stored.draft;
    this.contentKey = stored.contentKey;
    this.url = stored.url;
    this.html = stored.html;
  }
}

// The details as getters on the prototype, read from the pack on first use.
for (const field of DETAIL_FIELDS) {
  Object.defineProperty(CachedEdition.prototype, field, {
    get(this: CachedEdition) {
      return detailsOf(this)[field];
    },
    enumerable: true,
  });
}

function detailsOf(edition: CachedEdition): Partial<EditionDetails> {
  const source = detailsSources.get(edition)!;
  if (!source.details) {
    const text = source.pack.get(source.ref);
    if (text === undefined) source.onDamage(source.file);
    source.details = text === undefined ? NO_DETAILS : (JSON.parse(text) as Partial<EditionDetails>);
  }
  return source.details;
}

/**
 * A stored edition as a RenderedEdition whose details are read from `pack`
 * when first asked for. `onDamage` hears of details that no longer verify;
 * they then read as empty, and the build is expected to start over.
 */
export function cachedEdition(stored: StoredEdition, pack: HtmlPack, onDamage: (file: string) => void): RenderedEdition {
  const edition = new CachedEdition(stored);
  detailsSources.set(edition, { ref: stored.details, file: stored.file, pack, onDamage });
  return edition as unknown as RenderedEdition;
}
