import { writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFileCache } from '../../../src/dev/file-cache.js';
import { tempDir } from '../../helpers/temp.js';

describe('createFileCache', () => {
  it('should read a file from disk once until it is forgotten', async () => {
    const dir = tempDir('edition-cache-');
    const path = join(dir, 'a.md');
    await writeFile(path, 'one');
    const cache = createFileCache();
    expect(String(await cache.read(path))).toBe('one');
    await writeFile(path, 'two');
    expect(String(await cache.read(path))).toBe('one');
    expect(cache.diskReads).toBe(1);
    cache.forget(path);
    expect(String(await cache.read(path))).toBe('two');
    expect(cache.diskReads).toBe(2);
  });

  it('should forget every file below a forgotten folder', async () => {
    const dir = tempDir('edition-cache-');
    await mkdir(join(dir, 'sub'));
    await writeFile(join(dir, 'sub', 'a.md'), 'one');
    const cache = createFileCache();
    await cache.read(join(dir, 'sub', 'a.md'));
    cache.forget(join(dir, 'sub'));
    await cache.read(join(dir, 'sub', 'a.md'));
    expect(cache.diskReads).toBe(2);
  });

  it('should not remember a failed read', async () => {
    const dir = tempDir('edition-cache-');
    const path = join(dir, 'later.md');
    const cache = createFileCache();
    await expect(cache.read(path)).rejects.toMatchObject({ code: 'ENOENT' });
    await writeFile(path, 'now');
    expect(String(await cache.read(path))).toBe('now');
  });
});
