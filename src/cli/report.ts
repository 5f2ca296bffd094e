/** How results reach the terminal: diagnostics with code frames, counts and durations in words. */
import { readFileSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { formatDiagnostic } from '../diagnostics.js';
import type { Output } from './io.js';
import type { Diagnostic } from '../model/index.js';
import { MAX_SOURCE_BYTES } from '../stages/read/load-content.js';

/** Print every diagnostic with the lines around it (read from the file, unless it is too large to read) and its hint. */
export function printDiagnostics(out: Output, diagnostics: readonly Diagnostic[], root: string): void {
  const texts = new Map<string, string | undefined>();
  const source = (file: string) => {
    if (!texts.has(file)) {
      try {
        const path = resolve(root, file);
        texts.set(file, statSync(path).size > MAX_SOURCE_BYTES ? undefined : readFileSync(path, 'utf8'));
      } catch {
        texts.set(file, undefined);
      }
    }
    return texts.get(file);
  };
  for (const d of diagnostics) out.write(`${formatDiagnostic(d, source(d.file))}\n\n`);
}

/** "1 edition", "3 editions". */
export function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : nouns}`;
}

/** A path as the editor would type it from where they are. */
export function shortPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel === '' ? '.' : rel.startsWith('..') ? path : rel;
}

/** Seconds or milliseconds, whichever reads better. */
export function formatDuration(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`;
}

/** The machine's fault, not Edition's: one line that says what to do, for the errors a disk or its permissions give. */
export function describeSystemError(cause: unknown): string | undefined {
  const { code, path } = (cause ?? {}) as NodeJS.ErrnoException;
  const what: Record<string, string> = {
    ENOSPC: 'the disk is full; free some space and build again',
    EDQUOT: 'the disk quota is used up; free some space and build again',
    EACCES: 'permission denied; check who owns it and build again as that user',
    EPERM: 'the operation is not permitted; check who owns it and build again as that user',
    EROFS: 'the file system is read-only',
    EBUSY: 'it is in use (a mount point or an open folder on Windows); build into a folder of its own with --out',
    EMFILE: 'too many files are open; raise the limit (ulimit -n) and build again',
  };
  if (!code || !(code in what)) return undefined;
  return `Could not use ${path ?? 'a file'}: ${what[code]} (${code}). A site already published is left as it was, or is finished by the next build.`;
}
