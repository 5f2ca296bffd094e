/** The command line itself: subcommands, --help for each, summaries, --quiet and --json, and one-line usage errors. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { edition, makeProject, seedProject, siteFiles } from '../helpers/site.js';

const COMMANDS = ['new', 'dev', 'check', 'build', 'email', 'send'];

function expectOneLine(text: string) {
  expect(text.trim().split('\n'), text).toHaveLength(1);
  expect(text).not.toMatch(/\n\s+at /);
}

describe('edition --help', () => {
  it('should list every command', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    for (const name of COMMANDS) expect(run.stdout).toMatch(new RegExp(`^  ${name} +\\S`, 'm'));
  });

  it.each(COMMANDS)('should show the usage and options of "%s"', async (name) => {
    const run = await runCli([name, '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^Usage: edition ${name}`));
    expect(run.stdout).toContain('-h, --help');
    expect((await runCli(['help', name])).stdout).toBe(run.stdout);
  });
});

describe('usage errors', () => {
  it('exits 2 with one line for an unknown command, guessing the right one', async () => {
    const run = await runCli(['biuld']);
    expect(run.code).toBe(2);
    expectOneLine(run.stderr);
    expect(run.stderr).toMatch(/^Unknown command "biuld"\. Did you mean "build"\?/);
  });

  it('exits 2 with one line for an unknown option, guessing the right one', async () => {
    const run = await runCli(['dev', '--prot', '4000']);
    expect(run.code).toBe(2);
    expectOneLine(run.stderr);
    expect(run.stderr).toContain('Unknown option --prot for "edition dev". Did you mean --port?');
  });

  it('exits 2 when an option misses its value or a flag is given one', async () => {
    for (const args of [['build', '--out'], ['build', '--quiet=yes'], ['dev', '--port', 'abc'], ['build', 'extra']]) {
      const run = await runCli(args);
      expect(run.code, args.join(' ')).toBe(2);
      expectOneLine(run.stderr);
    }
  });

  it('exits 2 and lists the commands when none is given', async () => {
    const run = await runCli([]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Usage: edition <command>');
  });
});

describe('a content folder that does not exist', () => {
  it.each(['build', 'check', 'dev'])('makes "%s" exit 1 with one line that says what to do', async (name) => {
    const root = await makeProject({ 'README.md': 'no content here' });
    const run = await runCli([name], { cwd: root });
    expect(run.code).toBe(1);
    expectOneLine(run.stderr);
    expect(run.stderr).toMatch(/^The content folder "content" does not exist\. Run edition from the project folder/);
  });
});

describe('edition build', () => {
  it('should print a one-line summary of pages, editions, drafts and scheduled editions, and the time', async () => {
    const root = await makeProject(
      siteFiles({
        'content/editions/2024-03-12-a.md': edition({ headline: 'A', date: '2024-03-12' }),
        'content/editions/2024-03-13-b.md': edition({ headline: 'B', date: '2024-03-13', draft: 'true' }),
        'content/editions/2999-01-01-c.md': edition({ headline: 'C', date: '2999-01-01' }),
      }),
    );
    const run = await runCli(['build'], { cwd: root });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      // Home, the edition, the archive and the 404 page.
      /^Built 4 pages \(\d+ files\) into public in \d+ ms: 1 edition published; 1 draft and 1 scheduled left out\.\n  \d+ files written, 0 unchanged, 0 removed; Markdown: 3 rendered, 0 from the cache\.\n/,
    );
    expect(run.stdout).toContain('Next scheduled edition: content/editions/2999-01-01-c.md');
    expect(run.stderr).toBe('');
  });

  it('should print nothing but problems with --quiet', async () => {
    const run = await runCli(['build', '--quiet'], { cwd: await seedProject() });
    expect(run).toMatchObject({ code: 0, stdout: '', stderr: '' });
  });

  it('should print one JSON object with --json, also when the build fails', async () => {
    const root = await seedProject();
    const ok = await runCli(['build', '--json'], { cwd: root });
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({
      ok: true,
      command: 'build',
      outDir: join(root, 'public'),
      // Home, the edition, the archive, topics, three topic pages, search and 404.
      pages: 9,
      editions: { published: 1, drafts: 0, scheduled: 0, nextScheduled: null },
      diagnostics: [],
    });
    const broken = await makeProject(siteFiles({ 'content/editions/2024-03-12-x.md': edition({ headline: 'X', date: 'soon' }) }));
    const failed = await runCli(['build', '--json'], { cwd: broken });
    expect(failed.code).toBe(1);
    const json = JSON.parse(failed.stdout);
    expect(json).toMatchObject({ ok: false, command: 'build' });
    expect(json.diagnostics[0]).toMatchObject({ severity: 'error', code: 'invalid-field', file: 'content/editions/2024-03-12-x.md', line: 3 });
    expect(existsSync(join(broken, 'public'))).toBe(false);
  });
});
