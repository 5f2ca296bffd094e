/** Which editions are published: not drafts, not dated in the future; newest first. */
import type { RenderedEdition } from '../../model/index.js';
import { compareCodeUnits } from '../../util/compare.js';

export interface Selection {
  published: RenderedEdition[];
  drafts: number;
  scheduled: number;
  /** The earliest future edition left out, so a scheduled job knows when to rebuild. */
  nextScheduled?: RenderedEdition;
}

/** True for an edition dated after the build's `now`: published only in previews, marked as scheduled there. */
export function isScheduled(edition: Pick<RenderedEdition, 'date'>, now: number): boolean {
  return edition.date.epoch > now;
}

/**
 * Date descending, then slug, then file: the one order of every list, feed
 * and neighbour link. Ties compare code units, not the machine's locale, so
 * every machine orders them alike (and no collator is loaded to do it).
 */
export function byNewest(a: RenderedEdition, b: RenderedEdition): number {
  return b.date.epoch - a.date.epoch || compareCodeUnits(a.slug, b.slug) || compareCodeUnits(a.file, b.file);
}

export function selectEditions(
  editions: readonly RenderedEdition[],
  options: { now: number; drafts: boolean; future: boolean },
): Selection {
  const published: RenderedEdition[] = [];
  let drafts = 0;
  let scheduled = 0;
  let nextScheduled: RenderedEdition | undefined;
  for (const edition of editions) {
    const isFuture = isScheduled(edition, options.now);
    if (edition.draft && !options.drafts) {
      drafts++;
      continue;
    }
    if (isFuture && !options.future) {
      scheduled++;
      if (!nextScheduled || edition.date.epoch < nextScheduled.date.epoch) nextScheduled = edition;
      continue;
    }
    published.push(edition);
  }
  published.sort(byNewest);
  return { published, drafts, scheduled, ...(nextScheduled ? { nextScheduled } : {}) };
}
