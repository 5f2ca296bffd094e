/** What an output file was made from, as one hash: equal fingerprints make equal bytes. */
import { createHash } from 'node:crypto';
import type { OutputFile, Page } from '../model.js';
import type { TemplateSet } from './load-templates.js';

/** Hash of everything every page depends on: the templates, the assets' names, the settings and the global values. */
export function sharedFingerprint(templates: TemplateSet, globals: unknown, settings: unknown): string {
  const hash = createHash('sha256').update(JSON.stringify(settings));
  for (const name of Object.keys(templates.templates).sort()) hash.update(name).update('\0').update(templates.templates[name]!);
  for (const asset of templates.assets) hash.update(asset.path);
  return hash.update(JSON.stringify(globals)).digest('hex');
}

/**
 * A page's fingerprint: from its key when the plug-in gave one (edition pages,
 * 10,000 of them), else from its data. Edition HTML is not serialized (it is a
 * non-enumerable property of the edition view); its content key stands for it.
 */
export function pageFingerprint(page: Page, data: () => Record<string, unknown>, shared: string): string {
  const hash = createHash('sha256').update(shared).update(page.template).update(page.path);
  return (page.key !== undefined ? hash.update('key:').update(page.key) : hash.update(JSON.stringify(data()))).digest('hex');
}

/** A generated or copied file's fingerprint. */
export function fileFingerprint(file: OutputFile, mtimes: ReadonlyMap<string, string>): string {
  const { contents } = file;
  if (typeof contents === 'object' && 'copyFrom' in contents) return `copy:${mtimes.get(contents.copyFrom) ?? ''}`;
  return createHash('sha256').update(typeof contents === 'string' ? contents : Buffer.from(contents)).digest('hex');
}
