/**
 * Issue 6: a cached build's output is byte-identical to a cold build's for
 * every kind of change, and a damaged cache is ignored, never trusted.
 */
import { appendFile, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BuildOptions } from '../../src/build.js';
import type { OutputFile } from '../../src/model/index.js';
import { BuildFailedError } from '../../src/diagnostics.js';
import { createKeptIndex } from '../../src/cache/render-cache.js';
import { createMemoryOutputCache } from '../../src/stages/write/memory-output.js';
import { publicationFiles } from '../helpers/publication.js';
import { ARABIC, ARABIC_FILE, arabicEdition, ENGLISH, mixedLanguageProject } from '../helpers/mixed-language-site.js';
import { buildProject, edition, makeProject, TEMPLATES } from '../helpers/site.js';
import { treeDigest } from '../helpers/tree.js';
import { cp } from 'node:fs/promises';

/** Build with the cache into public/, and cold (no cache) into a fresh folder; return both trees. */
async function cachedAndCold(root: string, templatesDir = TEMPLATES) {
  const cached = await buildProject(root, { templatesDir });
  const cold = await buildProject(root, { templatesDir, cacheDir: false, outDir: `cold-${Math.random().toString(36).slice(2)}` });
  return { cached, cachedTree: await treeDigest(cached.outDir), coldTree: await treeDigest(cold.outDir) };
}

