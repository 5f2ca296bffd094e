/**
 * Releases: for a site served straight from the build machine's disk, where
 * readers must never see half of one build and half of another. Each build
 * is a complete folder under .edition-releases-public/, and public/ is a
 * symbolic link switched to the new one by a single rename: a reader's
 * request sees the old release or the new, never a mixture.
 *
 * Files that did not change are hard-linked from the current release, so a
 * build costs a link per file instead of a copy, and the disk holds each
 * version of a file once. A few earlier releases are kept, to switch back by
 * hand (`ln -sfn .edition-releases-public/000041 public`).
 */
import { randomBytes } from 'node:crypto';
import { copyFileSync, linkSync, lstatSync, mkdirSync, readdirSync, readlinkSync, renameSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { isIntact, readManifest, writeManifest, type ManifestEntry } from '../../cache/output-manifest.js';
import { flushCacheFile, flushFolder, flushToDisk, makeFolder, publishing, publishStep } from './durable.js';
import { fileBytes, putFile } from './file-bytes.js';
import { finishJournal } from './finish-publish.js';
import { RETIRED_PREFIX, STAGING_PREFIX, writeJournal } from './publish-journal.js';
import { madeTogether, type OutputWriter } from './write-output.js';

const RELEASES_PREFIX = '.edition-releases-';
const RELEASE_NAME = /^\d{6}$/;
/** Releases kept besides the current one. */
const EARLIER_KEPT = 2;

function releasesFolder(outDir: string): string {
  return join(dirname(outDir), `${RELEASES_PREFIX}${basename(outDir)}`);
}

/** The release `outDir` links to (its folder name), however the link is written, or undefined when it is not such a link. */
function currentRelease(outDir: string): string | undefined {
  if (!lstatSync(outDir, { throwIfNoEntry: false })?.isSymbolicLink()) return undefined;
  const target = resolve(dirname(outDir), readlinkSync(outDir));
  return dirname(target) === releasesFolder(outDir) && RELEASE_NAME.test(basename(target)) ? basename(target) : undefined;
}

/** True when public/ is a link to a release: its builds keep making releases. */
export function isReleaseLink(outDir: string): boolean {
  return currentRelease(outDir) !== undefined;
}

/** Open a new release for writing; `manifestPath` lets unchanged files be linked instead of written. */
export async function releaseOutput(outDir: string, manifestPath?: string): Promise<OutputWriter> {
  const releases = releasesFolder(outDir);
  mkdirSync(releases, { recursive: true });
  const current = currentRelease(outDir);
  const names = releaseNames(releases);
  // A release newer than the current one is from a build stopped before it switched; with no current one, nothing is deleted.
  if (current !== undefined) for (const name of names) if (name > current) rmSync(join(releases, name), { recursive: true, force: true });
  const name = String(Number(current !== undefined ? current : (names.at(-1) ?? 0)) + 1).padStart(6, '0');
  const release = join(releases, name);
  mkdirSync(release);

  const stored = manifestPath ? await readManifest(manifestPath) : undefined;
  const previous = stored?.value;
  const incremental = current !== undefined && previous?.outDir === outDir && statSync(outDir, { throwIfNoEntry: false })?.ino === previous.inode;
  const old = incremental ? previous.files : new Map<string, ManifestEntry>();
  const next = new Map<string, ManifestEntry>();
  const written: string[] = [];
  const folders = new Set<string>([release, releases]);
  let switched = false;
  let unchanged = 0;

  const intact = (path: string, entry: ManifestEntry | undefined) => entry !== undefined && isIntact(outDir, path, entry);
  const place = (path: string) => {
    const target = join(release, path);
    makeFolder(dirname(target), folders);
    return target;
  };
  /** The current release's copy, shared: a hard link, or a copy where the disk has none. */
  const carryOver = (path: string, entry: ManifestEntry) => {
    const from = join(outDir, path);
    const to = place(path);
    try {
      linkSync(from, to);
    } catch {
      copyFileSync(from, to);
    }
    next.set(path, entry);
    unchanged++;
  };

  return {
    files: [],
    async isCurrent(path, fingerprint) {
      const entry = old.get(path);
      return entry?.fingerprint === fingerprint && intact(path, entry);
    },
    currentFolder: async (folder, fingerprint) => madeTogether(old, folder, fingerprint, intact),
    keep(path) {
      carryOver(path, old.get(path)!);
    },
    async write(file, fingerprint) {
      const bytes = fileBytes(file, fingerprint);
      const entry = old.get(file.path);
      if (entry?.hash === bytes.hash && intact(file.path, entry)) return carryOver(file.path, { ...entry, fingerprint });
      const target = place(file.path);
      next.set(file.path, putFile(target, bytes, fingerprint));
      written.push(target);
    },
    async commit() {
      publishing(outDir);
      const removed = [...old.keys()].filter((path) => !next.has(path)).length;
      if (incremental && written.length === 0 && removed === 0) {
        // The current release is this build's site already: keep it, and keep the earlier ones.
        rmSync(release, { recursive: true, force: true });
        if (manifestPath) await writeManifest(manifestPath, { outDir, inode: previous.inode, files: next }, stored);
        return { written: 0, unchanged, removed: 0, mode: 'incremental' };
      }
      await flushToDisk(release, written, [...folders].sort((a, b) => b.length - a.length));
      if (manifestPath) {
        await writeManifest(manifestPath, { outDir, inode: statSync(release).ino, files: next }, incremental ? stored : undefined);
        await flushCacheFile(manifestPath);
      }
      switched = true;
      await switchTo(outDir, `${basename(releases)}/${name}`);
      for (const earlier of releaseNames(releases).filter((other) => other < name).slice(0, -EARLIER_KEPT)) {
        publishStep();
        try {
          rmSync(join(releases, earlier), { recursive: true, force: true });
        } catch {
          // An old release that cannot be removed now (a folder another user made in it) is tried again next time.
        }
      }
      return { written: written.length, unchanged, removed, mode: incremental ? 'incremental' : 'full' };
    },
    async abort() {
      // Once the switch has begun, the new release may be the site: never remove it.
      if (!switched) rmSync(release, { recursive: true, force: true });
    },
  };
}

/** Point `outDir` at `target` (relative to its folder) in one rename; the first time, it replaces a real folder. */
async function switchTo(outDir: string, target: string): Promise<void> {
  const parent = dirname(outDir);
  const id = `${basename(outDir)}-${process.pid}-${randomBytes(4).toString('hex')}`;
  const link = join(parent, `${STAGING_PREFIX}${id}`);
  symlinkSync(target, link);
  const existing = lstatSync(outDir, { throwIfNoEntry: false });
  if (existing?.isDirectory()) {
    // A folder cannot be renamed over: the link takes its place as any new site would, through the journal.
    const journal = { kind: 'replace' as const, staging: basename(link), retired: `${RETIRED_PREFIX}${id}`, inode: lstatSync(link).ino };
    await writeJournal(outDir, journal);
    await finishJournal(outDir, journal);
    return;
  }
  flushFolder(parent);
  publishStep();
  renameSync(link, outDir);
  flushFolder(parent);
}

function releaseNames(releases: string): string[] {
  return readdirSync(releases)
    .filter((name) => RELEASE_NAME.test(name))
    .sort();
}
