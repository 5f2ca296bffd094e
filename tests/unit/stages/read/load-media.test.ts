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
  const facts = await stat(NARRATION, { bigint: true });
  const stamp = `${facts.size}:${facts.mtimeNs}:${facts.ctimeNs}:${facts.ino}`;
  return { src: 'media/n.mp3', absolutePath: NARRATION, bytes: Number(facts.size), mtimeMs: Number(facts.mtimeMs), stamp };
}

describe('loadAudioInfo', () => {
  it('should read the duration and type from the file', async () => {
    const file = await narration();
    const result = await loadAudioInfo({ src: 'media/n.mp3', title: 'Listen' }, 'content/editions/x.md', new Map([[file.src, file]]));
    expect(result.ok && result.info).toMatchObject({ mimeType: 'audio/mpeg', bytes: file.bytes });
    expect(result.ok && result.info.durationSeconds).toBeGreaterThan(1);
  });

  it('should parse an unchanged file once, and again whenever its stamp changes, even with the same size and time', async () => {
    const parseFile = vi.mocked(musicMetadata.parseFile);
    parseFile.mockClear();
    // A stamp no other test used, so nothing is remembered yet.
    const file = { ...(await narration()), stamp: '1:1:1:1' };
    const load = (f: MediaFile) => loadAudioInfo({ src: f.src, title: 'Listen' }, 'content/editions/x.md', new Map([[f.src, f]]));
    await load(file);
    await load(file);
    expect(parseFile).toHaveBeenCalledTimes(1);
    // Replaced by a file of the same size, its mtime set back: only the change time (or inode) differs.
    await load({ ...file, stamp: '1:1:2:1' });
    expect(parseFile).toHaveBeenCalledTimes(2);
    await load({ ...file, stamp: '1:1:2:2' });
    expect(parseFile).toHaveBeenCalledTimes(3);
    await load({ ...file, stamp: '1:1:2:2' });
    expect(parseFile).toHaveBeenCalledTimes(3);
  });
});
