/**
 * `edition init`: a new publication from the starter files shipped with
 * Edition (starter/), filled in with its title, address, language and time
 * zone. Planned first (pure, checked with the same rules as a build), then
 * written only when none of its files exists yet, so nothing is overwritten.
 */
import { existsSync, statSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, sep } from 'node:path';
import { stringify } from 'yaml';
import { listFiles } from '../stages/read/load-content.js';
import { isoInZone } from '../util/dates.js';

export interface InitRequest {
  /** The publication's folder (it may not exist yet). */
  dir: string;
  title?: string | undefined;
  url?: string | undefined;
  language: string;
  timezone: string;
  /** The current time in ms: the first edition is dated today in `timezone`. */
  now: number;
  /** Edition's version, for the new package.json's dependency. */
  version: string;
}

export interface InitFile {
  /** Relative to the publication's folder, with "/". */
  path: string;
  text: string;
  /** An existing file brought up to date (package.json, .gitignore), not a new one. */
  update?: boolean;
}

export interface InitPlan {
  title: string;
  url: string;
  /** The first edition, relative to the publication's folder. */
  firstEdition: string;
  files: InitFile[];
  /** The lines added to an existing .gitignore (none: it had them all); undefined when it is new. */
  gitignoreAdded?: string[];
}

/** Starter files whose names change when copied: npm leaves dot-files out of packages or renames them. */
const RENAMED: Record<string, string> = { gitignore: '.gitignore', 'github/workflows/publish.yml': '.github/workflows/publish.yml' };

/**
 * The files of the new publication, filled in; nothing is read but the
 * starter and an existing .gitignore (a repository made on GitHub may come
 * with one), nothing is written.
 */
export async function planInit(starterDir: string, request: InitRequest): Promise<InitPlan> {
  const title = request.title?.replace(/\s+/g, ' ').trim() || titleFromFolder(request.dir);
  const url = request.url ?? 'https://example.com/';
  const date = isoInZone(request.now, knownZone(request.timezone) ? request.timezone : 'UTC').slice(0, 10);
  const values: Record<string, string> = {
    title,
    url,
    language: request.language,
    timezone: request.timezone,
    date,
    welcome_headline: `Welcome to ${title}`,
    offer_headline: `Subscribe, and ${title} will be in your inbox every morning`,
    address_example: `${title}, 1 Example Street, City, Country`,
    from_example: `${title} <brief@example.com>`,
  };
  const firstEdition = `content/editions/${date}-welcome.md`;
  const files: InitFile[] = [];
  for (const path of await listFiles(starterDir)) {
    const name = relative(starterDir, path).split(sep).join('/');
    const target = name === 'content/editions/welcome.md' ? firstEdition : (RENAMED[name] ?? name);
    files.push({ path: target, text: fill(await readFile(path, 'utf8'), values) });
  }
  // Git keeps no empty folder: the marker keeps media/ in the repository (hidden files are never read as media).
  files.push({ path: 'content/media/.gitkeep', text: '' });
  const gitignore = await mergeGitignore(request.dir, files);
  return { title, url, firstEdition, files: files.sort((a, b) => (a.path < b.path ? -1 : 1)), ...gitignore };
}

/**
 * An existing .gitignore keeps every line and gets those of the starter's it
 * lacks, at its end; one that has them all is left out of the plan.
 */
async function mergeGitignore(dir: string, files: InitFile[]): Promise<{ gitignoreAdded?: string[] }> {
  const index = files.findIndex((file) => file.path === '.gitignore');
  const path = join(dir, '.gitignore');
  if (index < 0 || !existsSync(path) || !statSync(path).isFile()) return {};
  const existing = await readFile(path, 'utf8');
  // "public", "public/", "/public" and "/public/" all keep public/ out of git.
  const pattern = (line: string) => line.trim().replace(/^\//, '').replace(/\/$/, '');
  const have = new Set(existing.split(/\r?\n/).map(pattern));
  const added = files[index]!.text.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('#') && !have.has(pattern(line)));
  if (added.length === 0) {
    files.splice(index, 1);
    return { gitignoreAdded: [] };
  }
  const newline = existing.includes('\r\n') ? '\r\n' : '\n';
  const end = existing === '' || existing.endsWith('\n') ? '' : newline;
  const text = `${existing}${end}${newline}${['# Made by Edition: built again by every build, never committed.', ...added].join(newline)}${newline}`;
  files[index] = { path: '.gitignore', text, update: true };
  return { gitignoreAdded: added };
}

/** Whether the zone exists; an unknown one is reported by settingsProblems(), in the build's words. */
function knownZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** `{{ name }}` as it is (for prose and comments), `{{ name | yaml }}` as a YAML scalar (for values). */
function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{\{ (\w+)( \| yaml)? \}\}/g, (whole, name: string, yaml?: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    return yaml ? stringify(value, { lineWidth: 0 }).trimEnd() : value;
  });
}

/** "my-paper" → "My Paper": a title to start with, from the folder's name. */
function titleFromFolder(dir: string): string {
  const words = basename(dir).split(/[-_.\s]+/).filter(Boolean);
  return words.length > 0 ? words.map((word) => word[0]!.toUpperCase() + word.slice(1)).join(' ') : 'My Publication';
}

/** Scripts the publication's package.json gets: every day's commands, through the installed Edition. */
export const SCRIPTS: Record<string, string> = { build: 'edition build', dev: 'edition dev', check: 'edition check', new: 'edition new' };

