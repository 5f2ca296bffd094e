/**
 * Edition as a newsroom gets it: this repository packed as `npm publish`
 * would pack it (the prepack script included: the bundle when stale, the
 * API's declarations), the tarball installed into an empty folder, a
 * publication started there with `edition init`, given email and podcast
 * settings and a narrated edition, then built with the installed command
 * and checked by parsing what it wrote.
 *
 * Packing runs the pack scripts rather than --ignore-scripts: the
 * declarations in dist/types/ exist only after prepack, and the test then
 * covers the very files a publish ships. The bundle is already made by the
 * global setup, so prepack only emits the declarations (about 10 s).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { appendFile, copyFile, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attribute, parseHtml } from '../helpers/html.js';
import { NARRATION, REPO } from '../helpers/site.js';
import { removeTemp } from '../helpers/temp.js';

const URL_ROOT = 'https://gazette.example.org/';
const ARTWORK = join(REPO, 'content/media/podcast-artwork.png');
const SEED_EDITION = join(REPO, 'content/editions/2024-03-12-punching-back.md');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * A command as a newsroom types it. The npm_* variables of an `npm test`
 * around this run are left out: they describe this repository (its
 * package.json, its prefix), not the publication's folder.
 */
function run(command: string, args: readonly string[], cwd: string): Promise<Run> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name) && name !== 'INIT_CWD'));
  return new Promise((resolve) => {
    execFile(command, args, { cwd, env, timeout: 120_000, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

async function ok(command: string, args: readonly string[], cwd: string): Promise<Run> {
  const result = await run(command, args, cwd);
  if (result.code !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.code}:\n${result.stdout}\n${result.stderr}`);
  return result;
}

/** Every file under `dir`, relative, with "/". */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false, isArray: (name) => name === 'item' || name === 'entry' });

describe('the packed package, installed into an empty folder', () => {
  let packDir: string | undefined;
  let app: string | undefined;
  let tarball: string;
  let packed: string[];
  let init: Run;
  let build: Run;
  let check: Run;
  let npmBuild: Run;
  let today: string;
  const site = () => join(app!, 'public');
  const read = (path: string) => readFileSync(join(app!, path), 'utf8');

  beforeAll(async () => {
    packDir = mkdtempSync(join(tmpdir(), 'edition-pack-'));
    app = mkdtempSync(join(tmpdir(), 'edition-newsroom-'));
    const pack = await ok('npm', ['pack', '--json', '--pack-destination', packDir], REPO);
    const [manifest] = JSON.parse(pack.stdout.slice(pack.stdout.indexOf('['))) as { filename: string; files: { path: string }[] }[];
    tarball = join(packDir, manifest!.filename);
    packed = manifest!.files.map((file) => file.path);

    await ok('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], app);
    const utcDay = () => new Date().toISOString().slice(0, 10);
    const before = utcDay();
    init = await ok('npx', ['--no', 'edition', 'init', '--title', 'The Test Gazette', '--url', URL_ROOT, '--timezone', 'UTC'], app);
    // The first edition is dated today in the time zone given (a run across midnight may see either day).
    today = readdirSync(join(app, 'content/editions')).find((name) => name.endsWith('-welcome.md'))?.slice(0, 10) ?? 'none';
    if (today !== before && today !== utcDay()) throw new Error(`edition init dated its first edition ${today}, not today (${before}) in UTC`);

    // What an editor adds next: the email and podcast settings, and a narrated edition with its audio and the show's artwork.
    await appendFile(
      join(app, 'content/site.yml'),
      [
        'podcast:',
        '  image: media/podcast-artwork.png',
        '  category: News',
        '  owner:',
        '    name: The Test Gazette',
        '    email: podcast@gazette.example.org',
        'email:',
        '  service: mailchimp',
        '  address: The Test Gazette, 1 Example Street, Springfield',
        '  from: The Test Gazette <brief@gazette.example.org>',
        '',
      ].join('\n'),
    );
    await mkdir(join(app, 'content/media'), { recursive: true });
    await copyFile(NARRATION, join(app, 'content/media/2024-03-12-punching-back.mp3'));
    await copyFile(ARTWORK, join(app, 'content/media/podcast-artwork.png'));
    await writeFile(join(app, 'content/editions/2024-03-12-punching-back.md'), readFileSync(SEED_EDITION));

    build = await run('npx', ['--no', 'edition', 'build'], app);
    check = await run('npx', ['--no', 'edition', 'check'], app);
    npmBuild = await run('npm', ['run', 'build'], app);
  }, 240_000);

  afterAll(async () => {
    await removeTemp(packDir);
    await removeTemp(app);
  });

  it('packs what the installed command needs and nothing of the repository', () => {
    for (const file of ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'dist/cli.js', 'dist/index.js', 'dist/worker.js', 'dist/engine-fingerprint.txt', 'dist/types/index.d.ts', 'templates/layouts/base.liquid', 'starter/content/site.yml', 'fonts/NotoSerif_700Bold.ttf', 'fonts/NotoSans_400Regular.ttf', 'fonts/NotoNaskhArabic_700Bold.ttf', 'fonts/OFL-NotoSerif-NotoSans.txt']) {
      expect(packed, file).toContain(file);
    }
    const stray = packed.filter((file) => /^(src|tests|bench|content|scripts|node_modules|\.ci)\//.test(file) || file.endsWith('.map') || file === 'dist/sources.txt');
    expect(stray).toEqual([]);
  });

  it('installs without the repository: no tests, sources, benchmark or seed content in node_modules/edition', () => {
    const installed = join(app!, 'node_modules/edition');
    for (const folder of ['tests', 'src', 'bench', 'content', 'scripts']) expect(existsSync(join(installed, folder)), folder).toBe(false);
    expect(filesUnder(installed)).toEqual([...packed].sort());
    // The libraries the bundle carries are not installed again; what it loads from disk is.
    const modules = readdirSync(join(app!, 'node_modules'));
    for (const name of ['piscina', 'pagefind', '@resvg']) expect(modules, name).toContain(name);
    // The share images' three fonts are Edition's own files (fonts/), not the packages of every weight they come from.
    for (const name of ['liquidjs', 'zod', 'unified', 'nodemailer', 'juice', '@expo-google-fonts']) expect(modules, name).not.toContain(name);
  });

  it('edition init fills the folder npm made, keeping its package.json and adding the scripts', () => {
    // Every starter file the package carries, under the name init gives it (dot-files are shipped without their dot).
    const written = filesUnder(join(REPO, 'starter')).map((file) =>
      file === 'content/editions/welcome.md' ? `content/editions/${today}-welcome.md` : file.replace(/^(gitignore|github\/)/, '.$1'),
    );
    expect(written).toContain('.gitignore');
    for (const file of [...written, 'content/media/.gitkeep']) {
      expect(existsSync(join(app!, file)), file).toBe(true);
      expect(init.stdout, file).toContain(file);
    }
    const manifest = JSON.parse(read('package.json')) as { dependencies: Record<string, string>; scripts: Record<string, string> };
    expect(manifest.dependencies.edition).toMatch(/^file:.*\.tgz$/);
    expect(manifest.scripts).toMatchObject({ build: 'edition build', dev: 'edition dev', check: 'edition check', new: 'edition new' });
  });

  it('builds, checks, and builds again through npm run build', () => {
    expect(build.stderr).toBe('');
    expect(build.code, build.stdout).toBe(0);
    expect(build.stdout).toMatch(/Built \d+ pages .*: 2 editions published/);
    expect(build.stdout).toMatch(/Email: 2 editions in \.edition-email/);
    expect(build.stdout).toMatch(/Search: 2 yearly indexes/);
    expect(check.code, check.stdout + check.stderr).toBe(0);
    expect(check.stdout).toMatch(/Checked 2 editions .*: (no problems|0 errors)/);
    expect(npmBuild.code, npmBuild.stdout + npmBuild.stderr).toBe(0);
    expect(npmBuild.stdout).toMatch(/2 editions published/);
  });

  it('writes the home page and the edition page', () => {
    const home = parseHtml(readFileSync(join(site(), 'index.html'), 'utf8'));
    expect(home.attr('html', 'lang')).toBe('en');
    const links = home.all('a[href]').map((a) => attribute(a, 'href'));
    expect(links).toContain('2024/03/12/punching-back/');
    expect(links).toContain(`${today.replaceAll('-', '/')}/welcome/`);

    const page = parseHtml(readFileSync(join(site(), '2024/03/12/punching-back/index.html'), 'utf8'));
    expect(page.text('h1')).toBe('Punching Back');
    expect(page.attr('link[rel="canonical"]', 'href')).toBe(`${URL_ROOT}2024/03/12/punching-back/`);
    expect(page.attr('audio source', 'src')).toBe('../../../../media/2024-03-12-punching-back.mp3');
  });

  it('draws the share image the edition page names', () => {
    const page = parseHtml(readFileSync(join(site(), '2024/03/12/punching-back/index.html'), 'utf8'));
    const image = page.attr('meta[property="og:image"]', 'content')!;
    expect(image).toBe(`${URL_ROOT}share/2024/03/12/punching-back.png`);
    const png = readFileSync(join(site(), image.slice(URL_ROOT.length)));
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });

  it('writes the feed and the podcast with its enclosure', () => {
    const feed = xml.parse(readFileSync(join(site(), 'feed.xml'), 'utf8')) as { rss: { channel: { item: { title: string; link: string }[] } } };
    expect(feed.rss.channel.item.map((item) => item.title)).toEqual(['Welcome to The Test Gazette', 'Punching Back']);

    const podcast = xml.parse(readFileSync(join(site(), 'podcast.xml'), 'utf8')) as {
      rss: { channel: { 'itunes:image': { '@href': string }; item: { title: string; enclosure: Record<string, string> }[] } };
    };
    const { channel } = podcast.rss;
    expect(channel['itunes:image']['@href']).toBe(`${URL_ROOT}media/podcast-artwork.png`);
    expect(channel.item.map((item) => item.title)).toEqual(['Punching Back']);
    expect(channel.item[0]!.enclosure).toEqual({
      '@url': `${URL_ROOT}media/2024-03-12-punching-back.mp3`,
      '@length': String(statSync(NARRATION).size),
      '@type': 'audio/mpeg',
    });
    expect(statSync(join(site(), 'media/2024-03-12-punching-back.mp3')).size).toBe(statSync(NARRATION).size);
  });

  it('writes the search page and a Pagefind index for each year it names', () => {
    const search = parseHtml(readFileSync(join(site(), 'search/index.html'), 'utf8'));
    expect(search.maybe('form[role="search"]')).toBeDefined();
    const box = search.one('[data-search]');
    // One index per year: this year's holds the welcome edition and Pagefind's program; 2024's the narrated one.
    const primary = attribute(box, 'data-bundle');
    const others = (attribute(box, 'data-indexes') ?? '').split(/\s+/).filter(Boolean);
    expect([primary, ...others]).toEqual([`/pagefind/${today.slice(0, 4)}/`, '/pagefind/2024/']);
    for (const bundle of [primary!, ...others]) {
      const entry = JSON.parse(readFileSync(join(site(), bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
      expect(entry.languages.en?.page_count, bundle).toBe(1);
    }
    expect(existsSync(join(site(), primary!, 'pagefind.js'))).toBe(true);
  });

  it('writes the email edition outside the site', () => {
    const html = parseHtml(read('.edition-email/2024/03/12/punching-back.html'));
    expect(html.text('h1')).toBe('Punching Back');
    expect(html.all('a[href]').map((a) => attribute(a, 'href'))).toContain(`${URL_ROOT}2024/03/12/punching-back/`);
    expect(read('.edition-email/2024/03/12/punching-back.txt')).toMatch(/^Punching Back <https:\/\/gazette\.example\.org\/2024\/03\/12\/punching-back\/>$/m);
    expect(existsSync(join(site(), '2024/03/12/punching-back.html'))).toBe(false);
  });

  it("serves the API from the package's exports, with its declarations", async () => {
    const api = await ok(process.execPath, ['--input-type=module', '-e', "const { build } = await import('edition'); const r = await build({ root: '.', write: false }); console.log(r.files.length, typeof (await import('edition/package.json', { with: { type: 'json' } })).default.version);"], app!);
    expect(api.stdout.trim()).toMatch(/^\d+ string$/);
    // CommonJS callers too: Node 20.19 and later require() an ES module without top-level await.
    const required = await ok(process.execPath, ['-e', "console.log(typeof require('edition').build)"], app!);
    expect(required.stdout.trim()).toBe('function');
    await writeFile(join(app!, 'consumer.mts'), "import { build, type BuildOptions, type Diagnostic } from 'edition';\nconst options: BuildOptions = { root: '.', write: false };\nconst problems: Diagnostic[] = (await build(options)).diagnostics;\nexport const count: number = problems.length;\n");
    const tsc = await run(process.execPath, [join(REPO, 'node_modules/typescript/bin/tsc'), '--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--skipLibCheck', '--types', 'node', '--typeRoots', join(REPO, 'node_modules/@types'), 'consumer.mts'], app!);
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.code).toBe(0);
  });
});
