/**
 * prepareSite() through the render cache: settings and offer change rarely,
 * and preparing them needs the YAML, schema and Markdown libraries, which a
 * build that renders nothing then does not even load.
 */
import { hash } from 'node:crypto';
import type { RenderCache } from '../../cache/render-cache.js';
import { hasErrors } from '../../diagnostics.js';
import type { PreparedSite } from './prepare-site.js';
import type { ContentFiles, MarkdownLabels } from '../../model/index.js';

export async function prepareSiteCached(
  content: ContentFiles,
  options: { siteUrl?: string; labels?: MarkdownLabels },
  cache: RenderCache | undefined,
  engine: string,
): Promise<PreparedSite> {
  const key = hash(
    'sha256',
    JSON.stringify([
      engine,
      content.site?.text ?? null,
      content.offer?.text ?? null,
      options.siteUrl ?? null,
      options.labels ?? null,
      content.media.map((f) => [f.src, f.stamp]),
    ]),
  );
  const cached = cache?.extra<PreparedSite>('site', key);
  if (cached) return cached;
  const { prepareSite } = await import('./prepare-site.js');
  const site = await prepareSite(content, options);
  if (site.config && !hasErrors(site.diagnostics)) cache?.setExtra('site', key, site);
  return site;
}
