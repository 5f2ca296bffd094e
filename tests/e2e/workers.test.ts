/** Markdown rendered and share images drawn in worker threads (the compiled build, 64+ editions) must equal what one thread makes. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildProject, edition, makeProject, REPO, siteFiles, TEMPLATES, NOW } from '../helpers/site.js';
import { treeDigest } from '../helpers/tree.js';

describe('worker threads', () => {
  it('should render the same bytes as a single thread', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 80; i++) {
      const day = String((i % 28) + 1).padStart(2, '0');
      const month = String((Math.floor(i / 28) % 12) + 1).padStart(2, '0');
      files[`content/editions/2024-${month}-${day}-story-${i}.md`] = edition(
        { headline: `Story "${i}"`, date: `2024-${month}-${day}`, tags: `[T${i % 5}]` },
        `It's the *${i}th* story -- with [a link](https://example.org/${i}).\n\n- one\n- two\n`,
      );
    }
    const root = await makeProject(siteFiles(files));
    // The bundle is the one that starts workers; tests import TypeScript, which cannot.
    const { build } = (await import(join(REPO, 'dist/index.js'))) as typeof import('../../src/index.js');
    const threaded = await build({ root, templatesDir: TEMPLATES, now: NOW, cacheDir: false, outDir: 'threaded' });
    const single = await buildProject(root, { cacheDir: false, outDir: 'single', workers: false });
    expect(threaded.rendering).toMatchObject({ rendered: 80, threads: expect.any(Number) });
    expect(threaded.rendering.threads).toBeGreaterThan(0);
    expect(single.rendering.threads).toBe(0);
    // The newest 20 (the feeds') get share images: drawn in threads, and the same bytes as in one thread.
    expect(threaded.shareImages).toMatchObject({ drawn: 20 });
    expect(threaded.shareImages.threads).toBeGreaterThan(0);
    expect(single.shareImages).toMatchObject({ drawn: 20, threads: 0 });
    expect(await treeDigest(threaded.outDir)).toEqual(await treeDigest(single.outDir));
  });
});
