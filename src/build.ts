/**
 * The story of a build, top to bottom. Each step is one stage; problems are
 * collected as diagnostics from every stage, and the build stops before
 * touching public/ if any is an error.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { rebuildIfCacheDamaged } from './cache/damaged-cache.js';
import { EditionStore } from './cache/edition-store.js';
import { engineFingerprint } from './cache/engine-fingerprint.js';
import { HtmlPack } from './cache/html-pack.js';
import { ImageCache } from './cache/image-cache.js';
import { EMAIL_MANIFEST_FILE, MANIFEST_FILE } from './cache/output-manifest.js';
import { renderBaseKey } from './cache/content-keys.js';
import { RenderCache, type KeptIndex } from './cache/render-cache.js';
import { Problems } from './diagnostics.js';
import { markdownLabels } from './i18n/catalogue.js';
import type { Diagnostic, OutputFile, PlannedFile, ReadFile, RenderedEdition, SiteData, TemplateSet, WorkerContext } from './model/index.js';
import { plugins } from './pages/index.js';
import { templateGlobals } from './pages/template-globals.js';
import { sharedFingerprint } from './stages/apply/fingerprint.js';
import { renderPages } from './stages/apply/render-pages.js';
import { checkAliases } from './stages/plan/check-aliases.js';
import { checkOutputPaths } from './stages/plan/check-output-paths.js';
import { linkTranslations } from './stages/plan/link-translations.js';
import { selectEditions } from './stages/plan/select-editions.js';
import { prepareEditions } from './stages/prepare/prepare-editions.js';
import { prepareSiteCached } from './stages/prepare/prepare-site-cached.js';
import { loadContent } from './stages/read/load-content.js';
import { loadTemplates } from './stages/read/load-templates.js';
import { BUILTIN_TEMPLATES } from './package-files.js';
import { checkOutputFolder } from './stages/write/check-output-folder.js';
import { drawShareImages, NOTHING_DRAWN, type DrawStats } from './stages/share-image/draw-share-images.js';
import { writeFiles } from './stages/write/write-files.js';
import { recoverPublish } from './stages/write/finish-publish.js';
import { holdPublishLocks } from './stages/write/publish-lock.js';
import { memoryOutput, type MemoryOutputCache } from './stages/write/memory-output.js';
import { isReleaseLink, releaseOutput } from './stages/write/release-output.js';
import { diskOutput, type OutputStats, type OutputWriter } from './stages/write/write-output.js';
import { workerPool } from './workers/worker-pool.js';
import { checkEmail, emailEditions, writeEmails } from './email/write-emails.js';
import { writeSearchIndex, type SearchStats } from './search/write-search-index.js';

/** Where a build reads and writes, and what it includes. */
export interface BuildOptions {
  /** Project folder; other paths are relative to it. Default: the current directory. */
  root?: string;
  /** Default: "content". */
  contentDir?: string;
  /** The site's own templates, over Edition's, file by file. Default: "templates" in the project, when it exists. */
  templatesDir?: string;
  /** Default: "public". */
  outDir?: string;
  /**
   * Where the email edition's files go (with `email:` in site.yml): outside
   * the site, never linked from it, written only by builds that write and
   * include neither drafts nor future editions. Default: ".edition-email".
   */
  emailDir?: string;
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
   * With write: false, make the newest edition's email too (in memory, not
   * kept), so an error in the email template is found before a build: for
   * `edition check`. Default: false.
   */
  checkEmail?: boolean;
  /**
   * false draws no share images: pages still name theirs, but no PNG is made
   * or listed among the files (`edition check`, which writes nothing). Only
   * with write: false. Default: true.
   */
  shareImages?: boolean;
  /** false: no search page, search box or index, whatever site.yml's `search` says (--no-search). Default: the setting. */
  search?: boolean;
  /**
   * false makes no search index (the pages still have their search box and
   * page): for `edition check`, which writes nothing. Only with write: false.
   * Default: true.
   */
  searchIndex?: boolean;
  /**
   * Errors in editions (a missing media file, invalid front matter) do not
   * stop the build: the editions that could be prepared are planned and
   * rendered, and build() returns those errors among its diagnostics instead
   * of throwing, so one run finds every problem (`edition check`). Errors of
   * settings and templates still throw. Only with write: false: a site with
   * errors is never written.
   */
  keepGoing?: boolean;
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
  /**
   * Publish each build as a complete release folder and switch public/, a
   * symbolic link, to it in one step (release-output.ts); once public/ is such
   * a link, builds keep doing so. Default: false.
   */
  releases?: boolean;
  /** Replaces site.yml's `url` for this build, e.g. "http://localhost:4000/" for a preview; default: the setting. */
  siteUrl?: string;
  /** How settings and template files are read; the dev server passes one that remembers unchanged files. Default: from disk. */
  readFile?: ReadFile;
  /** Called as each step starts, with how many items it handles when known; for progress on a terminal. */
  onStep?: (step: BuildStep, count?: number) => void;
  /**
   * Called, before anything else, when a build that was stopped part-way had
   * left public/ mid-publish and this one finished or undid that; with one line saying which.
   */
  onRecovered?: (message: string) => void;
}

