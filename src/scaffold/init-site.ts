/**
 * `edition init`: a new publication from the starter files shipped with
 * Edition (starter/), filled in with its title, address, language and time
 * zone. Planned first (pure, checked with the same rules as a build), then
 * written only when none of its files exists yet, so nothing is overwritten.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
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
}

export interface InitPlan {
  title: string;
  url: string;
  /** The first edition, relative to the publication's folder. */
  firstEdition: string;
  files: InitFile[];
}

/** Starter files whose names change when copied: npm leaves dot-files out of packages or renames them. */
const RENAMED: Record<string, string> = { gitignore: '.gitignore', 'github/workflows/publish.yml': '.github/workflows/publish.yml' };

/** The files of the new publication, filled in; nothing is read but the starter, nothing is written. */
export async function planInit(starterDir: string, request: InitRequest): Promise<InitPlan> {
  const title = request.title?.replace(/\s+/g, ' ').trim() || titleFromFolder(request.dir);
  const url = request.url ?? 'https://example.com/';
  const date = isoInZone(request.now, request.timezone).slice(0, 10);
  const values: Record<string, string> = {
    title,
    url,
    language: request.language,
    timezone: request.timezone,
    date,
    welcome_headline: `Welcome to ${title}`,
    offer_headline: `Subscribe, and ${title} will be in your inbox every morning`,
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
  return { title, url, firstEdition, files: files.sort((a, b) => (a.path < b.path ? -1 : 1)) };
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
  let manifest: Record<string, unknown>;
  try {
    manifest = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
    if (typeof manifest !== 'object' || manifest === null || Array.isArray(manifest)) throw new Error('not an object');
  } catch {
    return { ok: false, message: 'package.json is there but is not valid JSON: fix it or move it away, then run edition init again.' };
  }
  const scripts = { ...(manifest.scripts as Record<string, string> | undefined) };
  const added = Object.keys(SCRIPTS).filter((name) => scripts[name] === undefined);
  const kept = Object.keys(SCRIPTS).filter((name) => scripts[name] !== undefined && scripts[name] !== SCRIPTS[name]);
  for (const name of added) scripts[name] = SCRIPTS[name]!;
  const depends = ['dependencies', 'devDependencies'].some((field) => (manifest[field] as Record<string, unknown> | undefined)?.edition !== undefined);
  const next = { ...manifest, scripts, ...(depends ? {} : { dependencies: { ...(manifest.dependencies as object | undefined), edition: `^${version}` } }) };
  return { ok: true, file: { path: 'package.json', text: `${JSON.stringify(next, null, 2)}\n` }, existed: true, added, kept };
}

/** The planned files that exist already: when there is any, nothing may be written. */
export function existingFiles(dir: string, files: readonly InitFile[]): string[] {
  return files.filter((file) => existsSync(join(dir, file.path))).map((file) => file.path);
}

/** Write every file; the caller has checked that none of them exists (package.json aside, which is updated). */
export async function writeInit(dir: string, files: readonly InitFile[]): Promise<void> {
  for (const file of files) {
    const path = join(dir, file.path);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, file.text, { flag: file.path === 'package.json' ? 'w' : 'wx' });
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
