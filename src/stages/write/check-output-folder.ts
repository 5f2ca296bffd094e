/**
 * public/ is replaced wholesale by the first build, so it must never be a
 * folder that holds anything else of the project: pointing --out at the project,
 * content/ or templates/ would otherwise delete them.
 */
import { isAbsolute, relative, sep } from 'node:path';
import { error } from '../../diagnostics.js';
import type { Diagnostic } from '../../model/index.js';

/** True when `path` is `folder` or inside it. */
function within(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

export function checkOutputFolder(
  outDir: string,
  folders: { root: string; contentDir: string; templatesDir?: string | undefined; cacheDir?: string | undefined },
  /** For the email folder: which folder it is, and public/, which it must not share. */
  email?: { outDir: string },
): Diagnostic[] {
  const display = relative(folders.root, outDir).split(sep).join('/') || '.';
  const guarded: [string, string][] = [
    [folders.root, 'the project folder'],
    [folders.contentDir, 'the content folder'],
    ...(folders.templatesDir ? [[folders.templatesDir, 'the templates folder'] as [string, string]] : []),
    ...(folders.cacheDir ? [[folders.cacheDir, 'the cache folder'] as [string, string]] : []),
    ...(email ? [[email.outDir, 'the output folder'] as [string, string]] : []),
  ];
  for (const [folder, name] of guarded) {
    const clash = within(folder, outDir) ? 'contains' : folder !== folders.root && within(outDir, folder) ? 'is inside' : undefined;
    if (!clash) continue;
    return [
      error({
        code: 'output-error',
        file: display,
        message: `The ${email ? 'email' : 'output'} folder "${display}" ${clash} ${name}; building there would replace it.`,
        hint: email
          ? 'Write the email files into a folder of their own, such as .edition-email (the default).'
          : 'Build into a folder of its own, such as public (the default): edition build --out public.',
      }),
    ];
  }
  return [];
}