describe('the cache', () => {
  it('should give byte-identical output to a cold build after every kind of change', async () => {
    const root = await makeProject(publicationFiles());
    const templatesDir = join(root, 'templates');
    await cp(TEMPLATES, templatesDir, { recursive: true });
    let previous: Record<string, string> = {};
    const step = async (label: string) => {
      const { cached, cachedTree, coldTree } = await cachedAndCold(root, templatesDir);
      expect(cachedTree, label).toEqual(coldTree);
      // Files that changed, besides the search index (whose changed year is rewritten whole: tests/e2e/search.test.ts).
      const pagesChanged = Object.keys(cachedTree).filter((path) => !path.startsWith('pagefind/') && cachedTree[path] !== previous[path]).length;
      previous = cachedTree;
      return { ...cached, pagesChanged };
    };

    const first = await step('first build');
    expect(first.rendering).toMatchObject({ fromCache: 0 });

    const warm = await step('nothing changed');
    expect(warm.rendering.rendered).toBe(0);
    expect(warm.output).toMatchObject({ mode: 'incremental', written: 0 });

    await appendFile(join(root, 'content/editions/2023-01-31-edition-2.md'), '\nA correction.\n');
    const edited = await step('content edited');
    expect(edited.rendering.rendered).toBe(1);
    expect(edited.pagesChanged).toBe(1);
    expect(edited.search).toMatchObject({ made: 1 });

    const neighbour = join(root, 'content/editions/2023-03-30-edition-4.md');
    await writeFile(neighbour, (await readFile(neighbour, 'utf8')).replace('headline: "', 'headline: "Renamed: '));
    const renamed = await step('headline edited (its neighbours link to it by headline)');
    expect(renamed.rendering.rendered).toBe(1);

    const offer = join(root, 'content/offer.md');
    await writeFile(offer, (await readFile(offer, 'utf8')).replace('price: 32.95', 'price: 39.5'));
    const priced = await step('offer price changed');
    expect(priced.rendering.rendered).toBe(0);

    await writeFile(join(root, 'content/editions/2026-11-25-brand-new.md'), edition({ headline: 'Brand New', date: '2026-11-25T09:00:00Z', tags: '[Energy]' }));
    const added = await step('edition added');
    expect(added.rendering.rendered).toBe(1);
    expect(added.output.written).toBeGreaterThan(5);

    await rm(join(root, 'content/editions/2025-06-01-edition-38.md'));
    await rm(join(root, 'content/editions/2023-03-01-edition-3.md'));
    const deleted = await step('edition deleted');
    expect(deleted.output.removed).toBeGreaterThan(0);

    await appendFile(join(templatesDir, 'partials/article.liquid'), '\n<p class="corrections">Corrections: desk@example.org</p>\n');
    const template = await step('template edited');
    expect(template.rendering.rendered).toBe(0);

    const siteYml = join(root, 'content/site.yml');
    await writeFile(siteYml, (await readFile(siteYml, 'utf8')).replace('title: The Fixture Times', 'title: The Fixture Herald'));
    const settings = await step('title changed');
    expect(settings.rendering.rendered).toBe(0);

    await writeFile(siteYml, (await readFile(siteYml, 'utf8')).replace('https://news.example.org/', 'https://herald.example.org/'));
    const url = await step('url changed');
    expect(url.rendering.fromCache).toBe(0);
  }, 90_000);

  it('should update the pages of the editions another one names or stops naming as translations, as a cold build does', async () => {
    // The English edition's file never changes: its page changes through the editions that name it.
    const root = await mixedLanguageProject({ [ARABIC_FILE]: arabicEdition({ translations: '[]' }) });
    const step = async (label: string) => {
      const { cached, cachedTree, coldTree } = await cachedAndCold(root);
      expect(cachedTree, label).toEqual(coldTree);
      return { cached, tree: cachedTree };
    };
    const englishPage = `${ENGLISH}index.html`;
    const alone = await step('no translations');

    await writeFile(join(root, ARABIC_FILE), arabicEdition());
    const named = await step('the Arabic edition names the English one');
    expect(named.cached.rendering.rendered).toBe(1);
    expect(named.tree[englishPage]).not.toBe(alone.tree[englishPage]);

    await writeFile(join(root, 'content/editions/2024-03-12-contraataque.md'), edition({ headline: 'Contraataque', date: '2024-03-12', language: 'es', translations: `[${ARABIC}]` }));
    const joined = await step('a Spanish edition names the Arabic one, and so joins the English one');
    expect(joined.tree[englishPage]).not.toBe(named.tree[englishPage]);

    await writeFile(join(root, ARABIC_FILE), arabicEdition({ translations: '[]' }));
    const dropped = await step('the Arabic edition stops naming the English one');
    expect(dropped.tree[englishPage]).toBe(alone.tree[englishPage]);
  });

  it('should render again only the pages whose template files changed', async () => {
    const root = await makeProject(publicationFiles());
    const templatesDir = join(root, 'templates');
    await cp(TEMPLATES, templatesDir, { recursive: true });
    const first = await buildProject(root, { templatesDir });
    const pagesOf = async (template: string) =>
      (await readdir(first.outDir, { recursive: true })).filter((path) => (template === 'tag' ? /^tags\/.+\/index\.html$/ : /^\d{4}\/\d\d\/\d\d\/[^/]+\/index\.html$/).test(path.split('\\').join('/')));
    const tagPages = await pagesOf('tag');
    expect(tagPages.length).toBeGreaterThan(3);

    const tagTemplate = join(templatesDir, 'tag.liquid');
    await writeFile(tagTemplate, (await readFile(tagTemplate, 'utf8')).replace('<div class="archive">', '<div class="archive archive--topic">'));
    const { cached, cachedTree, coldTree } = await cachedAndCold(root, templatesDir);
    expect(cached.output.written).toBe(tagPages.length);
    expect(cachedTree).toEqual(coldTree);

    await appendFile(join(templatesDir, 'partials/share.liquid'), '\n<p class="note">Share it.</p>\n');
    const shared = await cachedAndCold(root, templatesDir);
    // The share links are part of every edition page and of the home page, which shows the latest edition; of no list.
    expect(shared.cached.output.written).toBe((await pagesOf('edition')).length + 1);
    expect(shared.cachedTree).toEqual(shared.coldTree);
  });

  it.each([
    ['a truncated index', async (cache: string) => truncate(join(cache, 'index.bin'), 100)],
    ['a truncated HTML pack', async (cache: string) => truncate(join(cache, 'html.pack'), 100)],
    // Blobs are verified when read: a new title makes every page read its edition's HTML again.
    ['a corrupt HTML pack', async (cache: string) => {
      await flipByte(join(cache, 'html.pack'), 0.5);
      await appendFile(join(cache, '../content/site.yml'), 'organization: Renamed Desk\n');
    }],
    ['a corrupt index and output manifest', async (cache: string) => {
      await flipByte(join(cache, 'index.bin'), 0.9);
      await flipByte(join(cache, 'output.bin'), 0.9);
    }],
  ])('should detect %s, ignore the cache and rebuild correctly', async (_name, damage) => {
    const root = await makeProject(publicationFiles());
    await buildProject(root);
    await damage(join(root, '.edition-cache'));
    const { cached, cachedTree, coldTree } = await cachedAndCold(root);
    expect(cached.rendering.fromCache).toBe(0);
    expect(cachedTree).toEqual(coldTree);
    if (_name === 'a corrupt HTML pack') {
      // A blob that fails its check is found while pages are made: the cache is deleted and the editor told.
      expect(cached.diagnostics.map((d) => [d.code, d.message])).toContainEqual([
        'output-error',
        'The build cache was damaged, so it was deleted and everything was rendered again.',
      ]);
    }
  });

  it('should read a damaged log of changes up to its last sound record and still build correctly', async () => {
    const root = await makeProject(publicationFiles());
    await buildProject(root);
    await appendFile(join(root, 'content/editions/2023-01-31-edition-2.md'), '\nA correction.\n');
    await buildProject(root);
    const cache = join(root, '.edition-cache');
    for (const log of ['index.bin.log', 'output.bin.log']) {
      expect((await readFile(join(cache, log))).length, log).toBeGreaterThan(40);
      await flipByte(join(cache, log), 0.95);
    }
    const { cached, cachedTree, coldTree } = await cachedAndCold(root);
    // Without the log's record of the correction, the index is last build's but one: that edition is rendered again.
    expect(cached.rendering.rendered).toBe(1);
    expect(cachedTree).toEqual(coldTree);
  });

  it('should reuse the pages of the last in-memory build that a memory cache holds, and give the same files', async () => {
    const root = await makeProject(publicationFiles());
    const memoryCache = createMemoryOutputCache();
    const inMemory = (options: BuildOptions = {}) => buildProject(root, { write: false, cacheDir: false, ...options });
    const filesOf = (result: { files: OutputFile[] }) =>
      Object.fromEntries(
        result.files.map(({ path, contents }) => [path, typeof contents === 'object' && 'copyFrom' in contents ? contents : Buffer.from(contents).toString('base64')]),
      );

    const first = await inMemory({ memoryCache });
    expect(first.output).toMatchObject({ unchanged: 0 });
    const again = await inMemory({ memoryCache });
    expect(again.output).toMatchObject({ written: 0, unchanged: first.files.length });
    expect(filesOf(again)).toEqual(filesOf(first));

    await appendFile(join(root, 'content/editions/2023-01-31-edition-2.md'), '\nA correction.\n');
    await expect(inMemory({ memoryCache, templatesDir: join(root, 'missing-templates') })).rejects.toBeInstanceOf(BuildFailedError);
    const edited = await inMemory({ memoryCache });
    // A failed build leaves the cache as it was: only the corrected edition's page is made again, and its year's search index.
    const index2023 = edited.files.filter((file) => file.path.startsWith('pagefind/2023/')).length;
    expect(edited.search).toMatchObject({ made: 1 });
    expect(edited.output).toMatchObject({ written: 1 + index2023 });
    expect(filesOf(edited)).toEqual(filesOf(await inMemory()));
  });

  it('should change only a handful of files when an edition is added, leaving older list pages as they were', async () => {
    const root = await makeProject(publicationFiles());
    const first = await buildProject(root);
    const before = await treeDigest(first.outDir);
    await writeFile(join(root, 'content/editions/2026-11-25-added.md'), edition({ headline: 'Added Today', date: '2026-11-25T06:00', tags: '[Energy]' }));
    const added = await buildProject(root);
    const after = await treeDigest(added.outDir);
    const changed = Object.keys(after).filter((path) => after[path] !== before[path]).sort();
    // The new page, its older neighbour, the newest list pages it is on, the feeds and this year's sitemap.
    // A list that grows a numbered page (Energy, from 10 editions to 11) also changes the links of the pages just before it.
    expect(changed.filter((path) => path.startsWith('archive/page/'))).toEqual([]);
    expect(changed.filter((path) => path.includes('/page/'))).toEqual(['tags/energy/page/1/index.html', 'tags/energy/page/2/index.html']);
    expect(before['tags/energy/page/2/index.html']).toBeUndefined();
    expect(changed).toContain('archive/index.html');
    expect(changed).toContain('tags/energy/index.html');
    expect(changed).toContain('sitemaps/editions-2026.xml');
    expect(changed).not.toContain('sitemaps/editions-2025.xml');
    expect(changed.filter((path) => !path.startsWith('pagefind/')).length).toBeLessThan(20);
    // Of the search index, only the new edition's year changes.
    expect(changed.filter((path) => path.startsWith('pagefind/') && !path.startsWith('pagefind/2026/'))).toEqual([]);
    expect(added.output.written).toBe(changed.length);
  });

  it('should rewrite an output file someone changed by hand', async () => {
    const root = await makeProject(publicationFiles());
    const first = await buildProject(root);
    await writeFile(join(first.outDir, 'archive/index.html'), 'tampered');
    const { cached, cachedTree, coldTree } = await cachedAndCold(root);
    expect(cached.output.written).toBe(1);
    expect(cachedTree).toEqual(coldTree);
  });

  it('should leave public/ untouched when an incremental build fails', async () => {
    const root = await makeProject(publicationFiles());
    const first = await buildProject(root);
    const before = await treeDigest(first.outDir);
    await writeFile(join(root, 'content/editions/2023-01-31-edition-2.md'), edition({ headline: 'Broken', date: 'someday' }));
    await appendFile(join(root, 'content/editions/2023-03-01-edition-3.md'), '\nChanged too.\n');
    await expect(buildProject(root)).rejects.toBeInstanceOf(BuildFailedError);
    expect(await treeDigest(first.outDir)).toEqual(before);
  });

  it('should keep its index in memory between builds of one process, and save the same index to disk', async () => {
    const root = await makeProject(publicationFiles());
    const keptIndex = createKeptIndex();
    const correct = (name: string) => appendFile(join(root, `content/editions/${name}.md`), `\nA correction ${Math.random()}.\n`);
    const cache = join(root, '.edition-cache');

    await buildProject(root, { keptIndex });
    await correct('2023-01-31-edition-2');
    const kept = await buildProject(root, { keptIndex });
    expect(kept.rendering).toMatchObject({ rendered: 1 });
    // What it saved is what a later process reads: nothing to render.
    const fromDisk = await buildProject(root);
    expect(fromDisk.rendering).toMatchObject({ rendered: 0 });

    // The index on disk is no longer read: damaging it changes nothing for this process.
    await flipByte(join(cache, 'index.bin'), 0.5);
    await correct('2023-03-30-edition-4');
    const fromMemory = await buildProject(root, { keptIndex });
    expect(fromMemory.rendering).toMatchObject({ rendered: 1 });
    const { cachedTree, coldTree } = await cachedAndCold(root);
    expect(cachedTree).toEqual(coldTree);

    // New settings make every stored edition stale; the index kept in memory follows.
    const siteYml = join(root, 'content/site.yml');
    await writeFile(siteYml, (await readFile(siteYml, 'utf8')).replace('https://news.example.org/', 'https://herald.example.org/'));
    expect((await buildProject(root, { keptIndex })).rendering.fromCache).toBe(0);
    expect((await buildProject(root, { keptIndex })).rendering.rendered).toBe(0);
    expect((await buildProject(root)).rendering.rendered).toBe(0);

    // The folder can still be deleted at any time: its pack is gone, so the index in memory is not trusted.
    await rm(cache, { recursive: true });
    await correct('2023-01-31-edition-2');
    const afterDelete = await buildProject(root, { keptIndex });
    expect(afterDelete.rendering.fromCache).toBe(0);
    const again = await cachedAndCold(root);
    expect(again.cached.rendering).toMatchObject({ rendered: 0 });
    expect(again.cachedTree).toEqual(again.coldTree);
  });

  it('should be deletable at any time', async () => {
    const root = await makeProject(publicationFiles());
    await buildProject(root);
    await rm(join(root, '.edition-cache'), { recursive: true });
    const { cached, cachedTree, coldTree } = await cachedAndCold(root);
    expect(cached.output.mode).toBe('full');
    expect(cachedTree).toEqual(coldTree);
  });
});

async function flipByte(path: string, at: number): Promise<void> {
  const bytes = await readFile(path);
  bytes[Math.floor(bytes.length * at)] ^= 0xff;
  await writeFile(path, bytes);
}
