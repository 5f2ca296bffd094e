/**
 * Runs every edition file through the per-edition stages in order: front
 * matter, validation, audio facts, Markdown. One edition's result depends only
 * on its own file (plus settings and the media list), which is what lets this
 * step be cached and spread over workers.
 */
import type { Diagnostic } from '../diagnostics.js';
import type { RenderedEdition, SiteConfig, SourceFile } from '../model.js';
import { truncateWords } from '../util/text.js';
import type { ContentFiles, MediaFile } from './load-content.js';
import { loadAudioInfo, loadImageInfo } from './load-media.js';
import { parseFrontMatter } from './parse-front-matter.js';
import { renderMarkdown } from './render-markdown.js';
import { validateEdition } from './validate-edition.js';

/** Longest description we derive from the first paragraph; about what search results show. */
export const DERIVED_SUMMARY_LENGTH = 160;

export async function prepareEditions(
  content: ContentFiles,
  site: SiteConfig,
): Promise<{ editions: RenderedEdition[]; diagnostics: Diagnostic[] }> {
  const media = new Map(content.media.map((file) => [file.src, file]));
  const mediaFiles = new Set(media.keys());
  const results = await Promise.all(content.editions.map((file) => prepareEdition(file, site, media, mediaFiles)));
  return {
    editions: results.flatMap((result) => (result.edition ? [result.edition] : [])),
    diagnostics: results.flatMap((result) => result.diagnostics),
  };
}

async function prepareEdition(
  file: SourceFile,
  site: SiteConfig,
  media: ReadonlyMap<string, MediaFile>,
  mediaFiles: ReadonlySet<string>,
): Promise<{ edition?: RenderedEdition; diagnostics: Diagnostic[] }> {
  const parsed = parseFrontMatter(file);
  if (!parsed.ok) return { diagnostics: parsed.diagnostics };
  const validated = validateEdition(parsed.document, site);
  if (!validated.ok) return { diagnostics: validated.diagnostics };
  const { edition } = validated;
  const diagnostics = [...validated.warnings];

  const audio = edition.audio ? await loadAudioInfo(edition.audio, edition.file, media) : undefined;
  if (audio && !audio.ok) diagnostics.push(audio.diagnostic);
  const image = edition.image ? await loadImageInfo(edition.image, edition.file, media) : undefined;
  if (image && !image.ok) diagnostics.push(image.diagnostic);
  const rendered = renderMarkdown(edition, { siteUrl: site.url, mediaFiles });
  diagnostics.push(...rendered.diagnostics);

  const { year, month, day } = edition.date;
  return {
    diagnostics,
    edition: {
      ...edition,
      html: rendered.html,
      description: edition.summary ?? truncateWords(rendered.firstParagraph, DERIVED_SUMMARY_LENGTH),
      url: `${year}/${month}/${day}/${edition.slug}/`,
      ...(audio?.ok ? { media: { ...audio.info, title: edition.audio!.title } } : {}),
      ...(image?.ok ? { picture: image.info } : {}),
    },
  };
}
