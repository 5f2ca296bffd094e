/**
 * The story of a build, top to bottom. Each step is one stage; problems are
 * collected as diagnostics and the build stops before touching public/ if any
 * is an error.
 */
import { existsSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { engineFingerprint } from './cache/engine-fingerprint.js';
import { HtmlPack } from './cache/html-pack.js';
import { RenderCache, type KeptIndex } from './cache/render-cache.js';
import { BuildFailedError, hasErrors, sortDiagnostics, warning } from './diagnostics.js';
import type { Diagnostic, OutputFile, ReadFile, RenderedEdition, SiteData } from './model/index.js';
import { plugins } from './pages/index.js';
import { checkOutputFolder } from './stages/write/check-output-folder.js';
import { checkOutputPaths } from './stages/plan/check-output-paths.js';
import { fileFingerprint, sharedFingerprint } from './stages/apply/fingerprint.js';
import { loadContent } from './stages/read/load-content.js';
import { loadTemplates } from './stages/read/load-templates.js';
import { prepareEditions } from './stages/prepare/prepare-editions.js';
import { renderPages } from './stages/apply/render-pages.js';
import { workerPool } from './workers/worker-pool.js';
import { renderBaseKey } from './cache/content-keys.js';
import { prepareSiteCached } from './stages/prepare/prepare-site-cached.js';
import { selectEditions } from './stages/plan/select-editions.js';
import { templateGlobals } from './pages/template-globals.js';
import { diskOutput, memoryOutput, type MemoryOutputCache, type OutputStats } from './stages/write/write-output.js';

/** Where a build reads and writes, and what it includes. */
export interface BuildOptions {
  /** Project folder; other paths are relative to it. Default: the current directory. */
  root?: string;
  /** Default: "content". */
  contentDir?: string;
  /** Default: "templates" in the project, or Edition's own templates when the project has none. */
  templatesDir?: string;
  /** Default: "public". */
  outDir?: string;
  /** Cache folder, safe to delete at any time; false disables caching. Default: ".edition-cache". */
  cacheDir?: string | false;
  /** Include editions marked `draft: true` (for previews). */
  drafts?: boolean;
  /** Include editions dated after `now` (for previews). */
  future?: boolean;
  /** The build's notion of the current time, in ms; injected so builds are reproducible. Default: Date.now(). */
  now?: number;
  /** false builds in memory only and returns the files; default true. */
  write?: boolean;
  /**
   * With write: false, what earlier in-memory builds of this project made
   * (createMemoryOutputCache()): pages made from the same inputs are taken
   * from it instead of rendered again. The dev server keeps one.
   */
  memoryCache?: MemoryOutputCache;
  /**
   * The render cache's index as the last build of this process left it
   * (createKeptIndex()), so the next one need not read it from disk. For
   * long-running processes; the dev server keeps one.
   */
  keptIndex?: KeptIndex;
  /** false renders Markdown in this thread only; default: worker threads for large builds. */
  workers?: boolean;
  /** Replaces site.yml's `url` for this build, e.g. "http://localhost:4000/" for a preview; default: the setting. */
  siteUrl?: string;
  /** How settings and template files are read; the dev server passes one that remembers unchanged files. Default: from disk. */
  readFile?: ReadFile;
  /** Called as each step starts, with how many items it handles when known; for progress on a terminal. */
  onStep?: (step: BuildStep, count?: number) => void;
}

/** The steps of a build, in order, as reported to `onStep`. */
export type BuildStep = 'read' | 'editions' | 'pages' | 'render' | 'write';

export interface BuildResult {
  /** Every file, for in-memory builds (write: false); empty when written to disk. */
  files: OutputFile[];
  /** Warnings (errors throw BuildFailedError instead). */
  diagnostics: Diagnostic[];
  editions: { published: number; drafts: number; scheduled: number; nextScheduled?: RenderedEdition };
  /** Markdown rendered this build vs. reused from the cache. */
  rendering: { rendered: number; fromCache: number; threads: number };
  /** Pages and files planned, and what happened to them. */
  output: OutputStats & { pages: number; files: number };
  outDir: string;
  /** What every page was made from: settings and the editions included, newest first. */
  site: SiteData;
}

const BUILTIN_TEMPLATES = fileURLToPath(new URL('../templates/', import.meta.url));

/** Thrown when the cache's HTML no longer verifies; the build starts over without it. */
class CorruptCacheError extends Error {}

/** Build the site; throws BuildFailedError with every problem when the content has errors. */
export async function build(options: BuildOptions = {}): Promise<BuildResult> {
  try {
    return await buildOnce(options);
  } catch (cause) {
    if (!(cause instanceof CorruptCacheError) || options.cacheDir === false) throw cause;
    // A cache that fails verification is deleted, never trusted: render everything again.
    const cacheDir = resolve(options.root ?? '.', options.cacheDir ?? '.edition-cache');
    for (const name of ['index.bin', 'index.bin.log', 'html.pack', 'output.bin', 'output.bin.log']) rmSync(join(cacheDir, name), { force: true });
    if (options.keptIndex) options.keptIndex.file = undefined;
    const result = await buildOnce(options);
    result.diagnostics.push(
      warning({ code: 'output-error', file: relative(resolve(options.root ?? '.'), cacheDir) || '.', message: 'The build cache was damaged, so it was deleted and everything was rendered again.' }),
    );
    return result;
  }
}

async function buildOnce(options: BuildOptions): Promise<BuildResult> {
  const root = resolve(options.root ?? '.');
  const contentDir = resolve(root, options.contentDir ?? 'content');
  const outDir = resolve(root, options.outDir ?? 'public');
  const cacheDir = options.cacheDir === false ? undefined : resolve(root, options.cacheDir ?? '.edition-cache');
  const templatesDir = options.templatesDir
    ? resolve(root, options.templatesDir)
    : existsSync(resolve(root, 'templates')) ? resolve(root, 'templates') : BUILTIN_TEMPLATES;
  const now = options.now ?? Date.now();
  const diagnostics: Diagnostic[] = [];
  /** Set when an edition's HTML failed verification; checked before anything is committed. */
  let corruptEdition: string | undefined;
  const stop = () => {
    if (corruptEdition) throw new CorruptCacheError(corruptEdition);
    if (hasErrors(diagnostics)) throw new BuildFailedError(sortDiagnostics(diagnostics));
  };
  const step = options.onStep ?? (() => {});

  // 0. Refuse an output folder that would swallow the project when it is replaced.
  diagnostics.push(...checkOutputFolder(outDir, { root, contentDir, templatesDir, cacheDir }));
  stop();
  // 1. Read content/ and templates/ (the only disk reads besides media facts and the cache).
  step('read');
  const [loaded, templates, cache] = await Promise.all([
    loadContent(root, contentDir, options.readFile),
    loadTemplates(root, templatesDir, options.readFile),
    cacheDir ? RenderCache.open(cacheDir, (file) => (corruptEdition ??= file), options.keptIndex) : undefined,
  ]);
  // Held until the build ends, whichever way: edition HTML (cached or not) and the worker threads.
  const pack = cache?.pack ?? HtmlPack.temporary();
  const workers = workerPool(options.workers !== false);
  try {
    diagnostics.push(...loaded.diagnostics, ...templates.diagnostics);
    stop();
    // 2. Settings and offer: parse, validate, render the pitch (or reuse them from the cache).
    const engine = engineFingerprint();
    const site = await prepareSiteCached(loaded.content, options.siteUrl ? { siteUrl: options.siteUrl } : {}, cache, engine);
    diagnostics.push(...site.diagnostics);
    if (!site.config) stop();
    const config = site.config!;
    // 3. Editions: front matter, validation, media facts, Markdown; cached, in workers when many.
    step('editions', loaded.content.editions.length);
    const workerContext = { site: config, media: loaded.content.media, baseKey: renderBaseKey(engine, config, loaded.content.media) };
    const prepared = await prepareEditions(loaded.content, { cache, pack, context: workerContext, workers });
    diagnostics.push(...prepared.diagnostics);
    stop();
    // 4. Choose what is published: drafts and future editions stay out unless asked for.
    const selection = selectEditions(prepared.editions, { now, drafts: !!options.drafts, future: !!options.future });
    const data: SiteData = {
      config,
      editions: selection.published,
      ...(site.offer ? { offer: site.offer } : {}),
      ...(site.siteImage ? { siteImage: site.siteImage } : {}),
      assets: templates.templates.assets,
      media: loaded.content.media,
      now,
      html: (edition) => {
        const html = pack.get(edition.html);
        // Not thrown from here: templates would report it as their own error.
        if (html === undefined) corruptEdition ??= edition.file;
        return html ?? '';
      },
    };
    // 5. Plan every page and file, and refuse two inputs on one output path.
    step('pages');
    const pages = plugins.pages.flatMap((plugin) => plugin.pages(data));
    const files = plugins.files.flatMap((plugin) => plugin.files(data, pages));
    diagnostics.push(...checkOutputPaths([...pages, ...files]));
    stop();
    // 6. Apply templates to pages whose inputs changed, streaming each into the output; then the other files.
    step('render', pages.length);
    const globals = templateGlobals(data);
    const shared = sharedFingerprint(templates.templates, globals, { config, siteImage: site.siteImage ?? null });
    const mediaStamps = new Map(loaded.content.media.map((file) => [file.absolutePath, `${file.bytes}:${file.mtimeMs}`]));
    const writer = options.write === false ? memoryOutput(options.memoryCache) : await diskOutput(outDir, cacheDir && join(cacheDir, 'output.bin'));
    let stats: OutputStats;
    try {
      await renderPages(pages, {
        writer,
        shared,
        templates: templates.templates,
        globals,
        startWorkers: () => workers.start(workerContext, 'render'),
        diagnostics,
      });
      stop();
      step('write', files.length);
      for (const file of files) {
        const fingerprint = fileFingerprint(file, mediaStamps, shared);
        if (await writer.isCurrent(file.path, fingerprint)) writer.keep(file.path);
        else await writer.write({ ...file, contents: typeof file.contents === 'function' ? file.contents() : file.contents }, fingerprint);
      }
      // 7. Swap the new output in, then remember what was rendered.
      stop();
      stats = await writer.commit();
    } catch (cause) {
      await writer.abort();
      throw cause;
    }
    await cache?.save();
    return {
      files: writer.files,
      diagnostics: sortDiagnostics(diagnostics),
      editions: {
        published: selection.published.length,
        drafts: selection.drafts,
        scheduled: selection.scheduled,
        ...(selection.nextScheduled ? { nextScheduled: selection.nextScheduled } : {}),
      },
      rendering: prepared.stats,
      output: { ...stats, pages: pages.length, files: pages.length + files.length },
      outDir,
      site: data,
    };
  } finally {
    await workers.destroy();
    // After a successful save this is a no-op; after a failure it lets go of the files.
    (cache ?? pack).close();
  }
}
