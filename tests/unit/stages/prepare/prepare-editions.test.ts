import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderBaseKey } from '../../../../src/cache/content-keys.js';
import { EditionStore } from '../../../../src/cache/edition-store.js';
import { RenderCache } from '../../../../src/cache/render-cache.js';
import type { MarkdownLabels, SiteConfig } from '../../../../src/model/index.js';
import { prepareEditions } from '../../../../src/stages/prepare/prepare-editions.js';
import { edition } from '../../../helpers/site.js';
import { tempDir } from '../../../helpers/temp.js';

const site: SiteConfig = {
  title: 'T', url: 'https://example.org/', basePath: '/', language: 'en', dir: 'ltr',
  description: 'D', timezone: 'UTC', pageSize: 20, feedItems: 20,
};
/** Edition files on disk, listed as the loader lists them. */
function editionFiles(files: Record<string, string>) {
  const dir = tempDir('edition-files-');
  return {
    editions: Object.entries(files).map(([name, text]) => {
      writeFileSync(join(dir, name), text);
      return { path: `content/editions/${name}`, absolutePath: join(dir, name), stamp: `${name}:1` };
    }),
    media: [],
  };
}

describe('prepareEditions with a cache', () => {
  it('should reuse results only when file, settings and engine are unchanged', async () => {
    const content = editionFiles({
      '2024-03-12-a.md': edition({ headline: 'A', date: '2024-03-12' }),
      '2024-03-13-b.md': edition({ headline: 'B', date: '2024-03-13' }),
    });
    const dir = tempDir('edition-cache-');
    const run = async (engine: string, config = site) => {
      const cache = await RenderCache.open(dir);
      const result = await prepareEditions(content, { cache, store: new EditionStore(cache.pack), context: { site: config, media: [], baseKey: renderBaseKey(engine, config, []) } });
      await cache.save();
      return result.stats;
    };
    expect(await run('engine-1')).toEqual({ rendered: 2, fromCache: 0, threads: 0 });
    expect(await run('engine-1')).toEqual({ rendered: 0, fromCache: 2, threads: 0 });
    expect(await run('engine-2')).toEqual({ rendered: 2, fromCache: 0, threads: 0 });
    expect(await run('engine-2', { ...site, timezone: 'Asia/Tokyo' })).toEqual({ rendered: 2, fromCache: 0, threads: 0 });
    expect(await run('engine-2', { ...site, timezone: 'Asia/Tokyo', title: 'Other title' })).toEqual({ rendered: 0, fromCache: 2, threads: 0 });
    // The language sets the quotation marks.
    expect(await run('engine-2', { ...site, timezone: 'Asia/Tokyo', language: 'de' })).toEqual({ rendered: 2, fromCache: 0, threads: 0 });
  });

  it('should render again when the Markdown labels change, and use them', async () => {
    const content = editionFiles({ '2024-03-12-a.md': edition({ headline: 'A', date: '2024-03-12' }, 'Text[^1].\n\n[^1]: A note.\n') });
    const dir = tempDir('edition-cache-');
    const run = async (labels?: MarkdownLabels) => {
      const cache = await RenderCache.open(dir);
      const store = new EditionStore(cache.pack);
      const context = { site, media: [], baseKey: renderBaseKey('engine', site, [], labels), ...(labels ? { labels } : {}) };
      const result = await prepareEditions(content, { cache, store, context });
      const html = store.html(result.editions[0]!);
      await cache.save();
      return { stats: result.stats, heading: /<h2 id="e-2024-03-12-a-footnote-label">([^<]*)</.exec(html)?.[1] };
    };
    const french: MarkdownLabels = { footnotes: 'Notes', backToReference: 'Retour à la référence {n}', table: 'Tableau {n} : {columns}' };
    expect(await run()).toEqual({ stats: { rendered: 1, fromCache: 0, threads: 0 }, heading: 'Footnotes' });
    expect(await run(french)).toEqual({ stats: { rendered: 1, fromCache: 0, threads: 0 }, heading: 'Notes' });
    expect(await run(french)).toEqual({ stats: { rendered: 0, fromCache: 1, threads: 0 }, heading: 'Notes' });
    expect(await run({ ...french, backToReference: 'Retour {n}' })).toMatchObject({ stats: { rendered: 1, fromCache: 0 } });
  });

  it('should not cache editions with errors, so they are reported every time', async () => {
    const dir = tempDir('edition-cache-');
    const broken = editionFiles({ 'x.md': edition({ headline: 'X', date: 'soon' }) });
    for (let i = 0; i < 2; i++) {
      const cache = await RenderCache.open(dir);
      const result = await prepareEditions(broken, { cache, store: new EditionStore(cache.pack), context: { site, media: [], baseKey: 'e' } });
      await cache.save();
      expect(result.diagnostics.map((d) => d.field)).toEqual(['date']);
    }
  });
});