/** The steps of a build, in order, as reported to `onStep`. */
export type BuildStep = 'read' | 'editions' | 'pages' | 'render' | 'write';

export interface BuildResult {
  /** Every file, for in-memory builds (write: false); empty when written to disk. */
  files: OutputFile[];
  /** Warnings (errors throw BuildFailedError instead, except the editions' errors of a keepGoing build). */
  diagnostics: Diagnostic[];
  editions: { published: number; drafts: number; scheduled: number; nextScheduled?: RenderedEdition };
  /** Markdown rendered this build vs. reused from the cache. */
  rendering: { rendered: number; fromCache: number; threads: number };
  /** Pages and files planned, and what happened to them. */
  output: OutputStats & { pages: number; files: number };
  outDir: string;
  /** The email edition's files (.html and .txt), when the build wrote any or removed old ones. */
  email?: OutputStats & { emails: number; dir: string };
  /** Share images whose inputs changed: drawn this build, or taken from the cache folder (a warm build has neither). */
  shareImages: DrawStats;
  /** The search index (public/pagefind/): its years, those indexed this build, and its files; absent when the site has no search. */
  search?: SearchStats;
  /** What every page was made from: settings and the editions included, newest first. */
  site: SiteData;
}

/** What worker threads run: src/worker.ts, bundled beside this module as dist/worker.js. */
const WORKER = new URL('./worker.js', import.meta.url);

/** Build the site; throws BuildFailedError with every problem when the content has errors. */
export async function build(options: BuildOptions = {}): Promise<BuildResult> {
  const paths = projectPaths(options);
  const once = () => withCacheRetry(options, paths, () => buildOnce(options, paths));
  // 0. Refuse output folders that would swallow the project (or each other) when they are replaced.
  // templates/ is guarded even before it exists: an output folder there would become the site's own templates.
  const guarded = { ...paths, templatesDir: paths.templatesDir ?? resolve(paths.root, 'templates') };
  new Problems().check(checkOutputFolder(paths.outDir, guarded), checkOutputFolder(paths.emailDir, guarded, { outDir: paths.outDir }));
  if (options.write === false) return once();
  const folders = writesEmails(options) ? ([[paths.outDir, MANIFEST_FILE], [paths.emailDir, EMAIL_MANIFEST_FILE]] as const) : ([[paths.outDir, MANIFEST_FILE]] as const);
  return holdPublishLocks(folders.map(([dir]) => dir), paths.root, async () => {
    // Before anything else can fail: a content error must not leave a half-published site as it is.
    for (const [dir, manifest] of folders) {
      const recovery = await recoverPublish(dir, paths.cacheDir && join(paths.cacheDir, manifest));
      if (recovery) options.onRecovered?.(recovery.message);
    }
    return once();
  });
}

/**
 * Whether a build writes the email files: only one that writes, and only of
 * published editions. An email goes to readers, so a preview build with
 * drafts or future editions leaves the email folder alone.
 */
function writesEmails(options: BuildOptions): boolean {
  return options.write !== false && !options.drafts && !options.future;
}

