/**
 * Carrying out a publish journal, and recovering from a build that was
 * stopped part-way. The same code runs both: a publish is "write the
 * journal, then finish it", and recovery is "finish the journal left behind".
 * Every step is safe to repeat, so a crash during recovery is recovered too.
 *
 * The rule throughout: nothing deletes the only complete copy of the site.
 * The old site goes only once public/ is the new one and the journal is
 * gone; a staging folder goes only when no journal promises it.
 */
import { existsSync, lstatSync, readdirSync, renameSync, rmdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { cacheFileNames } from '../../cache/cache-file.js';
import { flushFolder, flushToDisk, makeFolder, publishing, publishStep } from './durable.js';
import { exchangeFolders } from './exchange-folders.js';
import { ownFolderName, readJournal, removeJournal, RETIRED_PREFIX, type Journal } from './publish-journal.js';

/** What recovery did, in one line for the person who ran the build; undefined when there was nothing to do. */
export type Recovery = { action: 'finished' | 'restored'; message: string } | undefined;

/** Carry out `journal` on `outDir` (again, if it was partly done), then forget it. */
export async function finishJournal(outDir: string, journal: Journal): Promise<'finished' | 'restored'> {
  const parent = dirname(outDir);
  const staging = join(parent, journal.staging);
  let action: 'finished' | 'restored' = 'finished';
  const leftBehind = [staging];
  if (journal.kind === 'replace') {
    const retired = join(parent, journal.retired);
    leftBehind.push(retired);
    if (inodeOf(outDir) !== journal.inode) {
      if (inodeOf(staging) === journal.inode) await replace(outDir, staging, retired, journal.inode);
      else if (!exists(outDir) && exists(retired)) {
        // Only reachable if the new site was deleted by hand after the switch: the old one is better than none.
        publishStep();
        renameSync(retired, outDir);
        flushFolder(parent);
        action = 'restored';
      }
    }
  } else if (exists(outDir)) {
    await applyUpdate(outDir, staging, journal);
  }
  if (!exists(outDir)) return action; // nothing to finish into: keep the journal and what it names
  removeJournal(outDir);
  // What is left under the other names is the old site or spent staging. Best effort: a folder
  // that cannot be removed now (one the web server's user made inside public/) is tried again next time.
  for (const path of leftBehind) {
    try {
      remove(path);
    } catch {
      // left for the next build's recoverPublish()
    }
  }
  return action;
}

/** Put `staging` in the place of `outDir`: in one step where the system can, else in two renames through `retired`. */
async function replace(outDir: string, staging: string, retired: string, inode: number): Promise<void> {
  publishStep();
  if (!exists(outDir)) renameSync(staging, outDir);
  // If the swap happened but its report was lost, public/ is already the new site.
  else if (!(await exchangeFolders(staging, outDir)) && inodeOf(outDir) !== inode) {
    renameSync(outDir, retired);
    // Between these two renames public/ does not exist: the one window this path cannot close.
    publishStep();
    renameSync(staging, outDir);
  }
  flushFolder(dirname(outDir));
}

async function applyUpdate(outDir: string, staging: string, journal: Extract<Journal, { kind: 'update' }>): Promise<void> {
  const folders = new Set<string>();
  const lower = (path: string) => path.toLowerCase();
  // A removal in a new file's way: the same name in another case ("Photo.jpg" → "photo.jpg" is one
  // file on a case-insensitive disk), or a file where a folder goes ("notes" → "notes/a.mp3") or back.
  const inTheWay = (path: string, target: string) =>
    lower(path) === lower(target) || lower(target).startsWith(`${lower(path)}/`) || lower(path).startsWith(`${lower(target)}/`);
  const blocking = new Set(journal.removals.filter((path) => journal.moves.some(([, to]) => inTheWay(path, to))));
  for (const [from, to] of journal.moves) {
    const source = join(staging, from);
    if (!existsSync(source)) continue; // moved before the crash
    // Removed just before the move, never after it: repeated after a crash, it would remove the new file.
    for (const path of blocking) if (inTheWay(path, to)) removeFile(outDir, path, folders);
    const target = join(outDir, to);
    makeFolder(dirname(target), folders);
    publishStep();
    renameSync(source, target);
  }
  for (const path of journal.removals) if (!blocking.has(path)) removeFile(outDir, path, folders);
  await flushToDisk(outDir, [], [...folders]);
}

function removeFile(outDir: string, path: string, folders: Set<string>): void {
  publishStep();
  const target = join(outDir, path);
  if (lstatSync(target, { throwIfNoEntry: false })?.isDirectory()) return; // a folder by now: a file moved in below it
  rmSync(target, { force: true });
  folders.add(dirname(target));
  // Folders left empty (an edition's folder, once its page is gone) go too.
  for (let dir = dirname(path); dir !== '.' && dir !== ''; dir = dirname(dir)) {
    try {
      rmdirSync(join(outDir, dir));
      folders.delete(join(outDir, dir));
      folders.add(dirname(join(outDir, dir)));
    } catch {
      return; // not empty, or already gone
    }
  }
}

/**
 * Before a build writes anything: finish a publish that a stopped build left
 * part-done, and clear what such a build left beside public/. Call it only
 * while holding the publish lock (publish-lock.ts): another build's staging
 * folder looks just like a stopped one's.
 */
export async function recoverPublish(outDir: string, manifestPath?: string): Promise<Recovery> {
  publishing(outDir);
  const name = `${basename(outDir)}/`;
  const journal = readJournal(outDir);
  let action: 'finished' | 'restored' | undefined;
  if (journal) action = await finishJournal(outDir, journal);
  if (!readJournal(outDir)) {
    for (const leftover of leftovers(outDir)) {
      const path = join(dirname(outDir), leftover);
      // A staging folder no journal names was never published; a retired one is the old site.
      if (leftover.startsWith(RETIRED_PREFIX) && !exists(outDir)) {
        publishStep();
        renameSync(path, outDir);
        flushFolder(dirname(outDir));
        action = 'restored';
      } else {
        try {
          remove(path);
        } catch {
          // tried again next time
        }
      }
    }
  }
  // The manifest may be from before the publish it finished: the next write must not trust it.
  if (action && manifestPath) for (const path of cacheFileNames(manifestPath)) rmSync(path, { force: true });
  if (action === 'finished') return { action, message: `Finished publishing the build that was stopped part-way: ${name} is the site it made.` };
  if (action === 'restored') return { action, message: `A build was stopped part-way; ${name} is the site from before it.` };
  return undefined;
}

/** For `edition check`, which changes nothing: a sentence when a stopped build left a publish unfinished. */
export function interruptedPublish(outDir: string): string | undefined {
  if (!readJournal(outDir)) return undefined;
  return `A build was stopped while it published ${basename(outDir)}/; the next "edition build" finishes it.`;
}

/** Folders a stopped build of `outDir` left beside it (not those of another output folder). */
function leftovers(outDir: string): string[] {
  const ours = ownFolderName(outDir);
  try {
    return readdirSync(dirname(outDir)).filter((entry) => ours.test(entry));
  } catch {
    return [];
  }
}

function inodeOf(path: string): number | undefined {
  return lstatSync(path, { throwIfNoEntry: false })?.ino;
}

function exists(path: string): boolean {
  return lstatSync(path, { throwIfNoEntry: false }) !== undefined;
}

function remove(path: string): void {
  if (!exists(path)) return;
  publishStep();
  rmSync(path, { recursive: true, force: true });
}
