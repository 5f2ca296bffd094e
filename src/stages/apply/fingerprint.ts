/** What an output file was made from, as one hash: equal fingerprints make equal bytes. */
import { createHash } from 'node:crypto';
import { keyOf } from '../../cache/content-keys.js';
import type { Page, TemplateSet } from '../../model/index.js';

/**
 * Hash of everything every output depends on: the assets' names, the settings
 * and the global values. Templates are not in it: each page depends only on
 * the files its own template is made of (template-dependencies.ts).
 */
export function sharedFingerprint(templates: TemplateSet, globals: unknown, settings: unknown): string {
  const hash = createHash('sha256').update(JSON.stringify(settings));
  for (const asset of templates.assets) hash.update(asset.path);
  return hash.update(JSON.stringify(globals)).digest('base64url');
}

/**
 * A page's fingerprint: its template's files (`templateKey`), and its key when
 * the plug-in gave one (edition pages, 10,000 of them), else its data without
 * the editions' HTML.
 */
export function pageFingerprint(page: Page, data: () => Record<string, unknown>, shared: string, templateKey: string): string {
  return keyOf(`${shared}\0${templateKey}\0${page.template}\0${page.path}\0${page.key !== undefined ? `key:${page.key}` : JSON.stringify(data(), withoutHtml)}`);
}

/** Leaves an edition's HTML out of a fingerprint: its content key, beside it, stands for it. */
function withoutHtml(this: Record<string, unknown>, key: string, value: unknown): unknown {
  return key === 'html' && 'content_key' in this ? undefined : value;
}