/**
 * Steps 1–4 of a build, nothing written but the cache: the published
 * editions, readable (HTML included) while `use` runs, and the templates
 * emails are made from. For `edition email` and `edition send`. It holds the
 * publish lock of public/ as a build does, since it shares the render cache
 * with builds.
 */
export async function readSite<T>(options: BuildOptions, use: (site: SiteData, emailTemplates: () => Promise<TemplateSet>) => Promise<T>): Promise<T> {
  const paths = projectPaths(options);
  const read = () =>
    prepareSite(options, paths, async (prepared) => ({
      value: await use(prepared.data, () => Promise.resolve(prepared.templates)),
      diagnostics: prepared.problems.sorted(),
    }));
  // It waits for a build to finish rather than fail: an editor runs it after building, a script perhaps meanwhile.
  // Every publishing build holds the email folder's lock, whatever its --out: holding it too keeps the cache to one writer.
  return holdPublishLocks([paths.outDir, paths.emailDir], paths.root, async () => (await withCacheRetry(options, paths, read)).value, { waitMs: LOCK_WAIT_MS });
}

/** How long readSite() waits for a build that holds the lock of public/. */
const LOCK_WAIT_MS = 5 * 60_000;

/** Run `work`, and once more without the cache if the cache turns out damaged. */
function withCacheRetry<T extends { diagnostics: Diagnostic[] }>(options: BuildOptions, paths: ProjectPaths, work: () => Promise<T>): Promise<T> {
  const forget = () => {
    if (options.keptIndex) options.keptIndex.file = undefined;
  };
  return rebuildIfCacheDamaged({ dir: paths.cacheDir, root: paths.root, forget }, work);
}

async function buildOnce(options: BuildOptions, paths: ProjectPaths): Promise<BuildResult> {
  if (options.keepGoing && options.write !== false) throw new Error('Internal error: keepGoing builds must not write (pass write: false).');
  // A written build without its share images would remove the ones published before.
  if (options.shareImages === false && options.write !== false) throw new Error('Internal error: builds without share images must not write (pass write: false).');
  if (options.searchIndex === false && options.write !== false) throw new Error('Internal error: builds without a search index must not write (pass write: false).');
  const step = options.onStep ?? (() => {});
  return prepareSite(options, paths, async ({ data, templates, problems, selection, rendering, engine, startWorkers, startImageWorkers }) => {
    // 5–9. Plan the pages and files, apply templates, draw share images, index for search, make the emails, write.
    const output = await publish(data, templates, problems, { ...options, ...paths, step, engine, startWorkers, startImageWorkers });
    const { published, drafts, scheduled, nextScheduled } = selection;
    const editions = { published: published.length, drafts, scheduled, ...(nextScheduled ? { nextScheduled } : {}) };
    return { ...output, diagnostics: problems.sorted(), editions, rendering, outDir: paths.outDir, site: data };
  });
}

/** What steps 1–4 hand on: the site as published, and what the rest of a build needs to go on. */
interface PreparedSite {
  data: SiteData;
  templates: TemplateSet;
  problems: Problems;
  selection: ReturnType<typeof selectEditions>;
  rendering: BuildResult['rendering'];
  /** engineFingerprint() of this build: a page is made again when Edition or the runtime changed. */
  engine: string;
  startWorkers: Parameters<typeof renderPages>[1]['startWorkers'];
  startImageWorkers: Parameters<typeof renderPages>[1]['startWorkers'];
}