/**
 * The publication's package.json: a new one, or the existing one (say, from
 * `npm install edition`) with the scripts it lacks. Existing scripts and
 * fields are kept as they are; `kept` names the scripts that differ.
 */
export async function planPackageJson(dir: string, version: string): Promise<
  { ok: true; file: InitFile; existed: boolean; added: string[]; kept: string[] } | { ok: false; message: string }
> {
  const path = join(dir, 'package.json');
  if (!existsSync(path)) {
    const manifest = {
      name: basename(dir).toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[._-]+/, '') || 'publication',
      private: true,
      description: 'A publication made with Edition.',
      scripts: SCRIPTS,
      dependencies: { edition: `^${version}` },
    };
    return { ok: true, file: { path: 'package.json', text: `${JSON.stringify(manifest, null, 2)}\n` }, existed: false, added: Object.keys(SCRIPTS), kept: [] };
  }
  const text = await readFile(path, 'utf8');
  let manifest: unknown;
  try {
    manifest = JSON.parse(text);
  } catch {
    return { ok: false, message: 'package.json is there but is not valid JSON: fix it or move it away, then run edition init again.' };
  }
  if (!isObject(manifest)) return { ok: false, message: 'package.json is there but is not a JSON object ({ … }): fix it or move it away, then run edition init again.' };
  for (const field of ['scripts', 'dependencies'] as const) {
    if (manifest[field] !== undefined && !isObject(manifest[field])) {
      return { ok: false, message: `package.json's "${field}" is not an object of names and values: fix it, then run edition init again.` };
    }
  }
  const scripts = { ...(manifest.scripts as Record<string, unknown> | undefined) };
  const added = Object.keys(SCRIPTS).filter((name) => scripts[name] === undefined);
  const kept = Object.keys(SCRIPTS).filter((name) => scripts[name] !== undefined && scripts[name] !== SCRIPTS[name]);
  for (const name of added) scripts[name] = SCRIPTS[name]!;
  const depends = ['dependencies', 'devDependencies'].some((field) => isObject(manifest[field]) && manifest[field].edition !== undefined);
  const next = { ...manifest, scripts, ...(depends ? {} : { dependencies: { ...(manifest.dependencies as object | undefined), edition: `^${version}` } }) };
  // The file keeps its own indentation (tabs, four spaces) and line ending; an unchanged one is written back as it was.
  const indent = /^[{[][\r\n]+([ \t]+)\S/.exec(text)?.[1] ?? '  ';
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const changed = added.length > 0 || !depends;
  const updated = changed ? `${JSON.stringify(next, null, indent).replace(/\n/g, newline)}${newline}` : text;
  return { ok: true, file: { path: 'package.json', text: updated, update: true }, existed: true, added, kept };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * What stands in the way of writing `files` into `dir`: each planned file
 * that exists already, and each folder on the way that is a file. When
 * there is any, nothing may be written.
 */
export function existingFiles(dir: string, files: readonly InitFile[]): string[] {
  const found = new Set<string>();
  if (existsSync(dir) && !statSync(dir).isDirectory()) return ['.'];
  for (const file of files) {
    if (file.update) continue;
    const parts = file.path.split('/');
    for (let depth = 1; depth <= parts.length; depth++) {
      const path = parts.slice(0, depth).join('/');
      if (!existsSync(join(dir, path))) break;
      const isLast = depth === parts.length;
      if (isLast || !statSync(join(dir, path)).isDirectory()) {
        found.add(path);
        break;
      }
    }
  }
  return [...found].sort();
}

/**
 * Write every file; the caller has checked that no new one exists. When a
 * write fails (a full disk, no permission), the files this call made are
 * removed and the updated ones put back as they were, so the folder is as it
 * was and `init` can simply be run again.
 */
export async function writeInit(dir: string, files: readonly InitFile[]): Promise<void> {
  const made: string[] = [];
  const originals = await Promise.all(files.filter((file) => file.update).map(async (file) => [join(dir, file.path), await readFile(join(dir, file.path))] as const));
  try {
    for (const file of files) {
      const path = join(dir, file.path);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, file.text, { flag: file.update ? 'w' : 'wx' });
      if (!file.update) made.push(path);
    }
  } catch (cause) {
    await Promise.all(made.map((path) => rm(path, { force: true })));
    await Promise.all(originals.map(([path, bytes]) => writeFile(path, bytes).catch(() => {})));
    throw cause;
  }
}

/** What is wrong with the planned settings, by the rules a build applies, as (field, message) pairs. */
export async function settingsProblems(plan: InitPlan): Promise<{ field: string; message: string }[]> {
  const [{ parseYamlFile }, { resolveSiteConfig }] = await Promise.all([import('../stages/read/parse-yaml-file.js'), import('../stages/validate/validate-settings.js')]);
  const site = plan.files.find((file) => file.path === 'content/site.yml');
  if (!site) return [{ field: 'site.yml', message: "Edition's starter has no content/site.yml: install Edition again." }];
  const parsed = parseYamlFile({ path: site.path, text: site.text });
  const resolved = parsed.ok ? resolveSiteConfig(parsed.document) : parsed;
  return resolved.ok ? [] : resolved.diagnostics.filter((d) => d.severity === 'error').map((d) => ({ field: d.field ?? '', message: d.message }));
}
