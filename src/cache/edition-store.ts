/**
 * Where a build keeps its editions' HTML and details: in the pack (the render
 * cache's, or a temporary one), not in the heap, so the 10,000 editions a warm
 * build reads from the cache cost a few MB. Editions themselves stay plain
 * data holding references into it.
 *
 * The details of editions prepared in this build (not read from the cache)
 * are also held, as bytes, so they can still be read after the build has let
 * go of a temporary pack: `edition check` builds without a cache and reads
 * them from the result. HTML, and cached editions' details, can be read only
 * while the build runs. A blob that no longer verifies throws
 * DamagedCacheError: the build then starts over without the cache.
 */
import type { EditionDetails, HtmlRef, PreparedEdition, RenderedEdition } from '../model/index.js';
import { DamagedCacheError } from './damaged-cache-error.js';
import type { HtmlPack } from './html-pack.js';

const decoder = new TextDecoder();

export class EditionStore {
  private readonly fresh = new Map<string, Uint8Array>();
  private readonly read = new WeakMap<RenderedEdition, EditionDetails>();

  constructor(private readonly pack: HtmlPack) {}

  /** A prepared edition as plain data, its HTML and details put in the pack. */
  put(prepared: Required<Pick<PreparedEdition, 'edition' | 'html' | 'details'>>): RenderedEdition {
    const details = this.pack.put(prepared.details);
    this.fresh.set(refKey(details), prepared.details);
    return { ...prepared.edition, html: this.pack.put(prepared.html), details };
  }

  /** The edition's sanitized HTML. */
  html(edition: RenderedEdition): string {
    const html = this.pack.get(edition.html);
    if (html === undefined) throw new DamagedCacheError(edition.file);
    return html;
  }

  /** The edition's details, read once per build. */
  details(edition: RenderedEdition): EditionDetails {
    let details = this.read.get(edition);
    if (!details) {
      const bytes = this.fresh.get(refKey(edition.details)) ?? this.pack.read(edition.details);
      if (bytes === undefined) throw new DamagedCacheError(edition.file);
      details = JSON.parse(decoder.decode(bytes)) as EditionDetails;
      this.read.set(edition, details);
    }
    return details;
  }
}

const refKey = (ref: HtmlRef) => `${ref.offset}:${ref.length}`;
