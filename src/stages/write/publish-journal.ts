/**
 * The record of a publish in flight: written and flushed before the first
 * rename into public/, removed after the last. A build that finds one was
 * stopped part-way and finishes that publish before doing anything else.
 *
 * It lives beside public/, not in the cache folder: the cache may be deleted
 * at any time, and the journal must outlive anything but a finished publish.
 * Being in the folder that a full publish's renames change, one flush of that
 * folder makes the journal's removal and those renames durable together.
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { flushFolder, flushToDisk, publishStep } from './durable.js';

/** Folder names beside public/ that only Edition makes. */
export const STAGING_PREFIX = '.edition-staging-';
export const RETIRED_PREFIX = '.edition-retired-';

export type Journal =
  /**
   * public/ is replaced by `staging` (a folder or a link beside it, known by
   * its `inode`, which a rename keeps); the old one ends up in `staging` (when
   * swapped in one step) or `retired` (when not), and is deleted.
   */
  | { kind: 'replace'; staging: string; retired: string; inode: number }
  /** Files of `staging` are moved into public/ (from, to), then `removals` are deleted from it. */
  | { kind: 'update'; staging: string; moves: [string, string][]; removals: string[] };

/** Names of the folders a build of `outDir` makes beside it: `.edition-staging-public-<pid>-<8 hex>`; never those of public-drafts/. */
export function ownFolderName(outDir: string): RegExp {
  const name = basename(outDir).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^\\.edition-(?:staging|retired)-${name}-\\d+-[0-9a-f]{8}$`);
}

export function journalPath(outDir: string): string {
  return join(dirname(outDir), `.edition-publish-${basename(outDir)}.json`);
}

/** Record `journal` durably: after this returns, a crash is always followed by finishing it. */
export async function writeJournal(outDir: string, journal: Journal): Promise<void> {
  const path = journalPath(outDir);
  publishStep();
  writeFileSync(`${path}.tmp`, JSON.stringify({ version: 1, outDir: basename(outDir), ...journal }));
  await flushToDisk(dirname(path), [`${path}.tmp`], []);
  publishStep();
  renameSync(`${path}.tmp`, path);
  flushFolder(dirname(path));
}

/** The journal of an interrupted publish, or undefined when there is none (or it was never completely written). */
export function readJournal(outDir: string): Journal | undefined {
  let text: string;
  try {
    text = readFileSync(journalPath(outDir), 'utf8');
  } catch {
    return undefined;
  }
  try {
    const value = JSON.parse(text) as Journal & { version?: number };
    return value.version === 1 && trustworthy(value, ownFolderName(outDir)) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Only names of our own folders and paths inside public/: a journal from elsewhere must not direct a rename or a removal. */
function trustworthy(journal: Journal, ours: RegExp): boolean {
  const inside = (path: unknown) => typeof path === 'string' && path !== '' && !path.startsWith('/') && !path.split(/[\\/]/).includes('..');
  if (!ours.test(journal.staging)) return false;
  if (journal.kind === 'replace') return ours.test(journal.retired) && Number.isInteger(journal.inode);
  return (
    journal.kind === 'update' &&
    Array.isArray(journal.moves) &&
    journal.moves.every((move) => Array.isArray(move) && /^\d+$/.test(String(move[0])) && inside(move[1])) &&
    Array.isArray(journal.removals) &&
    journal.removals.every(inside)
  );
}

/** The publish is over: forget it (durably, so a later crash cannot replay it). */
export function removeJournal(outDir: string): void {
  const path = journalPath(outDir);
  publishStep();
  rmSync(path, { force: true });
  rmSync(`${path}.tmp`, { force: true });
  flushFolder(dirname(path));
}
