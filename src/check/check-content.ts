/**
 * `edition check`: everything a build would refuse, found without writing
 * anything, plus what a careful editor wants to know before publishing
 * (images without alt text, links to no edition, audio some browsers cannot
 * play, a summary or headline longer than search results and feed readers show,
 * a podcast with no episode yet).
 * Drafts and scheduled editions are checked too: they will be published.
 */
import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { build, type BuildOptions } from '../build.js';
import { BuildFailedError, hasErrors, sortDiagnostics } from '../diagnostics.js';
import type { Diagnostic, EditionDetails, FrontMatterDocument, ReadFile, RenderedEdition } from '../model/index.js';
import { listEditionFiles } from '../stages/read/load-content.js';
import { parseFrontMatter } from '../stages/read/parse-front-matter.js';
import { isScheduled } from '../stages/plan/select-editions.js';
import { checkAltText } from './alt-text.js';
import { checkAudioFormat } from './audio-format.js';
import { checkInternalLinks, type SiteMap } from './internal-links.js';
import { checkLengths } from './lengths.js';
import { markdownTree } from './markdown-tree.js';
import { checkPodcastEpisodes } from './podcast-episodes.js';

export interface CheckResult {
  /** Errors and warnings, sorted by file and line. */
  diagnostics: Diagnostic[];
  /** What was checked; undefined when errors stopped the build before the editions were known. */
  editions?: { total: number; drafts: number; scheduled: number };
}

export type CheckOptions = Omit<BuildOptions, 'write' | 'drafts' | 'future' | 'readFile'>;

export async function checkContent(options: CheckOptions = {}): Promise<CheckResult> {
  const root = resolve(options.root ?? '.');
  // Remember what the build read, to find front matter lines without reading twice.
  const texts = new Map<string, Buffer>();
  const read: ReadFile = async (path) => {
    const bytes = await readFile(path);
    texts.set(path, bytes);
    return bytes;
  };
  let result;
  try {
    // keepGoing: an error in one edition (a missing media file) must not hide the warnings of any edition.
    // No share images: a check writes nothing, and drawing them would only make it slower.
    result = await build({ ...options, write: false, drafts: true, future: true, keepGoing: true, readFile: read, cacheDir: false, checkEmail: true, shareImages: false, searchIndex: false });
  } catch (cause) {
    if (cause instanceof BuildFailedError) return { diagnostics: cause.diagnostics };
    throw cause;
  }
  const editions = result.site.editions;
  const site: SiteMap = { siteUrl: result.site.config.url, paths: new Set(result.files.map((f) => f.path)), editions, now: result.site.now };
  // Edition files are read by the build only when it renders them; read any it did not.
  const sourceOf = (file: string) => texts.get(resolve(root, file)) ?? readFile(resolve(root, file)).catch(() => undefined);
  const sources = await Promise.all(editions.map((edition) => sourceOf(edition.file)));
  const found = editions.flatMap((edition, index) => checkEdition(edition, result.site.details(edition), site, sources[index]));
  // Files whose front matter the build rejected are no editions, but their bodies are checked all the same.
  const rejected = hasErrors(result.diagnostics) ? await rejectedFiles(root, options.contentDir, editions) : [];
  const rejectedSources = await Promise.all(rejected.map(sourceOf));
  const inRejected = rejected.flatMap((file, index) => checkBody(file, site, rejectedSources[index]).diagnostics);
  const settingsFile = relative(root, resolve(root, options.contentDir ?? 'content', 'site.yml')).split('\\').join('/');
  const podcast = checkPodcastEpisodes(result.site, settingsFile);
  return {
    diagnostics: sortDiagnostics([...result.diagnostics, ...found, ...inRejected, ...podcast]),
    editions: {
      total: editions.length + rejected.length,
      drafts: editions.filter((e) => e.draft).length,
      scheduled: editions.filter((e) => isScheduled(e, result.site.now) && !e.draft).length,
    },
  };
}

function checkEdition(edition: RenderedEdition, details: EditionDetails, site: SiteMap, source: Buffer | undefined): Diagnostic[] {
  const { document, diagnostics } = checkBody(edition.file, site, source);
  return [...checkLengths(edition, details, document), ...checkAudioFormat(edition, details), ...diagnostics];
}

/** The checks that need only the Markdown body: alt text and links. */
function checkBody(file: string, site: SiteMap, source: Buffer | undefined): { document?: FrontMatterDocument; diagnostics: Diagnostic[] } {
  // The build keeps HTML, not Markdown: the body comes from the file again.
  const parsed = source ? parseFrontMatter({ path: file, text: source.toString('utf8') }) : undefined;
  if (!parsed?.ok) return { diagnostics: [] };
  const { document } = parsed;
  const markdown = markdownTree({ file, body: document.body, bodyLine: document.bodyLine });
  return { document, diagnostics: [...checkAltText(markdown.tree, markdown.at), ...checkInternalLinks(markdown.tree, markdown.at, site)] };
}

/** Edition files the build turned into no edition (their front matter has errors). */
async function rejectedFiles(root: string, contentDir: string | undefined, editions: readonly RenderedEdition[]): Promise<string[]> {
  const prepared = new Set(editions.map((edition) => edition.file));
  const listed = await listEditionFiles(root, resolve(root, contentDir ?? 'content'));
  return listed.map((file) => file.path).filter((path) => !prepared.has(path));
}
