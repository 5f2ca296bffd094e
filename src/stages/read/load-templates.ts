/** Reads templates/: Liquid files into a name → source map, and static assets with content-hashed names. */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join, posix, relative, sep } from 'node:path';
import { error } from '../../diagnostics.js';
import { listFiles } from './load-content.js';
import type { Diagnostic, ReadFile, TemplateSet } from '../../model/index.js';

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
