/**
 * The only stage that writes public/. Pages stream in one at a time into a
 * staging folder beside it; nothing in public/ changes until commit(), and
 * abort() leaves it exactly as it was.
 *
 * - Without a manifest of the last build, everything is laid out in staging
 *   as it will be, and staging replaces public/ (two renames).
 * - With one, only files whose bytes changed are written, then moved into
 *   public/ in one burst, and files no longer built are removed. Rebuilding
 *   10,000 folders for one changed edition would cost seconds; this costs
 *   what changed.
 *
 * Either way commit() flushes what it staged, records the publish in a
 * journal (publish-journal.ts) and only then touches public/, so a build
 * killed at any point is finished by the next one (finish-publish.ts).
 */
import { randomBytes } from 'node:crypto';
import { statSync } from 'node:fs';
import { mkdir, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { isIntact, readManifest, writeManifest, type ManifestEntry } from '../../cache/output-manifest.js';
import type { OutputFile } from '../../model/index.js';
import { flushCacheFile, flushToDisk, makeFolder, publishing } from './durable.js';
import { fileBytes, putFile } from './file-bytes.js';
import { finishJournal } from './finish-publish.js';
import { STAGING_PREFIX, RETIRED_PREFIX, writeJournal } from './publish-journal.js';

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
  /**
   * The files under `folder` made together from `fingerprint` last time, when
   * every one is still intact; else undefined. For outputs only their maker
   * can name (a search index names its files by their bytes): keep them all,
   * or make them all again.
   */
  currentFolder(folder: string, fingerprint: string): Promise<string[] | undefined>;
  /** Keep a current file as it is. */
  keep(path: string): void;
  write(file: OutputFile, fingerprint: string): Promise<void>;
  commit(): Promise<OutputStats>;
  abort(): Promise<void>;
  /** Files written, for in-memory builds. */
  readonly files: OutputFile[];
}

/**
 * Open public/ for writing; `manifestPath` (in the cache folder) enables
 * incremental writes. Call recoverPublish() first: a journal left by a
 * stopped build must be finished before the manifest can be trusted.
 */
export async function diskOutput(outDir: string, manifestPath?: string): Promise<OutputWriter> {
  const parent = dirname(outDir);
  await mkdir(parent, { recursive: true });
  const id = `${basename(outDir)}-${process.pid}-${randomBytes(4).toString('hex')}`;
  const staging = join(parent, `${STAGING_PREFIX}${id}`);
  await mkdir(staging);

  const stored = manifestPath ? await readManifest(manifestPath) : undefined;
  const previous = stored?.value;
  const current = statSync(outDir, { throwIfNoEntry: false });
  const incremental = previous?.outDir === outDir && current?.isDirectory() === true && previous.inode === current.ino;
  const old = incremental ? previous.files : new Map<string, ManifestEntry>();
  const next = new Map<string, ManifestEntry>();
  /** Files staged for this publish: [path in staging, path in public/]. */
  const staged: [string, string][] = [];
  const folders = new Set<string>([staging]);
  let unchanged = 0;
  let journalled = false;

  const intact = (path: string, entry: ManifestEntry | undefined) => entry !== undefined && isIntact(outDir, path, entry);

  return {
    files: [],
    async isCurrent(path, fingerprint) {
      const entry = old.get(path);
      return entry?.fingerprint === fingerprint && intact(path, entry);
    },
    currentFolder: async (folder, fingerprint) => madeTogether(old, folder, fingerprint, intact),
    keep(path) {
      next.set(path, old.get(path)!);
      unchanged++;
    },
    async write(file, fingerprint) {
      const bytes = fileBytes(file, fingerprint);
      const entry = old.get(file.path);
      if (incremental && entry?.hash === bytes.hash && intact(file.path, entry)) {
        next.set(file.path, { ...entry, fingerprint });
        unchanged++;
        return;
      }
      // A full write lays files out as they will be; an incremental one stages them flat, by number.
      const name = incremental ? String(staged.length) : file.path;
      staged.push([name, file.path]);
      const temp = join(staging, name);
      makeFolder(dirname(temp), folders);
      next.set(file.path, putFile(temp, bytes, fingerprint));
    },
    async commit() {
      publishing(outDir);
      const removals = incremental ? [...old.keys()].filter((path) => !next.has(path)) : [];
      if (incremental && staged.length === 0 && removals.length === 0) {
        // Nothing in public/ changes: no flush, no journal; a warm build pays for none of it.
        await rm(staging, { recursive: true, force: true });
        if (manifestPath) await writeManifest(manifestPath, { outDir, inode: previous.inode, files: next }, stored);
        return { written: 0, unchanged, removed: 0, mode: 'incremental' };
      }
      // 1. What was staged reaches the disk before anything points at it.
      await flushToDisk(
        staging,
        staged.map(([name]) => join(staging, name)),
        [...folders].sort((a, b) => b.length - a.length),
      );
      // From here on, a failure leaves the publish to the next build, which finishes it from the journal.
      journalled = true;
      // 2. The journal: from here on, a crash is followed by finishing this publish.
      // A rename keeps a folder's inode and a file's size and time: the new site's folder is known by it.
      const inode = (await stat(incremental ? outDir : staging)).ino;
      const journal = incremental
        ? { kind: 'update' as const, staging: basename(staging), moves: readersFirst(staged), removals }
        : { kind: 'replace' as const, staging: basename(staging), retired: `${RETIRED_PREFIX}${id}`, inode };
      await writeJournal(outDir, journal);
      // 3. The manifest of the new site, flushed: one that lost a file the site has would never remove it.
      if (manifestPath) {
        await writeManifest(manifestPath, { outDir, inode, files: next }, incremental ? stored : undefined);
        await flushCacheFile(manifestPath);
      }
      // 4. Publish.
      await finishJournal(outDir, journal);
      return { written: staged.length, unchanged, removed: removals.length, mode: incremental ? 'incremental' : 'full' };
    },
    async abort() {
      if (!journalled) await rm(staging, { recursive: true, force: true });
    },
  };
}

/** What OutputWriter.currentFolder() answers, from the last build's entries (a manifest, or a memory cache's). */
export function madeTogether<Entry extends { fingerprint: string }>(
  entries: ReadonlyMap<string, Entry>,
  folder: string,
  fingerprint: string,
  intact: (path: string, entry: Entry) => boolean,
): string[] | undefined {
  const paths: string[] = [];
  for (const [path, entry] of entries) {
    if (!path.startsWith(folder) || entry.fingerprint !== fingerprint) continue;
    if (!intact(path, entry)) return undefined;
    paths.push(path);
  }
  return paths.length > 0 ? paths : undefined;
}

/**
 * Moves in the order that keeps pages working while they happen: assets and
 * media first, then the pages that link to them, the home page last.
 */
function readersFirst(staged: [string, string][]): [string, string][] {
  const rank = ([, path]: [string, string]) => (path === 'index.html' ? 2 : path.endsWith('.html') ? 1 : 0);
  return [...staged].sort((a, b) => rank(a) - rank(b));
}
