/** site.yml and offer.md → validated settings and a rendered offer. */
import { resolveSiteConfig, withSiteUrl } from '../config.js';
import type { Diagnostic } from '../diagnostics.js';
import type { Offer, SiteConfig } from '../model.js';
import type { ContentFiles } from './load-content.js';
import { parseFrontMatter } from './parse-front-matter.js';
import { renderMarkdown } from './render-markdown.js';
import { validateOffer } from './validate-offer.js';
import { parseYamlFile } from './parse-yaml-file.js';

/** `siteUrl` replaces the settings' url, so a preview's links point at the preview. */
export function prepareSite(
  content: ContentFiles,
  options: { siteUrl?: string } = {},
): { config?: SiteConfig; offer?: Offer; diagnostics: Diagnostic[] } {
  if (!content.site) return { diagnostics: [] };
  const parsed = parseYamlFile(content.site);
  if (!parsed.ok) return { diagnostics: parsed.diagnostics };
  const resolved = resolveSiteConfig(parsed.document);
  if (!resolved.ok) return { diagnostics: resolved.diagnostics };
  const config = options.siteUrl ? withSiteUrl(resolved.config, options.siteUrl) : resolved.config;
  if (!content.offer) return { config, diagnostics: [] };

  const offerDoc = parseFrontMatter(content.offer);
  if (!offerDoc.ok) return { config, diagnostics: offerDoc.diagnostics };
  const validated = validateOffer(offerDoc.document);
  if (!validated.ok) return { config, diagnostics: validated.diagnostics };
  const { body, bodyLine, ...fields } = validated.offer;
  const mediaFiles = new Set(content.media.map((file) => file.src));
  const pitch = renderMarkdown({ file: fields.file, body, bodyLine }, { siteUrl: config.url, mediaFiles });
  return { config, offer: { ...fields, pitchHtml: pitch.html }, diagnostics: pitch.diagnostics };
}