/** Read, prepare and select (steps 1–4), run `use` while editions' HTML can be read, then save the cache. */
async function prepareSite<T>(options: BuildOptions, paths: ProjectPaths, use: (site: PreparedSite) => Promise<T>): Promise<T> {
  const problems = new Problems();
  const step = options.onStep ?? (() => {});
  const now = options.now ?? Date.now();
  // 1. Read content/ and templates/ (the only disk reads besides media facts and the cache).
  step('read');
  const [loaded, templates, cache] = await Promise.all([
    loadContent(paths.root, paths.contentDir, options.readFile),
    loadTemplates(paths.root, { builtIn: BUILTIN_TEMPLATES, own: paths.templatesDir }, options.readFile),
    paths.cacheDir ? RenderCache.open(paths.cacheDir, options.keptIndex) : undefined,
  ]);
  // Held until the build ends, whichever way: edition HTML (cached or not) and the worker threads.
  const pack = cache?.pack ?? HtmlPack.temporary();
  const workers = workerPool(options.workers !== false, WORKER);
  try {
    problems.check(loaded.diagnostics, templates.diagnostics);
    // 2. Settings and offer: parse, validate, render the pitch (or reuse them from the cache).
    const engine = engineFingerprint();
    const site = await prepareSiteCached(loaded.content, options.siteUrl ? { siteUrl: options.siteUrl } : {}, cache, engine);
    problems.add(site.diagnostics);
    if (!site.config) throw problems.failure();
    const { search: _search, ...withoutSearch } = site.config;
    const config = options.search === false ? withoutSearch : site.config;
    // 3. Editions: front matter, validation, media facts, Markdown; cached, in workers when many.
    step('editions', loaded.content.editions.length);
    const labels = markdownLabels(site.strings!);
    const context: WorkerContext = { site: config, media: loaded.content.media, labels, baseKey: renderBaseKey(engine, config, loaded.content.media, labels) };
    const store = new EditionStore(pack);
    const prepared = await prepareEditions(loaded.content, { cache, store, context, workers });
    if (options.keepGoing) problems.defer(prepared.diagnostics);
    else problems.check(prepared.diagnostics);
    // 4. Choose what is published: drafts and future editions stay out unless asked for.
    const selection = selectEditions(prepared.editions, { now, drafts: !!options.drafts, future: !!options.future });
    // Translations name other editions, so they are checked once all are known (drafts too: they will be published).
    const incomplete = prepared.editions.length < loaded.content.editions.length;
    const translations = linkTranslations(prepared.editions, selection.published, { siteLanguage: config.language, incomplete });
    if (options.keepGoing) problems.defer(translations.diagnostics);
    else problems.check(translations.diagnostics);
    const data: SiteData = {
      config,
      editions: selection.published,
      strings: site.strings!,
      ...(site.offer ? { offer: site.offer } : {}),
      ...(site.siteImage ? { siteImage: site.siteImage } : {}),
      assets: templates.templates.assets,
      media: loaded.content.media,
      now,
      html: (edition) => store.html(edition),
      details: (edition) => store.details(edition),
      translations: (edition) => translations.groups.get(edition.file) ?? [],
    };
    const startWorkers = () => workers.start(context, 'render');
    const startImageWorkers = () => workers.start(context, 'share-images');
    const result = await use({ data, templates: templates.templates, problems, selection, rendering: prepared.stats, engine, startWorkers, startImageWorkers });
    // Remember what was rendered, for the next build.
    await cache?.save();
    return result;
  } finally {
    await workers.destroy();
    // After a successful save this is a no-op; after a failure it lets go of the files.
    (cache ?? pack).close();
  }
}

/**
 * Plan every page and file, apply templates to those whose inputs changed,
 * make the emails whose inputs changed, and write them; public/ and the
 * email folder change only at the end.
 */
