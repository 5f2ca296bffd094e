/** site.yml and offer.md → validated settings and a rendered offer. */
import { resolveSiteConfig, withSiteUrl } from '../validate/validate-settings.js';
import type { ContentFiles, Diagnostic, ImageInfo, MarkdownLabels, Offer, SiteConfig } from '../../model/index.js';
import { loadImageInfo } from '../read/load-media.js';
import { parseFrontMatter } from '../read/parse-front-matter.js';
import { renderMarkdown } from '../render/render-markdown.js';
import { offerTerms } from '../../util/offer-terms.js';
import { validateOffer } from '../validate/validate-offer.js';
import { parseYamlFile } from '../read/parse-yaml-file.js';

export interface PreparedSite {
  config?: SiteConfig;
  offer?: Offer;
  siteImage?: ImageInfo;
  diagnostics: Diagnostic[];
}

/** `siteUrl` replaces the settings' url, so a preview's links point at the preview; `labels` are the pitch's Markdown labels. */
export async function prepareSite(content: ContentFiles, options: { siteUrl?: string; labels?: MarkdownLabels } = {}): Promise<PreparedSite> {
  if (!content.site) return { diagnostics: [] };
  const parsed = parseYamlFile(content.site);
  if (!parsed.ok) return { diagnostics: parsed.diagnostics };
  const resolved = resolveSiteConfig(parsed.document);
  if (!resolved.ok) return { diagnostics: resolved.diagnostics };
  const config = options.siteUrl ? withSiteUrl(resolved.config, options.siteUrl) : resolved.config;
  const media = new Map(content.media.map((file) => [file.src, file]));
  const image = config.image ? await loadImageInfo(config.image, content.site.path, media) : undefined;
  const site = { config, ...(image?.ok ? { siteImage: image.info } : {}) };
  const diagnostics = image && !image.ok ? [image.diagnostic] : [];
  if (!content.offer) return { ...site, diagnostics };

  const offerDoc = parseFrontMatter(content.offer);
  if (!offerDoc.ok) return { ...site, diagnostics: [...diagnostics, ...offerDoc.diagnostics] };
  const validated = validateOffer(offerDoc.document);
  if (!validated.ok) return { ...site, diagnostics: [...diagnostics, ...validated.diagnostics] };
  const { body, bodyLine, ...fields } = validated.offer;
  // The pitch is on the same pages as an edition, whose ids start "e-": "offer-" is its own.
  const context = { siteUrl: config.url, mediaFiles: new Set(media.keys()), idPrefix: 'offer-', ...(options.labels ? { labels: options.labels } : {}) };
  const pitch = renderMarkdown({ file: fields.file, body, bodyLine }, context);
  // Formatted here, once: settings and offer are cached together, so a build that renders nothing formats nothing.
  const offer = { ...fields, pitchHtml: pitch.html, terms: offerTerms(fields, config.language) };
  return { ...site, offer, diagnostics: [...diagnostics, ...pitch.diagnostics] };
}
