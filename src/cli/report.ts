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
