/**
 * `edition templates`: which of Edition's templates a site overrides, and
 * copying them out to customise ("ejecting"). Each ejected file's hash is
 * recorded in templates/.edition-templates.json, so that after an upgrade
 * Edition can say which overridden templates it has changed since: those are
 * the ones to compare, since Edition keeps using the site's copy.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { listFiles } from '../stages/read/load-content.js';

/** The record of ejected files, inside the site's templates/ (hidden: never read as a template). */
export const EJECT_RECORD = '.edition-templates.json';

interface EjectRecord {
  /** Edition's version at the last eject. */
  edition: string;
  /** Template name → SHA-256 of Edition's file when it was copied out. */
  files: Record<string, { edition: string; sha256: string }>;
}

export type TemplateState =
  /** Edition's file is used. */
  | 'built-in'
  /** The site's copy is used; Edition's file is the one it was copied from. */
  | 'own'
  /** The site's copy is used, and Edition's file has changed since it was copied out. */
  | 'own, Edition changed'
  /** The site's copy is used; not copied out by `edition templates eject`, and not the same as Edition's. */
  | 'own, not recorded'
  /** A file only the site has (a partial of its own). */
  | 'own only';

export interface TemplateStatus {
  name: string;
  state: TemplateState;
  /** For an ejected file: the Edition version it was copied from, when recorded. */
  ejectedFrom?: string;
}

/** Every template name ("edition.liquid", "partials/offer.liquid", "assets/style.css") in a folder, sorted. */
async function templateNames(dir: string): Promise<string[]> {
  return (await listFiles(dir)).map((path) => relative(dir, path).split(sep).join('/')).sort();
}

const sha256 = async (path: string) => createHash('sha256').update(await readFile(path)).digest('hex');

async function readRecord(ownDir: string): Promise<EjectRecord | undefined> {
  try {
    const parsed = JSON.parse(await readFile(join(ownDir, EJECT_RECORD), 'utf8')) as Partial<EjectRecord>;
    return typeof parsed.files === 'object' && parsed.files !== null ? { edition: String(parsed.edition), files: parsed.files } : undefined;
  } catch {
    return undefined;
  }
}

/** Each of Edition's templates and the site's own, with which one a build uses. */
export async function templateStatus(builtInDir: string, ownDir: string): Promise<TemplateStatus[]> {
  const builtIn = await templateNames(builtInDir);
  const own = new Set(existsSync(ownDir) ? await templateNames(ownDir) : []);
  const record = existsSync(ownDir) ? await readRecord(ownDir) : undefined;
  const statuses: TemplateStatus[] = [];
  for (const name of builtIn) {
    if (!own.has(name)) {
      statuses.push({ name, state: 'built-in' });
      continue;
    }
    own.delete(name);
    const ejected = record?.files[name];
    const current = await sha256(join(builtInDir, name));
    const state = ejected ? (ejected.sha256 === current ? 'own' : 'own, Edition changed') : current === (await sha256(join(ownDir, name))) ? 'own' : 'own, not recorded';
    statuses.push({ name, state, ...(ejected ? { ejectedFrom: ejected.edition } : {}) });
  }
  for (const name of own) statuses.push({ name, state: 'own only' });
  return statuses.sort((a, b) => (a.name < b.name ? -1 : 1));
}

/** What eject would copy, or the names that are not Edition templates. */
export async function resolveTemplateNames(builtInDir: string, asked: readonly string[]): Promise<{ names: string[]; unknown: string[]; all: string[] }> {
  const all = await templateNames(builtInDir);
  if (asked.length === 0) return { names: all, unknown: [], all };
  const names = new Set<string>();
  const unknown: string[] = [];
  for (const raw of asked) {
    const wanted = raw.replace(/^\.?\/+/, '').replace(/^templates\//, '');
    // "edition", "partials/offer" and "style.css" are enough to name a file.
    const exact = [wanted, `${wanted}.liquid`, `assets/${wanted}`].find((name) => all.includes(name));
    // "offer" is enough when only one template has that file name (partials/offer.liquid).
    const byBase = all.filter((name) => [wanted, `${wanted}.liquid`].includes(name.slice(name.lastIndexOf('/') + 1)));
    const match = exact ?? (byBase.length === 1 ? byBase[0] : undefined);
    // A folder ("partials", "assets") names every file in it.
    const inFolder = all.filter((name) => name.startsWith(`${wanted.replace(/\/$/, '')}/`));
    if (match) names.add(match);
    else if (inFolder.length > 0) for (const name of inFolder) names.add(name);
    else unknown.push(raw);
  }
  return { names: [...names].sort(), unknown, all };
}

/**
 * Copy `names` from Edition's templates into the site's. Nothing is copied
 * when any of them exists there already: those names are returned instead.
 */
export async function ejectTemplates(
  builtInDir: string,
  ownDir: string,
  names: readonly string[],
  version: string,
): Promise<{ ok: true; copied: string[] } | { ok: false; existing: string[] }> {
  const existing = names.filter((name) => existsSync(join(ownDir, name)));
  if (existing.length > 0) return { ok: false, existing };
  const record = (await readRecord(ownDir)) ?? { edition: version, files: {} };
  for (const name of names) {
    const target = join(ownDir, name);
    await mkdir(dirname(target), { recursive: true });
    await copyFile(join(builtInDir, name), target);
    record.files[name] = { edition: version, sha256: await sha256(target) };
  }
  record.edition = version;
  const sorted = Object.fromEntries(Object.entries(record.files).sort(([a], [b]) => (a < b ? -1 : 1)));
  await writeFile(join(ownDir, EJECT_RECORD), `${JSON.stringify({ edition: record.edition, files: sorted }, null, 2)}\n`);
  return { ok: true, copied: [...names] };
}
