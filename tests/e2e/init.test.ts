/** `edition init` from the command line: a new publication that builds as it is, never written over existing files. */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { parseHtml } from '../helpers/html.js';
import { tempDir } from '../helpers/temp.js';
import { treeDigest } from '../helpers/tree.js';

const read = (root: string, path: string) => readFile(join(root, path), 'utf8');
const listTree = async (root: string) => Object.keys(await treeDigest(root));

/** Today's UTC date, and tomorrow's in case the clock passes midnight between the command and the check. */
function todayUtc(): string[] {
  return [0, 86_400_000].map((later) => new Date(Date.now() + later).toISOString().slice(0, 10));
}

describe('edition init', () => {
  it('starts a publication in a new folder that builds and checks as it is, and says what to do next', async () => {
    const parent = tempDir();
    const run = await runCli(['init', 'morning-brief', '--timezone', 'UTC'], { cwd: parent });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const root = join(parent, 'morning-brief');
    const files = (await listTree(root)).sort();
    const [edition] = files.filter((path) => path.startsWith('content/editions/'));
    expect(todayUtc().map((day) => `content/editions/${day}-welcome.md`)).toContain(edition);
    expect(files).toEqual(
      ['.github/workflows/publish.yml', '.gitignore', edition, 'content/media/.gitkeep', 'content/offer.md', 'content/site.yml', 'package.json'].sort(),
    );
    expect(run.stdout).toContain('Started "Morning Brief" in morning-brief/:');
    expect(run.stdout).toMatch(/Next:\n  cd morning-brief\n  npm install +installs Edition\n  npm run dev /);

    const site = parse(await read(root, 'content/site.yml')) as Record<string, unknown>;
    expect(site).toEqual({
      title: 'Morning Brief',
      url: 'https://example.com/',
      language: 'en',
      timezone: 'UTC',
      description: "Morning Brief's daily brief: the day's crucial developments, explained in a few minutes.",
    });
    const manifest = JSON.parse(await read(root, 'package.json')) as Record<string, unknown>;
    expect(manifest).toMatchObject({
      name: 'morning-brief',
      private: true,
      scripts: { build: 'edition build', dev: 'edition dev', check: 'edition check', new: 'edition new' },
      dependencies: { edition: expect.stringMatching(/^\^\d+\.\d+\.\d+/) },
    });
    expect((await read(root, '.gitignore')).split('\n')).toEqual(expect.arrayContaining(['node_modules/', 'public/', '.edition-cache/', '.edition-email/']));

    const check = await runCli(['check'], { cwd: root });
    expect(check).toMatchObject({ code: 0, stderr: '' });
    const built = await runCli(['build', '--url', 'https://newsroom.github.io/morning-brief'], { cwd: root });
    expect(built).toMatchObject({ code: 0, stderr: '' });
    const home = parseHtml(await read(root, 'public/index.html'));
    expect(home.attr('html', 'lang')).toBe('en');
    expect(home.text('h1#headline')).toBe('Welcome to Morning Brief');
    // --url: every absolute address is the host's, not site.yml's example.com.
    expect(home.attr('link[rel="canonical"]', 'href')).toBe('https://newsroom.github.io/morning-brief/');
    expect(existsSync(join(root, 'public/search/index.html'))).toBe(true);
    // No templates/ folder: Edition's own are used, and nothing was copied into the publication.
    expect(existsSync(join(root, 'templates'))).toBe(false);
  });

  it('writes the language and time zone asked for, and a title that needs quoting in YAML', async () => {
    const root = tempDir();
    const title = 'Le Brief: « Matin » #1';
    const run = await runCli(['init', '--title', title, '--language', 'fr', '--timezone', 'Europe/Paris', '--url', 'https://brief.example.fr/matin/'], { cwd: root });
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const site = parse(await read(root, 'content/site.yml')) as Record<string, unknown>;
    expect(site).toMatchObject({ title, language: 'fr', timezone: 'Europe/Paris', url: 'https://brief.example.fr/matin/' });
    const offer = await read(root, 'content/offer.md');
    expect(parse(offer.split('---\n')[1]!)).toMatchObject({ headline: `Subscribe, and ${title} will be in your inbox every morning` });
    const [edition] = await readdir(join(root, 'content/editions'));
    expect(parse((await read(root, `content/editions/${edition}`)).split('---\n')[1]!)).toMatchObject({ headline: `Welcome to ${title}` });
    expect(await runCli(['check'], { cwd: root })).toMatchObject({ code: 0, stderr: '' });
  });

  it('refuses to write over any existing file, names them, and writes nothing', async () => {
    const root = tempDir();
    await mkdir(join(root, 'content'));
    await writeFile(join(root, 'content/site.yml'), 'title: Mine\n');
    await writeFile(join(root, 'content/offer.md'), 'mine\n');
    await writeFile(join(root, '.gitignore'), 'mine\n');
    const run = await runCli(['init'], { cwd: root });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      '. already has content/offer.md, content/site.yml: nothing was written. Start the publication in a new or empty folder, e.g. edition init my-paper.\n',
    );
    expect((await listTree(root)).sort()).toEqual(['.gitignore', 'content/offer.md', 'content/site.yml']);
    expect(await read(root, 'content/site.yml')).toBe('title: Mine\n');
    expect(await read(root, '.gitignore')).toBe('mine\n');
  });

  it("starts in a repository cloned from GitHub: its README and LICENSE untouched, its .gitignore given Edition's lines", async () => {
    const root = tempDir();
    await writeFile(join(root, 'README.md'), '# paper\n');
    await writeFile(join(root, 'LICENSE'), 'MIT\n');
    // GitHub's Node template, cut short: it has node_modules/ already, and no trailing newline.
    await writeFile(join(root, '.gitignore'), '# Logs\nlogs\n*.log\nnode_modules/');
    const run = await runCli(['init', '--timezone', 'UTC'], { cwd: root });
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(await read(root, 'README.md')).toBe('# paper\n');
    expect(await read(root, 'LICENSE')).toBe('MIT\n');
    expect(await read(root, '.gitignore')).toBe(
      '# Logs\nlogs\n*.log\nnode_modules/\n\n# Made by Edition: built again by every build, never committed.\npublic/\n.edition-cache/\n.edition-email/\n',
    );
    expect(run.stdout).toMatch(/^ {2}\.gitignore +added public\/, \.edition-cache\/, \.edition-email\/ to yours$/m);

    // Run on a folder whose .gitignore has everything, it is left as it is (init refuses for the other files anyway).
    const again = tempDir();
    await writeFile(join(again, '.gitignore'), 'node_modules\n/public/\npublic/\n.edition-cache/\n.edition-email/\n');
    expect(await runCli(['init', '--timezone', 'UTC'], { cwd: again })).toMatchObject({ code: 0 });
    expect(await read(again, '.gitignore')).toBe('node_modules\n/public/\npublic/\n.edition-cache/\n.edition-email/\n');
  });

  it('refuses a folder that is a file, or a file where it needs a folder, before writing anything', async () => {
    const parent = tempDir();
    await writeFile(join(parent, 'paper'), 'a file');
    const file = await runCli(['init', 'paper'], { cwd: parent });
    expect(file).toMatchObject({ code: 1, stdout: '' });
    expect(file.stderr).toBe('paper is a file, not a folder: give edition init a new or empty folder, e.g. edition init my-paper.\n');

    const root = tempDir();
    await mkdir(join(root, 'content'));
    await writeFile(join(root, 'content/editions'), 'not a folder');
    const blocked = await runCli(['init'], { cwd: root });
    expect(blocked.code).toBe(1);
    expect(blocked.stderr).toMatch(/^\. already has content\/editions: nothing was written\./);
    expect(await listTree(root)).toEqual(['content/editions']);
  });

  it('quotes a folder with a space in the next steps', async () => {
    const run = await runCli(['init', 'my paper', '--timezone', 'UTC'], { cwd: tempDir() });
    expect(run.stdout).toContain("\n  cd 'my paper'\n");
  });

  it("adds its scripts to an existing package.json (npm install's), keeping what is there", async () => {
    const root = tempDir();
    const before = { name: 'paper', version: '1.0.0', scripts: { build: 'make site', test: 'echo ok' }, dependencies: { edition: 'file:../edition-0.1.0.tgz' } };
    await writeFile(join(root, 'package.json'), JSON.stringify(before));
    const run = await runCli(['init', '--timezone', 'UTC'], { cwd: root });
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(await read(root, 'package.json'))).toEqual({
      ...before,
      scripts: { build: 'make site', test: 'echo ok', dev: 'edition dev', check: 'edition check', new: 'edition new' },
    });
    expect(run.stdout).toContain('added the scripts dev, check, new');
    expect(run.stdout).toContain("(package.json's own build script was kept as it was.)");
  });

  it('adds Edition as a dependency to a package.json without it, in its own indentation, and refuses one that is not JSON', async () => {
    const root = tempDir();
    await writeFile(join(root, 'package.json'), '{\n\t"name": "paper",\n\t"dependencies": {"left-pad": "1.3.0"}\n}\n');
    expect(await runCli(['init'], { cwd: root })).toMatchObject({ code: 0 });
    const text = await read(root, 'package.json');
    expect(JSON.parse(text).dependencies).toEqual({ 'left-pad': '1.3.0', edition: expect.stringMatching(/^\^/) });
    expect(text).toMatch(/^\{\n\t"name": "paper",\n\t"dependencies": \{\n\t\t"left-pad"/);

    for (const [shape, message] of [
      ['["a"]', 'package.json is there but is not a JSON object ({ … }): fix it or move it away, then run edition init again.'],
      ['{"scripts": ["build"]}', 'package.json\'s "scripts" is not an object of names and values: fix it, then run edition init again.'],
    ] as const) {
      const odd = tempDir();
      await writeFile(join(odd, 'package.json'), shape);
      expect(await runCli(['init'], { cwd: odd }), shape).toMatchObject({ code: 1, stderr: `${message}\n` });
      expect(await read(odd, 'package.json')).toBe(shape);
    }

    const broken = tempDir();
    await writeFile(join(broken, 'package.json'), '{"name": ');
    const run = await runCli(['init'], { cwd: broken });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('package.json is there but is not valid JSON: fix it or move it away, then run edition init again.\n');
    expect(await listTree(broken)).toEqual(['package.json']);
  });

  it('names the option at fault, by the rules a build applies, and writes nothing', async () => {
    const root = tempDir();
    const zone = await runCli(['init', '--timezone', 'Mars/Olympus_Mons'], { cwd: root });
    expect(zone.code).toBe(2);
    expect(zone.stderr).toMatch(/^--timezone: .*Mars\/Olympus_Mons/);
    const url = await runCli(['init', '--url', 'ftp://example.com/'], { cwd: root });
    expect(url.code).toBe(2);
    expect(url.stderr).toMatch(/^--url: .*ftp:\/\/example\.com\//);
    const language = await runCli(['init', '--language', 'not a language'], { cwd: root });
    expect(language.code).toBe(2);
    expect(language.stderr).toMatch(/^--language: /);
    expect(await listTree(root)).toEqual([]);
  });

  it('edition build --url refuses an address that is not http(s)', async () => {
    const run = await runCli(['build', '--url', 'example.com'], { cwd: tempDir() });
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toBe('--url must be an absolute http(s) address, e.g. https://user.github.io/paper/; found "example.com".\n');
  });
});
