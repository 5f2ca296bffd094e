/**
 * The story of a build, top to bottom. Each step is one stage; problems are
 * collected as diagnostics and the build stops before writing if any is an error.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BuildFailedError, hasErrors, sortDiagnostics, type Diagnostic } from './diagnostics.js';
import type { OutputFile, RenderedEdition } from './model.js';
import { plugins } from './pages/index.js';
import type { SiteData } from './pages/site-data.js';
import { selectEditions } from './stages/select-editions.js';
import { createRenderer } from './stages/apply-templates.js';
import { checkOutputPaths } from './stages/check-output-paths.js';
import { loadContent, type ReadFile } from './stages/load-content.js';
import { loadTemplates } from './stages/load-templates.js';
import { prepareEditions } from './stages/prepare-editions.js';
import { prepareSite } from './stages/prepare-site.js';
import { templateGlobals } from './stages/template-globals.js';
import { writeOutput } from './stages/write-output.js';

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
  /** Include editions marked `draft: true` (for previews). */
  drafts?: boolean;
  /** Include editions dated after `now` (for previews). */
  future?: boolean;
  /** The build's notion of the current time, in ms; injected so builds are reproducible. Default: Date.now(). */
  now?: number;
  /** false builds in memory only and returns the files; default true. */
  write?: boolean;
  /** Replaces site.yml's `url` for this build, e.g. "http://localhost:4000/" for a preview; default: the setting. */
  siteUrl?: string;
  /** How content and template files are read; the dev server passes one that remembers unchanged files. Default: from disk. */
  readFile?: ReadFile;
  /** Called as each step starts, with how many items it handles when known; for progress on a terminal. */
  onStep?: (step: BuildStep, count?: number) => void;
}

/** The steps of a build, in order, as reported to `onStep`. */
export type BuildStep = 'read' | 'editions' | 'pages' | 'render' | 'write';

export interface BuildResult {
  files: OutputFile[];
  /** Warnings (errors throw BuildFailedError instead). */
  diagnostics: Diagnostic[];
  editions: { published: number; drafts: number; scheduled: number; nextScheduled?: RenderedEdition };
  outDir: string;
  /** What every page was made from: settings and the editions included, newest first. */
  site: SiteData;
}

const BUILTIN_TEMPLATES = fileURLToPath(new URL('../templates/', import.meta.url));

/** Build the site; throws BuildFailedError with every problem when the content has errors. */
export async function build(options: BuildOptions = {}): Promise<BuildResult> {
  const root = resolve(options.root ?? '.');
  const contentDir = resolve(root, options.contentDir ?? 'content');
  const outDir = resolve(root, options.outDir ?? 'public');
  const templatesDir = options.templatesDir
    ? resolve(root, options.templatesDir)
    : existsSync(resolve(root, 'templates')) ? resolve(root, 'templates') : BUILTIN_TEMPLATES;
  const now = options.now ?? Date.now();
  const diagnostics: Diagnostic[] = [];
  const stop = () => {
    if (hasErrors(diagnostics)) throw new BuildFailedError(sortDiagnostics(diagnostics));
  };
  const step = options.onStep ?? (() => {});

  // 1. Read content/ and templates/ (the only disk reads besides audio metadata).
  step('read');
  const loaded = await loadContent(root, contentDir, options.readFile);
  const templates = await loadTemplates(root, templatesDir, options.readFile);
  diagnostics.push(...loaded.diagnostics, ...templates.diagnostics);
  stop();
  // 2. Settings and offer: parse, validate, render the pitch.
  const site = prepareSite(loaded.content, options.siteUrl ? { siteUrl: options.siteUrl } : {});
  diagnostics.push(...site.diagnostics);
  if (!site.config) stop();
  const config = site.config!;
  // 3. Editions: front matter, validation, audio facts, Markdown — every file, every problem.
  step('editions', loaded.content.editions.length);
  const prepared = await prepareEditions(loaded.content, config);
  diagnostics.push(...prepared.diagnostics);
  stop();
  // 4. Choose what is published: drafts and future editions stay out unless asked for.
  const selection = selectEditions(prepared.editions, { now, drafts: !!options.drafts, future: !!options.future });
  const data: SiteData = {
    config,
    editions: selection.published,
    ...(site.offer ? { offer: site.offer } : {}),
    assets: templates.templates.assets,
    media: loaded.content.media,
  };
  // 5. Plan every page and file, and refuse two inputs on one output path.
  step('pages');
  const pages = plugins.pages.flatMap((plugin) => plugin.pages(data));
  const files = plugins.files.flatMap((plugin) => plugin.files(data, pages));
  diagnostics.push(...checkOutputPaths([...pages, ...files]));
  stop();
  // 6. Apply templates to every page.
  step('render', pages.length);
  const render = createRenderer(templates.templates, templateGlobals(data));
  const output: OutputFile[] = [];
  for (const page of pages) {
    const result = render(page);
    if (result.ok) output.push(result.file);
    else diagnostics.push(result.diagnostic);
  }
  stop();
  output.push(...files);
  // 7. Write into a fresh folder and swap it in.
  if (options.write !== false) {
    step('write', output.length);
    await writeOutput(outDir, output);
  }
  return {
    files: output,
    diagnostics: sortDiagnostics(diagnostics),
    editions: {
      published: selection.published.length,
      drafts: selection.drafts,
      scheduled: selection.scheduled,
      ...(selection.nextScheduled ? { nextScheduled: selection.nextScheduled } : {}),
    },
    outDir,
    site: data,
  };
}
