import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OutputFile } from '../../../../src/model/index.js';
import { recoverPublish } from '../../../../src/stages/write/finish-publish.js';
import { diskOutput } from '../../../../src/stages/write/write-output.js';
import { tempDir } from '../../../helpers/temp.js';

/** Write `files` as the whole new contents of `outDir`, as a build without a cache does. */
async function writeOutput(outDir: string, files: readonly OutputFile[]): Promise<void> {
  const writer = await diskOutput(outDir);
  try {
    for (const file of files) await writer.write(file, '');
    await writer.commit();
  } catch (cause) {
    await writer.abort();
    throw cause;
  }
}

describe('writeOutput', () => {
  it('should replace the old folder as a whole, removing files no longer built', async () => {
    const parent = tempDir('edition-write-');
    const out = join(parent, 'public');
    await writeOutput(out, [
      { path: 'a/index.html', contents: 'A', sources: [] },
      { path: 'old.html', contents: 'old', sources: [] },
    ]);
    await writeOutput(out, [{ path: 'a/index.html', contents: 'A2', sources: [] }]);
    expect(await readFile(join(out, 'a/index.html'), 'utf8')).toBe('A2');
    expect(await readdir(out)).toEqual(['a']);
    expect(await readdir(parent)).toEqual(['public']);
  });

  it('should leave the old folder untouched when writing fails', async () => {
    const parent = tempDir('edition-write-');
    const out = join(parent, 'public');
    await mkdir(out);
    await writeFile(join(out, 'index.html'), 'published');
    const failing = [
      { path: 'ok.html', contents: 'x', sources: [] },
      { path: 'copy.mp3', contents: { copyFrom: join(parent, 'does-not-exist.mp3') }, sources: [] },
    ];
    await expect(writeOutput(out, failing)).rejects.toThrow(/ENOENT/);
    expect(await readdir(out)).toEqual(['index.html']);
    expect(await readFile(join(out, 'index.html'), 'utf8')).toBe('published');
    expect(await readdir(parent)).toEqual(['public']);
  });

  it('should clean up staging folders left by a build stopped before it published', async () => {
    const parent = tempDir('edition-write-');
    await mkdir(join(parent, '.edition-staging-public-99999-deadbeef'));
    expect(await recoverPublish(join(parent, 'public'))).toBeUndefined();
    await writeOutput(join(parent, 'public'), [{ path: 'index.html', contents: 'x', sources: [] }]);
    expect(await readdir(parent)).toEqual(['public']);
  });
});
