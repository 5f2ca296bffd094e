/** Reads templates/: Liquid files into a name → source map, and static assets with content-hashed names. */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join, posix, relative, sep } from 'node:path';
import { error, type Diagnostic } from '../../diagnostics.js';
import { listFiles, type ReadFile } from './load-content.js';

/** A CSS or JS file served under a name that changes when its bytes do, so it can be cached forever. */
export interface Asset {
  /** Name used in templates, e.g. "style.css". */
  name: string;
  /** Output path, e.g. "assets/style.3f2a9c1e.css". */
  path: string;
  contents: Buffer;
}

export interface TemplateSet {
  /** Folder the templates came from, relative to the project, for messages. */
  dir: string;
  /** "edition.liquid" → source */
  templates: Record<string, string>;
  assets: Asset[];
}

export async function loadTemplates(
  root: string,
  templatesDir: string,
  read: ReadFile = (path) => readFile(path),
): Promise<{ templates: TemplateSet; diagnostics: Diagnostic[] }> {
  const display = relative(root, templatesDir).split(sep).join('/') || '.';
  const files = await listFiles(templatesDir);
  const set: TemplateSet = { dir: display, templates: {}, assets: [] };
  if (files.length === 0) {
    const diagnostic = error({
      code: 'missing-file',
      file: display,
      message: 'The templates folder is missing or empty.',
      hint: 'Restore templates/ from the Edition repository.',
    });
    return { templates: set, diagnostics: [diagnostic] };
  }
  for (const path of files) {
    const name = relative(templatesDir, path).split(sep).join('/');
    if (name.startsWith('assets/')) {
      const contents = await read(path);
      const hash = createHash('sha256').update(contents).digest('hex').slice(0, 10);
      const extension = posix.extname(name);
      const base = name.slice('assets/'.length, -extension.length || undefined);
      set.assets.push({ name: name.slice('assets/'.length), path: `assets/${base}.${hash}${extension}`, contents });
    } else if (name.endsWith('.liquid')) {
      set.templates[name] = (await read(join(templatesDir, name))).toString('utf8');
    }
  }
  return { templates: set, diagnostics: [] };
}
