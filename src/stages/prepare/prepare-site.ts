/** site.yml, strings.yml and offer.md → validated settings, the site's words and a rendered offer. */
import { resolveSiteConfig, withSiteUrl } from '../validate/validate-settings.js';
import type { ContentFiles, Diagnostic, ImageInfo, MediaFile, Messages, Offer, SiteConfig } from '../../model/index.js';
import { loadArtworkSize, loadImageInfo } from '../read/load-media.js';
import { checkArtwork } from '../validate/podcast-artwork.js';
import { parseFrontMatter } from '../read/parse-front-matter.js';
import { renderMarkdown } from '../render/render-markdown.js';
import { offerTerms } from '../../util/offer-terms.js';
import { validateOffer } from '../validate/validate-offer.js';
import { parseYamlFile } from '../read/parse-yaml-file.js';
import { resolveStrings } from '../validate/validate-strings.js';
import { markdownLabels } from '../../i18n/catalogue.js';

export interface PreparedSite {
  config?: SiteConfig;
  strings?: Messages;
  offer?: Offer;
  siteImage?: ImageInfo;
  diagnostics: Diagnostic[];
}

/** `siteUrl` replaces the settings' url, so a preview's links point at the preview. */
export async function prepareSite(content: ContentFiles, options: { siteUrl?: string } = {}): Promise<PreparedSite> {
  if (!content.site) return { diagnostics: [] };
  const parsed = parseYamlFile(content.site);
  if (!parsed.ok) return { diagnostics: parsed.diagnostics };
  const resolved = resolveSiteConfig(parsed.document);
  if (!resolved.ok) return { diagnostics: resolved.diagnostics };
  const config = options.siteUrl ? withSiteUrl(resolved.config, options.siteUrl) : resolved.config;
  const media = new Map(content.media.map((file) => [file.src, file]));
  const image = config.image ? await loadImageInfo(config.image, content.site.path, media) : undefined;
  const strings = readStrings(content, config.language);
  const site = { config, strings: strings.messages, ...(image?.ok ? { siteImage: image.info } : {}) };
  const diagnostics = [...strings.diagnostics, ...(image && !image.ok ? [image.diagnostic] : []), ...(await artworkProblems(config, content.site.path, media))];
  if (!content.offer) return { ...site, diagnostics };

  const offerDoc = parseFrontMatter(content.offer);
  if (!offerDoc.ok) return { ...site, diagnostics: [...diagnostics, ...offerDoc.diagnostics] };
  const validated = validateOffer(offerDoc.document);
  if (!validated.ok) return { ...site, diagnostics: [...diagnostics, ...validated.diagnostics] };
  const { body, bodyLine, ...fields } = validated.offer;
  // The pitch is on the same pages as an edition, whose ids start "e-": "offer-" is its own.
  const context = { siteUrl: config.url, mediaFiles: new Set(media.keys()), language: config.language, idPrefix: 'offer-', labels: markdownLabels(strings.messages) };
  const pitch = renderMarkdown({ file: fields.file, body, bodyLine }, context);
  // Formatted here, once: settings and offer are cached together, so a build that renders nothing formats nothing.
  const offer = { ...fields, pitchHtml: pitch.html, terms: offerTerms(fields, config.language) };
  return { ...site, offer, diagnostics: [...diagnostics, ...pitch.diagnostics] };
}

/** The podcast's artwork, checked here rather than when podcast.xml is written: Apple refuses a show whose artwork does not fit. */
async function artworkProblems(config: SiteConfig, file: string, media: ReadonlyMap<string, MediaFile>): Promise<Diagnostic[]> {
  if (!config.podcast) return [];
  const { image } = config.podcast;
  const read = await loadArtworkSize(image, file, media);
  if (!read.ok) return [read.diagnostic];
  return checkArtwork(image.src, read.size, { file, ...(image.line ? { line: image.line } : {}) });
}

function readStrings(content: ContentFiles, language: string): { messages: Messages; diagnostics: Diagnostic[] } {
  if (!content.strings) return resolveStrings(language, undefined);
  const parsed = parseYamlFile(content.strings);
  if (!parsed.ok) return { ...resolveStrings(language, undefined), diagnostics: parsed.diagnostics };
  return resolveStrings(language, parsed.document);
}
