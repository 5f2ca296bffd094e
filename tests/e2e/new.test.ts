/** `edition new` from the command line, as the README describes it: the path printed, the file a valid draft, never overwritten. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { buildProject, makeProject, siteFiles } from '../helpers/site.js';

describe('edition new', () => {
  it('should write content/editions/DATE-slug.md, print its path, and build as a draft', async () => {
    const root = await makeProject(siteFiles());
    const run = await runCli(['new', "Europe's Energy: The Winter Test", '--date', '2024-03-12'], { cwd: root });
    expect(run).toMatchObject({ code: 0, stderr: '', stdout: 'content/editions/2024-03-12-europes-energy-the-winter-test.md\n' });
    const text = await readFile(join(root, run.stdout.trim()), 'utf8');
    expect(text).toContain('headline: "Europe\'s Energy: The Winter Test"\ndate: 2024-03-12\n');
    const normal = await buildProject(root, { write: false });
    expect(normal.editions).toMatchObject({ published: 0, drafts: 1 });
    const preview = await buildProject(root, { write: false, drafts: true });
    expect(preview.files.map((f) => f.path)).toContain('2024/03/12/europes-energy-the-winter-test/index.html');
  });

  it("should use today's date in the site time zone by default", async () => {
    const root = await makeProject(siteFiles({ 'content/site.yml': 'title: T\nurl: https://t.example/\ndescription: D\ntimezone: Pacific/Kiritimati\n' }));
    const run = await runCli(['new', 'Today'], { cwd: root });
    // Kiritimati is UTC+14: its date is today's or tomorrow's UTC date, never yesterday's.
    const utc = new Date().toISOString().slice(0, 10);
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    expect([`content/editions/${utc}-today.md\n`, `content/editions/${tomorrow}-today.md\n`]).toContain(run.stdout);
  });

  it('refuses to overwrite an existing file, with exit code 1 and one line', async () => {
    const root = await makeProject(siteFiles({ 'content/editions/2024-03-12-taken.md': 'mine' }));
    const run = await runCli(['new', 'Taken', '--date', '2024-03-12'], { cwd: root });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'content/editions/2024-03-12-taken.md already exists and was left as it is. Open it, or pass --slug to start another edition that day.\n',
    );
    expect(await readFile(join(root, 'content/editions/2024-03-12-taken.md'), 'utf8')).toBe('mine');
  });

  it('exits 1 with one line when the headline makes an empty slug, and 2 without a headline', async () => {
    const root = await makeProject(siteFiles());
    const empty = await runCli(['new', '!!!'], { cwd: root });
    expect(empty.code).toBe(1);
    expect(empty.stderr).toMatch(/^The headline "!!!" gives an empty slug .* Pass one with --slug, e\.g\. --slug morning-brief\.\n$/);
    const none = await runCli(['new'], { cwd: root });
    expect(none).toMatchObject({ code: 2, stderr: 'Give the headline in quotes, e.g. edition new "Punching Back".\n' });
  });

  it('should print the path as JSON with --json', async () => {
    const root = await makeProject(siteFiles());
    const run = await runCli(['new', 'Hello', '--date', '2024-03-12', '--json'], { cwd: root });
    expect(JSON.parse(run.stdout)).toEqual({ ok: true, command: 'new', path: 'content/editions/2024-03-12-hello.md' });
  });
});
