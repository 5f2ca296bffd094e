import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RenderCache } from '../../src/cache/render-cache.js';
import type { SiteConfig } from '../../src/model.js';
import { prepareEditions } from '../../src/stages/prepare-editions.js';
import { edition } from '../helpers/site.js';

const site: SiteConfig = {
  title: 'T', url: 'https://example.org/', basePath: '/', language: 'en', dir: 'ltr',
  description: 'D', timezone: 'UTC', pageSize: 20, feedItems: 20,
};
const content = {
  editions: [
    { path: 'content/editions/2024-03-12-a.md', text: edition({ headline: 'A', date: '2024-03-12' }) },
    { path: 'content/editions/2024-03-13-b.md', text: edition({ headline: 'B', date: '2024-03-13' }) },
  ],
  media: [],
};

describe('prepareEditions with a cache', () => {
  it('should reuse results only when file, settings and engine are unchanged', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'edition-cache-'));
    const run = async (engine: string, config = site) => {
      const cache = await RenderCache.open(dir);
      const result = await prepareEditions(content, config, { cache, engine });
      await cache.save();
      return result.stats;
    };
    expect(await run('engine-1')).toEqual({ rendered: 2, fromCache: 0, threads: 0 });
    expect(await run('engine-1')).toEqual({ rendered: 0, fromCache: 2, threads: 0 });
    expect(await run('engine-2')).toEqual({ rendered: 2, fromCache: 0, threads: 0 });
    expect(await run('engine-2', { ...site, timezone: 'Asia/Tokyo' })).toEqual({ rendered: 2, fromCache: 0, threads: 0 });
    expect(await run('engine-2', { ...site, timezone: 'Asia/Tokyo', title: 'Other title' })).toEqual({ rendered: 0, fromCache: 2, threads: 0 });
  });

  it('should not cache editions with errors, so they are reported every time', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'edition-cache-'));
    const broken = { editions: [{ path: 'content/editions/x.md', text: edition({ headline: 'X', date: 'soon' }) }], media: [] };
    for (let i = 0; i < 2; i++) {
      const cache = await RenderCache.open(dir);
      const result = await prepareEditions(broken, site, { cache, engine: 'e' });
      await cache.save();
      expect(result.diagnostics.map((d) => d.field)).toEqual(['date']);
    }
  });
});
