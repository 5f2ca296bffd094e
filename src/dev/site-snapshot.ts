/**
 * One good build as the dev server serves it: output path → contents, kept in
 * memory and replaced whole after the next good rebuild, so a broken rebuild
 * never touches what the browser sees.
 */
import type { OutputFile } from '../model/index.js';

export interface SiteSnapshot {
  /** Changes whenever any served file does; pages carry it to know when they are stale. */
  version: string;
  files: ReadonlyMap<string, OutputFile['contents']>;
}

export function createSnapshot(files: readonly OutputFile[], version: string): SiteSnapshot {
  return { version, files: new Map(files.map((file) => [file.path, file.contents])) };
}

/**
 * Output paths added, removed or changed from `before` to `after`. Files copied
 * from disk (media) count as changed when their source is among `touched`
 * (absolute paths the watcher reported).
 */
export function changedPaths(before: SiteSnapshot | undefined, after: SiteSnapshot, touched: ReadonlySet<string>): string[] {
  const changed: string[] = [];
  for (const [path, contents] of after.files) {
    const old = before?.files.get(path);
    if (old === undefined || !sameContents(old, contents, touched)) changed.push(path);
  }
  for (const path of before?.files.keys() ?? []) if (!after.files.has(path)) changed.push(path);
  return changed.sort();
}

function sameContents(a: OutputFile['contents'], b: OutputFile['contents'], touched: ReadonlySet<string>): boolean {
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  if ('copyFrom' in a || 'copyFrom' in b) {
    return 'copyFrom' in a && 'copyFrom' in b && a.copyFrom === b.copyFrom && !touched.has(a.copyFrom);
  }
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(b);
}

export type Lookup =
  | { kind: 'file'; path: string; contents: OutputFile['contents'] }
  | { kind: 'redirect'; location: string }
  | { kind: 'missing' };

/** What a request path ("/2024/03/12/slug/") is in the snapshot: a file, a folder without its slash, or nothing. */
export function lookup(snapshot: SiteSnapshot, requestPath: string): Lookup {
  const path = requestPath.replace(/^\/+/, '');
  const file = path === '' || path.endsWith('/') ? `${path}index.html` : path;
  const contents = snapshot.files.get(file);
  if (contents !== undefined) return { kind: 'file', path: file, contents };
  // Pages are folders: /2024/03/12/slug must become /2024/03/12/slug/ so its relative links work.
  if (!path.endsWith('/') && snapshot.files.has(`${path}/index.html`)) return { kind: 'redirect', location: `/${path}/` };
  return { kind: 'missing' };
}
