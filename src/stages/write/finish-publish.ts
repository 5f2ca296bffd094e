/**
 * Carrying out a publish journal, and recovering from a build that was
 * stopped part-way. The same code runs both: a publish is "write the
 * journal, then finish it", and recovery is "finish the journal left behind".
 * Every step is safe to repeat, so a crash during recovery is recovered too.
 *
 * The rule throughout: nothing deletes the only complete copy of the site.
 * The retired folder goes only once public/ is in place; a staging folder
 * goes only when no journal promises it.
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, renameSync, rmdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { flushFolder, flushToDisk, publishStep } from './durable.js';
import { exchangeFolders } from './exchange-folders.js';
import { readJournal, removeJournal, RETIRED_PREFIX, STAGING_PREFIX, type Journal } from './publish-journal.js';

/** What recovery did, in one line for the person who ran the build; undefined when there was nothing to do. */
export type Recovery = { action: 'finished' | 'restored'; message: string } | undefined;

/** Carry out `journal` on `outDir` (again, if it was partly done), then forget it. */
export async function finishJournal(outDir: string, journal: Journal): Promise<'finished' | 'restored'> {
  const parent = dirname(outDir);
  const staging = join(parent, journal.staging);
  let action: 'finished' | 'restored' = 'finished';
  if (journal.kind === 'replace') {
    const retired = join(parent, journal.retired);
    if (inodeOf(outDir) !== journal.inode) {
      if (inodeOf(staging) === journal.inode) await replace(outDir, staging, retired);
      else if (!exists(outDir) && exists(retired)) {
        // Only reachable if the new site was deleted by hand after the switch: the old one is better than none.
        publishStep();
        renameSync(retired, outDir);
        flushFolder(parent);
        action = 'restored';
      }
    }
    // Whatever is left under the other two names is the old site, and public/ is whole.
    if (exists(outDir)) {
      remove(staging);
      remove(retired);
    }
  } else if (exists(outDir)) {
    await applyUpdate(outDir, staging, journal);
    remove(staging);
  }
  removeJournal(outDir);
  return action;
}

/** Put `staging` in the place of `outDir`: in one step where the system can, else in two renames through `retired`. */
async function replace(outDir: string, staging: string, retired: string): Promise<void> {
  publishStep();
  if (!exists(outDir)) renameSync(staging, outDir);
  else if (!(await exchangeFolders(staging, outDir))) {
    renameSync(outDir, retired);
    // Between these two renames public/ does not exist: the one window this path cannot close.
    publishStep();
    renameSync(staging, outDir);
  }
  flushFolder(dirname(outDir));
}

async function applyUpdate(outDir: string, staging: string, journal: Extract<Journal, { kind: 'update' }>): Promise<void> {
  const targets = new Set(journal.moves.map(([, to]) => to.toLowerCase()));
  // On a case-insensitive disk "Photo.jpg" → "photo.jpg" is one file: remove the old name before the new one arrives.
  const early = journal.removals.filter((path) => targets.has(path.toLowerCase()));
  for (const path of early) removeFile(outDir, path);
  const folders = new Set<string>([outDir]);
  for (const [from, to] of journal.moves) {
    const source = join(staging, from);
    if (!existsSync(source)) continue; // moved before the crash
    const target = join(outDir, to);
    if (!folders.has(dirname(target))) mkdirSync(dirname(target), { recursive: true });
    folders.add(dirname(target));
    publishStep();
    renameSync(source, target);
  }
  await flushToDisk(outDir, [], [...folders]);
  for (const path of journal.removals) if (!early.includes(path)) removeFile(outDir, path);
}

function removeFile(outDir: string, path: string): void {
  publishStep();
  rmSync(join(outDir, path), { force: true });
  // Folders left empty (an edition's folder, once its page is gone) go too.
  for (let dir = dirname(path); dir !== '.' && dir !== ''; dir = dirname(dir)) {
    try {
      rmdirSync(join(outDir, dir));
    } catch {
      return; // not empty, or already gone
    }
  }
}

/**
 * Before a build writes anything: finish a publish that a stopped build left
 * part-done, and clear what such a build left beside public/.
 */
export async function recoverPublish(outDir: string): Promise<Recovery> {
  const name = `${basename(outDir)}/`;
  const journal = readJournal(outDir);
  let action: 'finished' | 'restored' | undefined;
  if (journal) action = await finishJournal(outDir, journal);
  for (const leftover of leftovers(outDir)) {
    const path = join(dirname(outDir), leftover);
    // A staging folder no journal names was never published; a retired one is the old site.
    if (leftover.startsWith(RETIRED_PREFIX) && !exists(outDir)) {
      publishStep();
      renameSync(path, outDir);
      flushFolder(dirname(outDir));
      action = 'restored';
    } else remove(path);
  }
  if (action === 'finished') return { action, message: `Finished publishing the build that was stopped part-way: ${name} is the site it made.` };
  if (action === 'restored') return { action, message: `A build was stopped part-way; ${name} is the site from before it.` };
  return undefined;
}

/** For `edition check`, which changes nothing: a sentence when a stopped build left a publish unfinished. */
export function interruptedPublish(outDir: string): string | undefined {
  if (!readJournal(outDir) && leftovers(outDir).length === 0) return undefined;
  return `A build was stopped while it published ${basename(outDir)}/; the next "edition build" finishes or undoes it.`;
}

/** Folders a stopped build left beside `outDir`. */
function leftovers(outDir: string): string[] {
  const name = basename(outDir);
  let entries: string[];
  try {
    entries = readdirSync(dirname(outDir));
  } catch {
    return [];
  }
  return entries.filter((entry) => entry.startsWith(`${STAGING_PREFIX}${name}-`) || entry.startsWith(`${RETIRED_PREFIX}${name}-`));
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
