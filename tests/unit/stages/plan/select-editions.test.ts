import { describe, expect, it } from 'vitest';
import type { RenderedEdition } from '../../../../src/model/index.js';
import { byNewest, isScheduled, selectEditions } from '../../../../src/stages/plan/select-editions.js';

const at = (iso: string, slug: string, extra: Partial<RenderedEdition> = {}) =>
  ({
    file: `content/editions/${slug}.md`,
    slug,
    date: { epoch: Date.parse(iso), iso, year: iso.slice(0, 4), month: iso.slice(5, 7), day: iso.slice(8, 10) },
    draft: false,
    ...extra,
  }) as RenderedEdition;

describe('selectEditions', () => {
  it('should order newest first, and ties by slug and file in code units, whatever the machine locale', () => {
    const editions = [
      at('2024-03-11T09:00:00Z', 'older'),
      at('2024-03-12T09:00:00Z', 'ab'),
      at('2024-03-12T09:00:00Z', 'a-b'),
      at('2024-03-12T09:00:00Z', 'Zed'),
    ];
    expect([...editions].sort(byNewest).map((e) => e.slug)).toEqual(['Zed', 'a-b', 'ab', 'older']);
  });

  it('should leave out drafts and editions dated after now unless asked, and say which are scheduled', () => {
    const now = Date.parse('2024-03-12T12:00:00Z');
    const future = at('2024-03-13T09:00:00Z', 'tomorrow');
    const editions = [at('2024-03-12T09:00:00Z', 'today'), at('2024-03-12T10:00:00Z', 'draft', { draft: true }), future];
    const published = selectEditions(editions, { now, drafts: false, future: false });
    expect(published).toMatchObject({ drafts: 1, scheduled: 1, nextScheduled: future });
    expect(published.published.map((e) => e.slug)).toEqual(['today']);
    const preview = selectEditions(editions, { now, drafts: true, future: true });
    expect(preview.published.map((e) => e.slug)).toEqual(['tomorrow', 'draft', 'today']);
    expect(preview.published.map((e) => isScheduled(e, now))).toEqual([true, false, false]);
  });
});
