/**
 * The search index, one Pagefind index per year (search-shards.ts), into
 * public/pagefind/ through the same writer as the pages: a killed build
 * leaves the old index whole, and files no build makes any more go.
 *
 * A year's index is made from its editions' permalinks and content keys: when
 * none of them changed, its files are kept as they are (byte for byte, and
 * Pagefind is not started at all); when one did, that year alone is indexed
 * again, and all of its files are replaced (Pagefind names them by their bytes).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { keyOf } from '../cache/content-keys.js';
import { error } from '../diagnostics.js';
import type { Diagnostic, SiteData } from '../model/index.js';
import { searchShards, type SearchShard } from '../stages/plan/search-shards.js';
import type { OutputWriter } from '../stages/write/write-output.js';
import { indexDocument } from './index-document.js';
import type { IndexFile } from './run-pagefind.js';

/**
 * An edition's fragment (its text for excerpts) is one file unless bundled:
 * a year of a daily is ~365 files. Bundled into at most 100, a 10,000-edition
 * archive adds ~2,600 files instead of ~10,500 (hosts limit files: README).
 */
export const MAX_FRAGMENTS = 100;

export interface SearchStats {
  /** Years, one index each. */
  indexes: number;
  /** Indexes made this build; the others were kept. */
  made: number;
  /** Files under pagefind/, kept and made. */
  files: number;
  /** Bytes of the files made this build. */
  bytesMade: number;
}

/**
 * Plan, keep or make every year's index. `make: false` (edition check)
 * makes none: the pages still are the same. Returns undefined when the site
 * has no search.
 */
export async function writeSearchIndex(
  site: SiteData,
  writer: OutputWriter,
  context: { engine: string; make: boolean },
): Promise<{ stats?: SearchStats; diagnostics: Diagnostic[] }> {
  if (!site.config.search || !context.make) return { diagnostics: [] };
  const language = indexLanguage(site.config.language);
  const stats: SearchStats = { indexes: 0, made: 0, files: 0, bytesMade: 0 };
  const todo: { shard: SearchShard; fingerprint: string }[] = [];
  for (const shard of searchShards(site.editions)) {
    stats.indexes++;
    const fingerprint = shardFingerprint(site, shard, language, context.engine);
    const kept = await writer.currentFolder(shard.folder, fingerprint);
    if (!kept) {
      todo.push({ shard, fingerprint });
      continue;
    }
    for (const path of kept) writer.keep(path);
    stats.files += kept.length;
  }
  if (todo.length === 0) return { stats, diagnostics: [] };
  const { startIndexer, IndexerStopped } = await import('./run-pagefind.js');
  let indexer;
  try {
    indexer = await startIndexer(pagefindPackage());
  } catch (cause) {
    if (cause instanceof IndexerStopped) return { diagnostics: [noIndexer(cause)] };
    throw cause;
  }
  try {
    for (const { shard, fingerprint } of todo) {
      const documents = (function* () {
        for (const edition of shard.editions) yield indexDocument(site, edition);
      })();
      let made: IndexFile[];
      try {
        made = await indexer.index({ language, maxFragments: MAX_FRAGMENTS, documents });
      } catch (cause) {
        // The program stopped mid-index (killed, out of memory): nothing is written, and the build says why.
        if (cause instanceof IndexerStopped) return { diagnostics: [noIndexer(cause, shard.year)] };
        throw cause;
      }
      const files = published(made, shard.primary);
      for (const file of files) await writer.write({ path: `${shard.folder}${file.path}`, contents: file.content, sources: [] }, fingerprint);
      stats.made++;
      stats.files += files.length;
      stats.bytesMade += files.reduce((sum, file) => sum + file.content.byteLength, 0);
    }
  } finally {
    await indexer.close();
  }
  return { stats, diagnostics: [] };
}

/** Pagefind's language for the whole index: the site's, without region ("pt-BR" → "pt"). */
function indexLanguage(language: string): string {
  return language.split('-')[0]!.toLowerCase();
}

/**
 * What a year's index is made from: each edition's index document
 * (index-document.ts) as its parts stand, the HTML and details by their
 * checksum and length in the build's pack, not by how they were rendered (a
 * media file added renders every edition again, with the same HTML: no year
 * is indexed again for it); the site's language and time zone (dates in the
 * results); and Edition's code and Pagefind's version, whose output it is.
 */
function shardFingerprint(site: SiteData, shard: SearchShard, language: string, engine: string): string {
  const { config } = site;
  const editions = shard.editions.map((e) =>
    JSON.stringify([e.url, e.headline, e.date.iso, e.tags, e.language ?? null, e.html.crc, e.html.length, e.details.crc, e.details.length]),
  );
  const settings = JSON.stringify([engine, pagefindVersion(), language, config.language, config.timezone, MAX_FRAGMENTS, shard.primary, shard.folder]);
  return keyOf(`search\0${settings}\0${editions.join('\n')}`);
}

/**
 * The folder of the installed npm package `pagefind`, found where Node looks
 * for packages: require.resolve() cannot name it, as its exports offer only
 * `import` (and no package.json). Undefined when it is not installed.
 */
function pagefindPackage(): string | undefined {
  for (const folder of createRequire(import.meta.url).resolve.paths('pagefind') ?? []) {
    if (existsSync(join(folder, 'pagefind', 'package.json'))) return join(folder, 'pagefind');
  }
  return undefined;
}

let version: string | undefined;
/** The installed Pagefind's version: the index format and the search program come from it. */
function pagefindVersion(): string {
  if (version === undefined) {
    const folder = pagefindPackage();
    try {
      version = folder ? String((JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { version?: unknown }).version) : 'missing';
    } catch {
      version = 'unreadable';
    }
  }
  return version;
}

/**
 * What the search page loads of an index: its entry, metadata, word index,
 * filters and fragments; and, in the newest year's, the search program with
 * the WebAssembly of the index's language. Pagefind's ready-made interfaces
 * and its playground are left out: the page has its own.
 */
function published(files: readonly IndexFile[], primary: boolean): IndexFile[] {
  const entry = files.find((file) => file.path === 'pagefind-entry.json');
  if (!entry) throw new Error('Pagefind made no pagefind-entry.json');
  const languages = (JSON.parse(Buffer.from(entry.content).toString('utf8')) as { languages?: Record<string, { wasm?: string | null }> }).languages ?? {};
  const wasm = new Set(Object.values(languages).map((index) => `wasm.${index.wasm ?? 'unknown'}.pagefind`));
  const program = new Set(['pagefind.js', 'pagefind-worker.js', ...wasm]);
  return files
    .filter((file) => file.path === 'pagefind-entry.json' || /\.pf_meta$/.test(file.path) || /^(index|fragment|filter)\//.test(file.path) || (primary && program.has(file.path)))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Pagefind could not start (`year` undefined) or stopped while it indexed `year`. */
function noIndexer(cause: Error, year?: string): Diagnostic {
  const platform = `${process.platform === 'win32' ? 'windows' : process.platform}-${process.arch}`;
  const reason = cause.message.split('\n')[0]!;
  return error({
    code: 'search-unavailable',
    file: 'content/site.yml',
    field: 'search',
    message:
      year === undefined
        ? `The search index cannot be made: Pagefind, the program that makes it, did not start (${reason}). It comes with Edition as the npm package @pagefind/${platform}.`
        : `The search index of ${year} cannot be made: Pagefind, the program that makes it, stopped while it worked (${reason}).`,
    hint: 'Install the dependencies again with optional ones included (npm ci), or turn search off: search: false in site.yml, or edition build --no-search.',
  });
}
