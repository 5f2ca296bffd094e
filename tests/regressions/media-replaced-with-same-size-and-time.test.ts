/**
 * Regression (issue 15 review): a media file replaced by one of the same size
 * with the same modification time (`cp -p`, `rsync -t`, unzipping an export,
 * two saves within the file system's clock tick) is seen as changed. Neither
 * the duration remembered by a long-running preview, nor the render cache, nor
 * the copy in public/ may keep the old file's facts or bytes.
 */
import { readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { createKeptIndex } from '../../src/cache/render-cache.js';
import { createFileCache } from '../../src/dev/file-cache.js';
import { previewBuild } from '../../src/dev/preview-build.js';
import { createMemoryOutputCache } from '../../src/stages/write/memory-output.js';
import { flacFile } from '../helpers/audio.js';
import { parseHtml } from '../helpers/html.js';
import { buildProject, edition, makeProject, NOW, siteFiles, TEMPLATES } from '../helpers/site.js';

const PAGE = '2024/03/12/x/index.html';

async function project() {
  return makeProject(
    siteFiles({
      'content/editions/2024-03-12-x.md': edition({ headline: 'X', date: '2024-03-12', audio: 'media/voice.flac' }),
      'content/media/voice.flac': flacFile(3),
    }),
  );
}

/** Write `bytes` over `path` (the same size), then set its times back to what they were. */
async function replaceKeepingSizeAndTime(path: string, bytes: Buffer): Promise<void> {
  const before = await stat(path);
  expect(bytes.length).toBe(before.size);
  // Past the file system's clock tick, so only the stamp can tell the files apart.
  await sleep(20);
  await writeFile(path, bytes);
  await utimes(path, before.atimeMs / 1000, before.mtimeMs / 1000);
  const after = await stat(path);
  expect([after.size, Math.trunc(after.mtimeMs)]).toEqual([before.size, Math.trunc(before.mtimeMs)]);
}

const durationOn = (html: string) => parseHtml(html).attr('.listen__duration time', 'datetime');

describe('a media file replaced with the same size and modification time', () => {
  it('gives a long-running preview its new duration', async () => {
    const root = await project();
    const files = createFileCache();
    const memory = { output: createMemoryOutputCache(), index: createKeptIndex() };
    const preview = () => previewBuild({ root, templatesDir: TEMPLATES, siteUrl: 'http://localhost:4000/' }, files, NOW, memory);
    const page = async () => {
      const file = (await preview()).files.find((f) => f.path === PAGE)!;
      return durationOn(typeof file.contents === 'string' ? file.contents : Buffer.from(file.contents as Uint8Array).toString('utf8'));
    };
    expect(await page()).toBe('PT3S');

    const voice = join(root, 'content/media/voice.flac');
    await replaceKeepingSizeAndTime(voice, flacFile(5));
    files.forget(voice); // as the watcher does
    expect(await page()).toBe('PT5S');
  });

  it('gives a cached build its new duration, and public/ its new bytes', async () => {
    const root = await project();
    const first = await buildProject(root);
    expect(durationOn(await first.read(PAGE))).toBe('PT3S');

    await replaceKeepingSizeAndTime(join(root, 'content/media/voice.flac'), flacFile(5));
    const second = await buildProject(root);
    expect(durationOn(await second.read(PAGE))).toBe('PT5S');
    expect(await readFile(join(second.outDir, 'media/voice.flac'))).toEqual(flacFile(5));
  });
});
