/**
 * The only stage that writes. Pages stream in one at a time; nothing in
 * public/ changes until commit(), and abort() leaves it exactly as it was.
 *
 * - Without a manifest of the last build, everything goes into a fresh staging
 *   folder beside public/, which replaces public/ in one rename.
 * - With one, only files whose bytes changed are written (into the staging
 *   folder first), then renamed into public/ in one burst, and files no longer
 *   built are removed. Rebuilding 10,000 directories for one changed edition
 *   would cost seconds; this costs what changed.
 */
import { randomBytes } from 'node:crypto';
import { keyOf } from '../../cache/content-keys.js';
import { copyFileSync, mkdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { mkdir, readdir, rename, rm, rmdir, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { OutputFile } from '../../model/index.js';
import { isIntact, readManifest, writeManifest, type ManifestEntry } from '../../cache/output-manifest.js';

const STAGING_PREFIX = '.edition-staging-';
const RETIRED_PREFIX = '.edition-retired-';

export interface OutputStats {
  written: number;
  unchanged: number;
  removed: number;
  /** 'full' replaced the whole folder, 'incremental' touched only changed files, 'memory' wrote nothing. */
  mode: 'full' | 'incremental' | 'memory';
}

export interface OutputWriter {
  /** True when `path` was made from the same inputs last time and is still intact on disk. */
  isCurrent(path: string, fingerprint: string): Promise<boolean>;
  /** Keep a current file as it is. */
  keep(path: string): void;
  write(file: OutputFile, fingerprint: string): Promise<void>;
  commit(): Promise<OutputStats>;
  abort(): Promise<void>;
  /** Files written, for in-memory builds. */
  readonly files: OutputFile[];
}

/**
 * What the last in-memory build made, with each file's fingerprint. A
 * long-running process (the dev server) keeps one across builds, so a
 * rebuild applies templates only to pages whose inputs changed: at 10,000
 * editions, a second instead of nine.
 */
export interface MemoryOutputCache {
  files: Map<string, { fingerprint: string; file: OutputFile }>;
}

export function createMemoryOutputCache(): MemoryOutputCache {
  return { files: new Map() };
}

/** Collects files in memory (tests, checks, the dev server); `cache` supplies files made from the same inputs last time. */
export function memoryOutput(cache?: MemoryOutputCache): OutputWriter {
  const files: OutputFile[] = [];
  const next: MemoryOutputCache['files'] = new Map();
  let unchanged = 0;
  return {
    files,
    isCurrent: async (path, fingerprint) => cache?.files.get(path)?.fingerprint === fingerprint,
    keep(path) {
      const kept = cache!.files.get(path)!;
      files.push(kept.file);
      next.set(path, kept);
      unchanged++;
    },
    async write(file, fingerprint) {
      files.push(file);
      next.set(file.path, { fingerprint, file });
    },
    async commit() {
      const removed = cache ? [...cache.files.keys()].filter((path) => !next.has(path)).length : 0;
      // Only a build that succeeds replaces what the next one compares with.
      if (cache) cache.files = next;
      return { written: files.length - unchanged, unchanged, removed, mode: 'memory' };
    },
    abort: async () => undefined,
  };
}

/** Open public/ for writing; `manifestPath` (in the cache folder) enables incremental writes. */
export async function diskOutput(outDir: string, manifestPath?: string): Promise<OutputWriter> {
  const parent = dirname(outDir);
  await mkdir(parent, { recursive: true });
  await removeLeftovers(parent, basename(outDir));
  const staging = join(parent, `${STAGING_PREFIX}${basename(outDir)}-${process.pid}-${randomBytes(4).toString('hex')}`);
  await mkdir(staging);

  const stored = manifestPath ? await readManifest(manifestPath) : undefined;
  const previous = stored?.value;
  const current = statSync(outDir, { throwIfNoEntry: false });
  const incremental = previous?.outDir === outDir && current?.isDirectory() === true && previous.inode === current.ino;
  const old = incremental ? previous.files : new Map<string, ManifestEntry>();
  const next = new Map<string, ManifestEntry>();
  const pending: { path: string; temp: string }[] = [];
  let unchanged = 0;
  /** Names of flat staging files, taken before any await: writes may overlap. */
  let staged = 0;
  const folders = new Set<string>();

  const intact = (path: string, entry: ManifestEntry | undefined) => entry !== undefined && isIntact(outDir, path, entry);

  return {
    files: [],
    async isCurrent(path, fingerprint) {
      const entry = old.get(path);
      return entry?.fingerprint === fingerprint && intact(path, entry);
    },
    keep(path) {
      next.set(path, old.get(path)!);
      unchanged++;
    },
    async write(file, fingerprint) {
      const { contents } = file;
      const copyFrom = typeof contents === 'object' && 'copyFrom' in contents ? contents.copyFrom : undefined;
      // Copied media can be large: identify it by its fingerprint (size and time) instead of reading it.
      const bytes = copyFrom ? undefined : typeof contents === 'string' ? Buffer.from(contents) : (contents as Uint8Array);
      const hash = bytes ? keyOf(bytes) : `copy:${fingerprint}`;
      const entry = old.get(file.path);
      if (incremental && entry?.hash === hash && intact(file.path, entry)) {
        next.set(file.path, { ...entry, fingerprint });
        unchanged++;
        return;
      }
      // Full builds lay files out in staging as they will be; incremental ones stage flat and rename in place.
      const temp = incremental ? join(staging, String(staged++)) : join(staging, file.path);
      // Synchronous: a promise per syscall made 10,000 pages wait on thread-pool round trips, five per file.
      const folder = dirname(temp);
      if (!folders.has(folder)) {
        mkdirSync(folder, { recursive: true });
        folders.add(folder);
      }
      if (copyFrom) copyFileSync(copyFrom, temp);
      else writeFileSync(temp, bytes!);
      const info = statSync(temp);
      next.set(file.path, { fingerprint, hash, size: info.size, mtimeMs: Math.trunc(info.mtimeMs) });
      pending.push({ path: file.path, temp });
    },
    async commit() {
      let removed = 0;
      if (incremental) {
        // Removals first: on a case-insensitive disk, "Photo.jpg" → "photo.jpg" is one file, renamed in below.
        for (const path of old.keys()) {
          if (next.has(path)) continue;
          await rm(join(outDir, path), { force: true });
          await removeEmptyParents(outDir, path);
          removed++;
        }
        // One burst of synchronous renames: the window in which public/ is half old, half new stays short.
        const made = new Set<string>();
        for (const { path, temp } of pending) {
          const target = join(outDir, path);
          if (!made.has(dirname(target))) mkdirSync(dirname(target), { recursive: true });
          made.add(dirname(target));
          renameSync(temp, target);
        }
        await rm(staging, { recursive: true, force: true });
      } else {
        const retired = join(parent, `${RETIRED_PREFIX}${basename(staging).slice(STAGING_PREFIX.length)}`);
        const hadPrevious = await rename(outDir, retired).then(
          () => true,
          (cause: NodeJS.ErrnoException) => {
            if (cause.code === 'ENOENT') return false;
            throw cause;
          },
        );
        await rename(staging, outDir);
        if (hadPrevious) await rm(retired, { recursive: true, force: true });
      }
      if (manifestPath) {
        await writeManifest(manifestPath, { outDir, inode: (await stat(outDir)).ino, files: next }, incremental ? stored : undefined);
      }
      return { written: pending.length, unchanged, removed, mode: incremental ? 'incremental' : 'full' };
    },
    async abort() {
      await rm(staging, { recursive: true, force: true });
    },
  };
}

async function removeEmptyParents(root: string, path: string): Promise<void> {
  for (let dir = dirname(path); dir !== '.' && dir !== ''; dir = dirname(dir)) {
    const empty = (await readdir(join(root, dir)).catch(() => ['?'])).length === 0;
    if (!empty) return;
    await rmdir(join(root, dir)).catch(() => undefined);
  }
}

/** Staging folders left by a build that was killed part-way; never the published folder. */
async function removeLeftovers(parent: string, name: string): Promise<void> {
  const entries = await readdir(parent).catch(() => [] as string[]);
  await Promise.all(
    entries
      .filter((entry) => entry.startsWith(`${STAGING_PREFIX}${name}-`) || entry.startsWith(`${RETIRED_PREFIX}${name}-`))
      .map((entry) => rm(join(parent, entry), { recursive: true, force: true })),
  );
}