async function publish(
  data: SiteData,
  templates: TemplateSet,
  problems: Problems,
  run: BuildOptions &
    ProjectPaths & {
      step: (step: BuildStep, count?: number) => void;
      startWorkers: Parameters<typeof renderPages>[1]['startWorkers'];
      startImageWorkers: Parameters<typeof renderPages>[1]['startWorkers'];
      /** engineFingerprint() of this build: a page is made again when Edition or the runtime changed. */
      engine: string;
    },
): Promise<Pick<BuildResult, 'files' | 'output' | 'email' | 'shareImages' | 'search'>> {
  // 5. Plan every page and file (each file plug-in sees the files planned before it), and refuse two inputs on one output path.
  run.step('pages');
  const pages = plugins.pages.flatMap((plugin) => plugin.pages(data));
  const files: PlannedFile[] = [];
  for (const plugin of plugins.files) files.push(...plugin.files(data, pages, files));
  const aliases = checkAliases(data.editions, [...pages, ...files]);
  problems.check(aliases.diagnostics, checkOutputPaths([...pages, ...files], aliases.reported));
  // 6. Apply templates to the pages whose inputs changed, streaming each into the output; then the other files.
  run.step('render', pages.length);
  const globals = templateGlobals(data);
  // The email and podcast settings change no page: left out here, they count in each email's fingerprint and
  // podcast.xml's key instead (the pages name the show's title and feed, which are in the globals).
  const { email: _email, podcast: _podcast, ...pageConfig } = data.config;
  const shared = sharedFingerprint(templates, globals, { engine: run.engine, config: pageConfig, siteImage: data.siteImage ?? null });
  const manifest = run.cacheDir && join(run.cacheDir, MANIFEST_FILE);
  const writer =
    run.write === false
      ? memoryOutput(run.memoryCache)
      : run.releases || isReleaseLink(run.outDir)
        ? await releaseOutput(run.outDir, manifest)
        : await diskOutput(run.outDir, manifest);
  let emailWriter: OutputWriter | undefined;
  try {
    problems.check(await renderPages(pages, { writer, shared, templates, globals, startWorkers: run.startWorkers }));
    run.step('write', files.length);
    // Share images are drawn here, when their inputs changed: from the cache folder, in worker threads when many.
    const cache = run.cacheDir ? ImageCache.in(run.cacheDir) : undefined;
    const draw = { cache, engine: run.engine, planned: files, startWorkers: run.startImageWorkers };
    const drawn = await writeFiles(files, writer, {
      shared,
      media: data.media,
      draw: (toDraw, accept) => (run.shareImages === false ? Promise.resolve(NOTHING_DRAWN) : drawShareImages(toDraw, accept, draw)),
    });
    // 7. The search index: the years whose editions changed are indexed again (a warm build starts no indexer).
    const search = await writeSearchIndex(data, writer, { engine: run.engine, make: run.searchIndex !== false });
    problems.check(search.diagnostics);
    // 8. The email edition: each email whose inputs changed, staged in the email folder (a folder left from when
    // emails were on is emptied). `edition check` makes the newest one in memory, to find errors in its template.
    const templatesOf = () => Promise.resolve(templates);
    if (writesEmails(run) && (data.config.email || existsSync(run.emailDir))) {
      emailWriter = await diskOutput(run.emailDir, run.cacheDir && join(run.cacheDir, EMAIL_MANIFEST_FILE));
      problems.check(await writeEmails(data, emailWriter, { shared, templates: templatesOf }));
    } else if (run.checkEmail) {
      problems.check(await checkEmail(data, templatesOf));
    }
    // 9. Swap the new output in: public/ first, then the emails, whose links lead to its pages.
    const stats = await writer.commit();
    const emailStats = await emailWriter?.commit();
    const email = emailStats && { ...emailStats, emails: emailEditions(data).length, dir: run.emailDir };
    const output = { ...stats, pages: pages.length, files: pages.length + files.length + (search.stats?.files ?? 0) };
    return { files: writer.files, output, shareImages: drawn ?? NOTHING_DRAWN, ...(email ? { email } : {}), ...(search.stats ? { search: search.stats } : {}) };
  } catch (cause) {
    await emailWriter?.abort();
    await writer.abort();
    throw cause;
  }
}

interface ProjectPaths {
  root: string;
  contentDir: string;
  /** The site's own templates, over Edition's; undefined when it has none. */
  templatesDir: string | undefined;
  outDir: string;
  emailDir: string;
  /** Undefined when caching is off. */
  cacheDir: string | undefined;
}

function projectPaths(options: BuildOptions): ProjectPaths {
  const root = resolve(options.root ?? '.');
  const ownTemplates = resolve(root, 'templates');
  return {
    root,
    contentDir: resolve(root, options.contentDir ?? 'content'),
    templatesDir: options.templatesDir ? resolve(root, options.templatesDir) : existsSync(ownTemplates) ? ownTemplates : undefined,
    outDir: resolve(root, options.outDir ?? 'public'),
    emailDir: resolve(root, options.emailDir ?? '.edition-email'),
    cacheDir: options.cacheDir === false ? undefined : resolve(root, options.cacheDir ?? '.edition-cache'),
  };
}
