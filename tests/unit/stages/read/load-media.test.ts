import { stat } from 'node:fs/promises';
import * as musicMetadata from 'music-metadata';
import { describe, expect, it, vi } from 'vitest';
import { loadAudioInfo } from '../../../../src/stages/read/load-media.js';
import { NARRATION } from '../../../helpers/site.js';
import type { MediaFile } from '../../../../src/model/index.js';

vi.mock('music-metadata', async (importOriginal) => {
  const real = await importOriginal<typeof musicMetadata>();
  return { ...real, parseFile: vi.fn(real.parseFile) };
});

async function narration(): Promise<MediaFile> {
  const facts = await stat(NARRATION);
  return { src: 'media/n.mp3', absolutePath: NARRATION, bytes: facts.size, mtimeMs: facts.mtimeMs };
}

describe('loadAudioInfo', () => {
  it('should read the duration and type from the file', async () => {
    const file = await narration();
    const result = await loadAudioInfo({ src: 'media/n.mp3', title: 'Listen' }, 'content/editions/x.md', new Map([[file.src, file]]));
    expect(result.ok && result.info).toMatchObject({ mimeType: 'audio/mpeg', bytes: file.bytes });
    expect(result.ok && result.info.durationSeconds).toBeGreaterThan(1);
  });

  it('should parse an unchanged file once, and again when its size or time changes', async () => {
    const parseFile = vi.mocked(musicMetadata.parseFile);
    parseFile.mockClear();
    // A time no other test used, so nothing is remembered yet.
    const file = { ...(await narration()), mtimeMs: 1 };
    const load = (f: MediaFile) => loadAudioInfo({ src: f.src, title: 'Listen' }, 'content/editions/x.md', new Map([[f.src, f]]));
    await load(file);
    await load(file);
    expect(parseFile).toHaveBeenCalledTimes(1);
    await load({ ...file, mtimeMs: 2 });
    expect(parseFile).toHaveBeenCalledTimes(2);
    await load({ ...file, bytes: file.bytes + 1, mtimeMs: 2 });
    expect(parseFile).toHaveBeenCalledTimes(3);
  });
});
