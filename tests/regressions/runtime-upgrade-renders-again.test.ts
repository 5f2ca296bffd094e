/**
 * Regression (issue 15 review): the render cache and the output fingerprints
 * include the runtime's versions (Node.js, V8, ICU, Unicode, CLDR, time-zone
 * data). Dates in the site's time zone, tag order (Intl.Collator) and case
 * mapping come from them, so an upgraded runtime must render again instead of
 * serving what the old one made: a cached build never differs from a cold one.
 *
 * The build runs under a time-zone data version it was not cached with, by
 * redefining process.versions.tz for the length of one build.
 */
import { describe, expect, it } from 'vitest';
import type { BuildOptions } from '../../src/build.js';
import type { OutputFile } from '../../src/model/index.js';
import { createMemoryOutputCache } from '../../src/stages/write/memory-output.js';
import { buildProject, edition, makeProject, siteFiles } from '../helpers/site.js';

/** Run `body` with process.versions[name] reading `value`. */
async function withVersion<T>(name: string, value: string, body: () => Promise<T>): Promise<T> {
  const original = Object.getOwnPropertyDescriptor(process.versions, name)!;
  Object.defineProperty(process.versions, name, { ...original, value });
  try {
    return await body();
  } finally {
    Object.defineProperty(process.versions, name, original);
  }
}

async function project() {
  return makeProject(
    siteFiles({
      'content/editions/2024-03-11-one.md': edition({ headline: 'One', date: '2024-03-11T23:30:00-05:00', tags: '[Énergie, Ukraine]' }),
      'content/editions/2024-03-12-two.md': edition({ headline: 'Two', date: '2024-03-12', tags: '[énergie]' }),
    }),
  );
}

describe('a build under another runtime than the cached one', () => {
  it('renders every edition again (render cache on disk)', async () => {
    const root = await project();
    await buildProject(root);
    const warm = await buildProject(root);
    expect(warm.rendering).toMatchObject({ rendered: 0, fromCache: 2 });

    const upgraded = await withVersion('tz', '2099z', () => buildProject(root));
    expect(upgraded.rendering).toMatchObject({ rendered: 2, fromCache: 0 });
    // And back: the cache now holds the new runtime's renders, the old ones are not mixed in.
    const downgraded = await buildProject(root);
    expect(downgraded.rendering).toMatchObject({ rendered: 2, fromCache: 0 });
  });

  it.each(['node', 'icu', 'unicode', 'cldr'])('applies the templates to every page again when %s changes (in-memory output)', async (name) => {
    const root = await project();
    const memoryCache = createMemoryOutputCache();
    const options: BuildOptions = { write: false, cacheDir: false, memoryCache };
    // A page kept from the last build is the same object; one made again is a new one.
    const pagesOf = (files: readonly OutputFile[]) => new Map(files.filter((file) => file.path.endsWith('.html')).map((file) => [file.path, file]));
    const first = pagesOf((await buildProject(root, options)).files);
    const warm = await buildProject(root, options);
    expect(warm.output.written).toBe(0);
    expect([...pagesOf(warm.files)].filter(([path, file]) => first.get(path) !== file)).toEqual([]);

    const version = `${process.versions[name as keyof NodeJS.ProcessVersions]}.1`;
    const upgraded = await withVersion(name, version, () => buildProject(root, options));
    const pages = pagesOf(upgraded.files);
    expect(pages.size).toBe(upgraded.output.pages);
    expect([...pages].filter(([path, file]) => first.get(path) === file).map(([path]) => path)).toEqual([]);
    expect(upgraded.output.written).toBeGreaterThanOrEqual(upgraded.output.pages);
  });
});
