/**
 * Reads the templates: Edition's own, then the site's templates/ over them,
 * file by file (Hugo's lookup order). A site overrides only what it changes,
 * and keeps every template a newer Edition adds (search.liquid, email.liquid).
 * Liquid files become a name → source map; assets get content-hashed names.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { posix, relative, resolve, sep } from 'node:path';
import { error } from '../../diagnostics.js';
import { listFiles } from './load-content.js';
import type { Diagnostic, ReadFile, TemplateSet } from '../../model/index.js';

export interface TemplateFolders {
  /** Edition's templates, shipped with the package. */
  builtIn: string;
  /** The site's own templates, over the built-ins; undefined when it has none. */
  own?: string | undefined;
}

export async function loadTemplates(
  root: string,
  folders: TemplateFolders,
  read: ReadFile = (path) => readFile(path),
): Promise<{ templates: TemplateSet; diagnostics: Diagnostic[] }> {
  const show = (path: string) => relative(root, path).split(sep).join('/') || '.';
  const own = folders.own !== undefined && resolve(folders.own) !== resolve(folders.builtIn) ? folders.own : undefined;
  const set: TemplateSet = { dir: show(own ?? folders.builtIn), templates: {}, assets: [], files: {} };
  const builtInFiles = await listFiles(folders.builtIn);
  if (builtInFiles.length === 0) {
    const diagnostic = error({
      code: 'missing-file',
      file: show(folders.builtIn),
      message: "Edition's own templates are missing.",
      hint: 'Install Edition again (npm ci), or restore templates/ from the Edition repository.',
    });
    return { templates: set, diagnostics: [diagnostic] };
  }
  if (own !== undefined && !existsSync(own)) {
    const diagnostic = error({
      code: 'missing-file',
      file: show(own),
      message: 'The templates folder asked for does not exist.',
      hint: "Check the folder's name, or leave the option out to use Edition's templates.",
    });
    return { templates: set, diagnostics: [diagnostic] };
  }
  const layers = [{ dir: folders.builtIn, files: builtInFiles }];
  if (own !== undefined) layers.push({ dir: own, files: await listFiles(own) });
  const assets = new Map<string, { path: string; display: string }>();
  for (const layer of layers) {
    for (const path of layer.files) {
      const name = relative(layer.dir, path).split(sep).join('/');
      if (name.startsWith('assets/')) assets.set(name, { path, display: show(path) });
      else if (name.endsWith('.liquid')) {
        set.templates[name] = (await read(path)).toString('utf8');
        set.files[name] = show(path);
      }
    }
  }
  for (const [name, { path, display }] of [...assets].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const contents = await read(path);
    const hash = createHash('sha256').update(contents).digest('hex').slice(0, 10);
    const extension = posix.extname(name);
    const base = name.slice('assets/'.length, -extension.length || undefined);
    set.assets.push({ name: name.slice('assets/'.length), path: `assets/${base}.${hash}${extension}`, contents });
    set.files[name] = display;
  }
  return { templates: set, diagnostics: [] };
}

/** Where a template or asset ("partials/offer.liquid", "assets/style.css") came from, for messages. */
export function templateFile(set: TemplateSet, name: string): string {
  return set.files[name] ?? `${set.dir}/${name}`;
}
