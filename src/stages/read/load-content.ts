/** Reads the content folder: settings, offer, the site's own wording, editions (sorted), and the list of media files. */
import { readFileSync, statSync, type BigIntStats } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, posix, relative, sep } from 'node:path';
import { error } from '../../diagnostics.js';
import type { ContentFiles, Diagnostic, EditionFile, ReadFile, SourceFile } from '../../model/index.js';

const readFromDisk: ReadFile = (path) => readFile(path);

/**
 * The largest settings, offer or edition file read, in bytes: a long edition
 * is a few tens of kilobytes. A bigger file is refused before it is read, so
 * a stray export or a runaway script cannot take the build's time and memory.
 */
export const MAX_SOURCE_BYTES = 1_000_000;

function tooLarge(file: string, bytes: number): Diagnostic {
  return error({
    code: 'too-large',
    file,
    line: 1,
    message: `The file is ${bytes.toLocaleString('en')} bytes; Edition reads content files of at most ${MAX_SOURCE_BYTES.toLocaleString('en')} bytes (1 MB).`,
    hint: 'Split the text into several editions, or put large things (pictures, audio, data) in content/media/ and link to them.',
  });
}

/** Read an edition file's text. */
export function readEdition(file: EditionFile): SourceFile {
  return { path: file.path, text: readFileSync(file.absolutePath, 'utf8') };
}

/** Read everything an edition build needs from `contentDir`; `root` makes paths in messages short. */
export async function loadContent(
  root: string,
  contentDir: string,
  read: ReadFile = readFromDisk,
): Promise<{ content: ContentFiles; diagnostics: Diagnostic[] }> {
  const diagnostics: Diagnostic[] = [];
  const display = (path: string) => relative(root, path).split(sep).join('/');
  const content: ContentFiles = { editions: [], media: [] };

  if (!(await isDirectory(contentDir))) {
    diagnostics.push(
      error({
        code: 'missing-file',
        file: display(contentDir) || '.',
        message: 'The content folder does not exist.',
        hint: 'Run the build from the project folder, or create content/ with site.yml and editions/.',
      }),
    );
    return { content, diagnostics };
  }

  const sitePath = join(contentDir, 'site.yml');
  const site = await readText(read, sitePath, display(sitePath));
  if (site && 'severity' in site) diagnostics.push(site);
  else if (site) content.site = site;
  else
    diagnostics.push(
      error({
        code: 'missing-file',
        file: display(sitePath),
        message: 'The publication settings file is missing.',
        hint: 'Create content/site.yml with at least title, url and description (see the README).',
      }),
    );

  const offerPath = join(contentDir, 'offer.md');
  const offer = await readText(read, offerPath, display(offerPath));
  if (offer && 'severity' in offer) diagnostics.push(offer);
  else if (offer) content.offer = offer;

  const stringsPath = join(contentDir, 'strings.yml');
  const strings = await readText(read, stringsPath, display(stringsPath));
  if (strings && 'severity' in strings) diagnostics.push(strings);
  else if (strings) content.strings = strings;

  content.editions = (await listEditionFiles(root, contentDir)).filter((file) => {
    const bytes = stampBytes(file.stamp);
    if (bytes > MAX_SOURCE_BYTES) diagnostics.push(tooLarge(file.path, bytes));
    return bytes <= MAX_SOURCE_BYTES;
  });

  const mediaDir = join(contentDir, 'media');
  content.media = await Promise.all(
    (await listFiles(mediaDir)).map(async (path) => {
      const info = await stat(path, { bigint: true });
      return {
        src: posix.join('media', relative(mediaDir, path).split(sep).join('/')),
        absolutePath: path,
        bytes: Number(info.size),
        mtimeMs: Number(info.mtimeMs),
        stamp: stampOf(info),
      };
    }),
  );
  return { content, diagnostics };
}

/** The Markdown files in content/editions/, sorted by path, each with its stamp. */
export async function listEditionFiles(root: string, contentDir: string): Promise<EditionFile[]> {
  const editionPaths = (await listFiles(join(contentDir, 'editions'))).filter((p) => p.endsWith('.md'));
  // Every listed path is under root: cutting the prefix is path.relative() without its cost per file.
  const prefix = root.endsWith(sep) ? root : root + sep;
  const toPosix = sep === '/' ? (path: string) => path : (path: string) => path.split(sep).join('/');
  const short = (path: string) => toPosix(path.startsWith(prefix) ? path.slice(prefix.length) : relative(root, path));
  // Synchronous stats of many small files beat thousands of promise round trips through the thread pool.
  return editionPaths.map((path) => {
    const info = statSync(path, { bigint: true });
    return { path: short(path), absolutePath: path, stamp: stampOf(info) };
  });
}

/** Size, times and inode: changes whenever the file's bytes do, even when its size and mtime are put back. */
function stampOf(info: BigIntStats): string {
  return `${info.size}:${info.mtimeNs}:${info.ctimeNs}:${info.ino}`;
}

/** The size in bytes an edition file's stamp starts with. */
function stampBytes(stamp: string): number {
  return Number(stamp.slice(0, stamp.indexOf(':')));
}

/** The file's text; a diagnostic when it is too large to read; undefined when it does not exist. */
async function readText(read: ReadFile, path: string, display: string): Promise<SourceFile | Diagnostic | undefined> {
  try {
    const { size } = await stat(path);
    if (size > MAX_SOURCE_BYTES) return tooLarge(display, size);
    return { path: display, text: (await read(path)).toString('utf8') };
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw cause;
  }
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/** Every file below `dir`, sorted by path so builds are deterministic; [] when it does not exist. Hidden files are skipped. */
export async function listFiles(dir: string): Promise<string[]> {
  if (!(await isDirectory(dir))) return [];
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  // Whether a folder is hidden is decided once per folder, not once per file (10,000 editions share one).
  const hidden = new Map<string, boolean>();
  const inHiddenFolder = (folder: string) => {
    let answer = hidden.get(folder);
    if (answer === undefined) hidden.set(folder, (answer = relative(dir, folder).split(sep).some((part) => part.startsWith('.'))));
    return answer;
  };
  const files: string[] = [];
  for (const entry of entries) {
    const folder = entry.parentPath ?? (entry as unknown as { path: string }).path;
    if (entry.isFile() && !entry.name.startsWith('.') && !inHiddenFolder(folder)) files.push(`${folder}${sep}${entry.name}`);
  }
  return files.sort();
}
