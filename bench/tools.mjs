/**
 * The three site generators under test, each as: how to run it on a corpus,
 * how to make the next build cold, and where it writes an edition's page.
 * Eleventy is installed into bench/.tools/ (never a dependency of Edition);
 * Hugo is the system's (Debian package `hugo`) and skipped when absent.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('..', import.meta.url));
export const TOOLS_DIR = join(REPO, 'bench/.tools');
/** Pinned so numbers stay comparable from one run to the next; change here to compare another release. */
export const ELEVENTY_VERSION = '3.1.8';
/**
 * Edition's build cache lives in folders under the project root whose names start with this;
 * a cold build deletes every one of them (and public/) first.
 */
export const EDITION_CACHE_PREFIX = '.edition-cache';

const removeAll = (dir, names) => names.forEach((name) => rmSync(join(dir, name), { recursive: true, force: true }));

/**
 * Pages `dir/a/b/…/index.html` at `levels.length` folders below `dir`, where each
 * folder name matches its pattern (so Edition's YYYY/MM/DD/slug/ is not confused
 * with, say, tags/x/page/2/).
 */
function countPages(dir, levels) {
  if (!existsSync(dir)) return 0;
  if (levels.length === 0) return existsSync(join(dir, 'index.html')) ? 1 : 0;
  const [pattern, ...rest] = levels;
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && pattern.test(entry.name))
    .reduce((sum, entry) => sum + countPages(join(dir, entry.name), rest), 0);
}
const ANY = /^/;

function editionVersion() {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src', 'templates', 'package.json'], { cwd: REPO, encoding: 'utf8' }).trim();
    return dirty ? `${commit}+uncommitted` : commit;
  } catch {
    return 'unknown';
  }
}

export const edition = {
  id: 'edition',
  label: 'Edition',
  prepare() {
    if (!existsSync(join(REPO, 'dist/cli.js'))) {
      spawnSync(process.execPath, [join(REPO, 'scripts/bundle.mjs')], { cwd: REPO, stdio: ['ignore', 2, 2] });
    }
    this.version = editionVersion();
    return existsSync(join(REPO, 'dist/cli.js')) ? undefined : 'dist/cli.js missing and bundling failed';
  },
  project: (corpus) => join(corpus.dir, 'edition'),
  command: (corpus) => [process.execPath, [join(REPO, 'dist/cli.js'), 'build', '--root', edition.project(corpus), '--quiet']],
  clean(corpus) {
    const dir = edition.project(corpus);
    removeAll(dir, ['public', ...readdirSync(dir).filter((name) => name.startsWith(EDITION_CACHE_PREFIX))]);
  },
  page: (corpus, e) => join(edition.project(corpus), 'public', ...e.day.split('-'), e.slug, 'index.html'),
  countPages: (corpus) => countPages(join(edition.project(corpus), 'public'), [/^\d{4}$/, /^\d{2}$/, /^\d{2}$/, ANY]),
};

/**
 * The same builds as a user runs them, through the README's command
 * (`npm run build`, from the repository, on the corpus as --root): npm's
 * start-up and the launcher's staleness check (scripts/edition.mjs) included.
 */
export const editionNpm = {
  ...edition,
  id: 'edition-npm',
  label: 'Edition (npm run build)',
  /** Which of the corpus's projects it builds (see corpus.mjs). */
  format: 'edition',
  cwd: () => REPO,
  command: (corpus) => ['npm', ['run', 'build', '--silent', '--', '--root', edition.project(corpus), '--quiet']],
};

const eleventyCli = join(TOOLS_DIR, 'node_modules/@11ty/eleventy/cmd.cjs');

function installedEleventy() {
  try {
    return JSON.parse(readFileSync(join(TOOLS_DIR, 'node_modules/@11ty/eleventy/package.json'), 'utf8')).version;
  } catch {
    return undefined;
  }
}

export const eleventy = {
  id: 'eleventy',
  label: 'Eleventy',
  prepare() {
    if (installedEleventy() !== ELEVENTY_VERSION) {
      process.stderr.write(`Installing @11ty/eleventy@${ELEVENTY_VERSION} into bench/.tools/ (for the benchmark only)…\n`);
      mkdirSync(TOOLS_DIR, { recursive: true });
      writeFileSync(join(TOOLS_DIR, 'package.json'), `${JSON.stringify({ name: 'edition-bench-tools', private: true }, null, 2)}\n`);
      spawnSync('npm', ['install', '--prefix', TOOLS_DIR, '--no-audit', '--no-fund', `@11ty/eleventy@${ELEVENTY_VERSION}`], { stdio: ['ignore', 2, 2] });
    }
    this.version = installedEleventy();
    return this.version ? undefined : `npm could not install @11ty/eleventy@${ELEVENTY_VERSION}`;
  },
  project: (corpus) => join(corpus.dir, 'eleventy'),
  command: () => [process.execPath, [eleventyCli, '--quiet']],
  clean: (corpus) => removeAll(eleventy.project(corpus), ['_site', '.cache']),
  page: (corpus, e) => join(eleventy.project(corpus), '_site/editions', e.name, 'index.html'),
  countPages: (corpus) => countPages(join(eleventy.project(corpus), '_site/editions'), [ANY]),
};

function findHugo() {
  if (existsSync('/usr/bin/hugo')) return '/usr/bin/hugo';
  const found = spawnSync('sh', ['-c', 'command -v hugo'], { encoding: 'utf8' }).stdout.trim();
  return found || undefined;
}

export const hugo = {
  id: 'hugo',
  label: 'Hugo',
  prepare() {
    this.binary = findHugo();
    if (!this.binary) return 'not installed (apt-get install -y hugo)';
    const banner = execFileSync(this.binary, ['version'], { encoding: 'utf8' });
    this.version = /v(\d+\.\d+\.\d+)/.exec(banner)?.[1] ?? banner.trim();
    return undefined;
  },
  project: (corpus) => join(corpus.dir, 'hugo'),
  command: (corpus) => [hugo.binary, ['--quiet', '--cacheDir', join(hugo.project(corpus), '.hugo-cache')]],
  clean: (corpus) => removeAll(hugo.project(corpus), ['public', 'resources', '.hugo-cache', '.hugo_build.lock']),
  page: (corpus, e) => join(hugo.project(corpus), 'public/editions', e.name, 'index.html'),
  countPages: (corpus) => countPages(join(hugo.project(corpus), 'public/editions'), [ANY]),
};

export const TOOLS = { edition, 'edition-npm': editionNpm, eleventy, hugo };
