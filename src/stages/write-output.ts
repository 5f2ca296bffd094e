/**
 * The only stage that writes. Files go into a fresh staging folder beside
 * public/, which replaces public/ only once every file is written, so a failed
 * or interrupted build leaves the published site as it was.
 */
import { randomBytes } from 'node:crypto';
import { copyFile, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { OutputFile } from '../model.js';

const STAGING_PREFIX = '.edition-staging-';
const RETIRED_PREFIX = '.edition-retired-';

/** Write `files` as the new contents of `outDir`. */
export async function writeOutput(outDir: string, files: readonly OutputFile[]): Promise<void> {
  const parent = dirname(outDir);
  await mkdir(parent, { recursive: true });
  await removeLeftovers(parent, basename(outDir));
  const tag = `${basename(outDir)}-${process.pid}-${randomBytes(4).toString('hex')}`;
  const staging = join(parent, `${STAGING_PREFIX}${tag}`);
  try {
    await writeAll(staging, files);
    const retired = join(parent, `${RETIRED_PREFIX}${tag}`);
    const hadPrevious = await rename(outDir, retired).then(
      () => true,
      (cause: NodeJS.ErrnoException) => {
        if (cause.code === 'ENOENT') return false;
        throw cause;
      },
    );
    await rename(staging, outDir);
    if (hadPrevious) await rm(retired, { recursive: true, force: true });
  } catch (cause) {
    await rm(staging, { recursive: true, force: true });
    throw cause;
  }
}

async function writeAll(dir: string, files: readonly OutputFile[]): Promise<void> {
  const dirs = new Set(files.map((file) => dirname(join(dir, file.path))));
  await mkdir(dir, { recursive: true });
  for (const d of [...dirs].sort()) await mkdir(d, { recursive: true });
  // Bounded parallelism: enough to keep the disk busy without exhausting file handles.
  const queue = [...files];
  const worker = async () => {
    for (let file = queue.pop(); file; file = queue.pop()) {
      const target = join(dir, file.path);
      const { contents } = file;
      if (typeof contents === 'object' && 'copyFrom' in contents) await copyFile(contents.copyFrom, target);
      else await writeFile(target, contents);
    }
  };
  await Promise.all(Array.from({ length: 16 }, worker));
}

/** Staging folders left by a build that was killed part-way; never the published folder. */
async function removeLeftovers(parent: string, name: string): Promise<void> {
  const entries = await readdir(parent).catch(() => [] as string[]);
  await Promise.all(
    entries
      .filter((entry) => entry.startsWith(`${STAGING_PREFIX}${name}-`) || entry.startsWith(`${RETIRED_PREFIX}${name}-`))
      .filter((entry) => !entry.includes(`-${process.pid}-`))
      .map((entry) => rm(join(parent, entry), { recursive: true, force: true })),
  );
}
