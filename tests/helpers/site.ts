/**
 * Sites for tests: a real project folder in a temp dir, written from an inline
 * file map (Hugo style), built with the real templates. A project made inside a
 * test is removed when the test finishes; one made in beforeAll is the file's
 * to remove (see ./temp.ts).
 */
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type BuildOptions, type BuildResult } from '../../src/build.js';
import { BuildFailedError } from '../../src/diagnostics.js';
import type { Diagnostic } from '../../src/model/index.js';
import { tempDir } from './temp.js';

export const REPO = fileURLToPath(new URL('../..', import.meta.url));
export const TEMPLATES = join(REPO, 'templates');
export const NARRATION = join(REPO, 'content/media/2024-03-12-punching-back.mp3');

/** A fixed "now" after every fixture edition, so drafts/future logic is reproducible. */
export const NOW = Date.parse('2026-11-25T12:00:00Z');

/**
 * The test site's settings. Search is off: a search index costs every build that makes one a Pagefind run (some
 * 0.2 s even for one edition), and the suite makes hundreds of builds. Search is tested with SITE_YML_WITH_SEARCH
 * (tests/e2e/search.test.ts, tests/browser/search.test.ts, the crash tests) and by every test of the seed site,
 * whose settings leave it on, as a newsroom's do.
 */
export const SITE_YML = `title: The Daily Test
url: https://news.example.org/
language: en
description: A test publication.
timezone: UTC
search: false
`;

/** SITE_YML as a newsroom's settings are by default: with search. */
export const SITE_YML_WITH_SEARCH = SITE_YML.replace('search: false\n', '');

export const OFFER_MD = `---
price: 32.95
currency: USD
period: year
trial_days: 14
url: https://shop.example.org/subscribe
cta: Subscribe
---
Good journalism costs money.
`;

/** Front matter + body for an edition file. */
export function edition(fields: Record<string, string>, body = 'A first paragraph.\n\nA second paragraph.\n'): string {
  const lines = Object.entries(fields).map(([key, value]) => `${key}: ${value}`);
  return `---\n${lines.join('\n')}\n---\n${body}`;
}

/** Write `files` (paths relative to the project) into a new temp project folder (see tempDir() for its removal). */
export async function makeProject(files: Record<string, string | Buffer>): Promise<string> {
  const root = tempDir('edition-test-');
  for (const [path, contents] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), contents);
  }
  return root;
}

/** A minimal valid site plus `files`; entries set to null are left out. */
export function siteFiles(files: Record<string, string | Buffer | null> = {}): Record<string, string | Buffer> {
  const all: Record<string, string | Buffer | null> = {
    'content/site.yml': SITE_YML,
    'content/offer.md': OFFER_MD,
    ...files,
  };
  return Object.fromEntries(Object.entries(all).filter((entry): entry is [string, string | Buffer] => entry[1] !== null));
}

export interface BuiltSite extends BuildResult {
  root: string;
  read(path: string): Promise<string>;
}

/** Build a project folder with the repository's templates. */
export async function buildProject(root: string, options: BuildOptions = {}): Promise<BuiltSite> {
  const result = await build({ root, templatesDir: TEMPLATES, now: NOW, ...options });
  return { ...result, root, read: (path) => readFile(join(result.outDir, path), 'utf8') };
}

/** Build inline files; the usual entry point of tests. */
export async function buildFiles(files: Record<string, string | Buffer | null>, options: BuildOptions = {}): Promise<BuiltSite> {
  return buildProject(await makeProject(siteFiles(files)), options);
}

/** Build inline files that must fail, and return the diagnostics. */
export async function buildErrors(files: Record<string, string | Buffer | null>, options: BuildOptions = {}): Promise<Diagnostic[]> {
  try {
    await buildFiles(files, options);
  } catch (cause) {
    if (cause instanceof BuildFailedError) return cause.diagnostics;
    throw cause;
  }
  throw new Error('expected the build to fail');
}

/** Copy the repository's real content/ into a temp project (see tempDir() for its removal). */
export async function seedProject(): Promise<string> {
  const root = tempDir('edition-seed-');
  await cp(join(REPO, 'content'), join(root, 'content'), { recursive: true });
  return root;
}
