/**
 * One edition file through the per-edition stages in order: front matter,
 * validation, audio and image facts, Markdown. Its result depends only on the
 * file, the settings and the media files, which is what makes it cacheable and
 * safe to run in a worker thread.
 */
import { createHash } from 'node:crypto';
import type { EditionDetails, MarkdownLabels, MediaFile, PreparedEdition, SiteConfig, SourceFile } from '../../model/index.js';
import { SUMMARY_MAX, truncateWords } from '../../util/text.js';
import { findTranscript, loadAudioInfo, loadImageInfo } from '../read/load-media.js';
import { parseFrontMatter } from '../read/parse-front-matter.js';
import { renderMarkdown } from '../render/render-markdown.js';
import { validateEdition } from '../validate/validate-edition.js';

const encoder = new TextEncoder();

/** A slug as part of an id, which html-validate wants in ASCII: a slug in another script ("فيضانات-ليبيا") becomes a hash of it. */
const idSafe = (slug: string) => (/^[a-z0-9-]+$/.test(slug) ? slug : `u${createHash('sha256').update(slug).digest('hex').slice(0, 12)}`);

export async function prepareEdition(
  file: SourceFile,
  site: SiteConfig,
  media: ReadonlyMap<string, MediaFile>,
  contentKey: string,
  labels?: MarkdownLabels,
): Promise<PreparedEdition> {
  // The text's language: the edition's own when it names one (its quotation marks follow it), else the site's.
  const context = (language: string, idPrefix: string) => ({ siteUrl: site.url, mediaFiles: new Set(media.keys()), language, idPrefix, ...(labels ? { labels } : {}) });
  const parsed = parseFrontMatter(file);
  if (!parsed.ok) return { diagnostics: parsed.diagnostics };
  const validated = validateEdition(parsed.document, site);
  if (!validated.ok) {
    // The body's problems are reported with the front matter's, so one run finds them all (its HTML is not kept).
    const body = renderMarkdown(parsed.document, context(site.language, 'e-'));
    return { diagnostics: [...validated.diagnostics, ...body.diagnostics] };
  }
  const { edition } = validated;
  const diagnostics = [...validated.warnings];

  const audio = edition.audio ? await loadAudioInfo(edition.audio, edition.file, media) : undefined;
  if (audio && !audio.ok) diagnostics.push(audio.diagnostic);
  const transcript = edition.transcript ? findTranscript(edition.transcript, edition.file, media) : undefined;
  if (transcript && !transcript.ok) diagnostics.push(transcript.diagnostic);
  const image = edition.image ? await loadImageInfo(edition.image, edition.file, media) : undefined;
  if (image && !image.ok) diagnostics.push(image.diagnostic);
  const { year, month, day } = edition.date;
  // Date and slug make the ids unique in the whole site, so even a feed reader showing many editions on one page finds no two alike.
  const rendered = renderMarkdown(edition, context(edition.language ?? site.language, `e-${year}-${month}-${day}-${idSafe(edition.slug)}-`));
  diagnostics.push(...rendered.diagnostics);

  const { slug, headline, date, updated, tags, draft, aliases, language, translations } = edition;
  const details: EditionDetails = {
    description: edition.summary ?? truncateWords(rendered.firstParagraph, SUMMARY_MAX),
    ...(edition.summary !== undefined ? { summary: edition.summary } : {}),
    ...(edition.audio ? { audio: edition.audio } : {}),
    ...(edition.image ? { image: edition.image } : {}),
    ...(audio?.ok ? { media: { ...audio.info, ...(edition.audio!.title ? { title: edition.audio!.title } : {}) } } : {}),
    ...(transcript?.ok ? { transcript: transcript.info } : {}),
    ...(image?.ok ? { picture: image.info } : {}),
    showOffer: edition.showOffer,
    bodyLine: edition.bodyLine,
  };
  return {
    diagnostics,
    html: encoder.encode(rendered.html),
    details: encoder.encode(JSON.stringify(details)),
    edition: {
      file: edition.file,
      slug,
      headline,
      date,
      ...(updated ? { updated } : {}),
      tags,
      draft,
      ...(aliases ? { aliases } : {}),
      ...(language ? { language } : {}),
      ...(translations ? { translations } : {}),
      // Lists never show it, but a build decides from it, without reading every edition's details, which get a share image.
      ...(edition.image ? { image: edition.image } : {}),
      contentKey,
      url: `${year}/${month}/${day}/${slug}/`,
      ...(audio?.ok ? { narrated: true as const } : {}),
    },
  };
}
