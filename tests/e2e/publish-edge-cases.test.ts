/**
 * Publishing where the simple cases end: an edition unpublished after a
 * crash, a file that becomes a folder, a sibling output folder, a release
 * link written by hand, and two builds at once.
 */
import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, runCli } from '../helpers/cli.js';
import { edition, makeProject, NARRATION, siteFiles } from '../helpers/site.js';
import { treeDigest } from '../helpers/tree.js';

const first = { 'content/editions/2024-03-01-first.md': edition({ headline: 'First', date: '2024-03-01' }) };

async function build(root: string, ...args: string[]): Promise<string> {
  const run = await runCli(['build', '--quiet', ...args], { cwd: root });
  expect(run.code, run.stderr).toBe(0);
  return run.stderr;
}

function killedAt(root: string, step: number, ...args: string[]): Promise<string | null> {
  const child = spawn(process.execPath, [CLI, 'build', '--quiet', ...args], { cwd: root, env: { ...process.env, EDITION_TEST_KILL_AT: String(step) }, stdio: 'ignore' });
  return new Promise((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
}

describe('publishing edge cases', () => {
  it('removes an edition unpublished right after a crash that left its page half-published', async () => {
    const root = await makeProject(siteFiles(first));
    await build(root);
    const added = join(root, 'content/editions/2024-03-13-breaking.md');
    await writeFile(added, edition({ headline: 'Breaking', date: '2024-03-13' }));
    // Killed once the journal is in place, before the manifest of the new site is written.
    expect(await killedAt(root, 5)).toBe('SIGKILL');
    await rm(added); // a legal takedown: the edition must go
    expect(await build(root)).toMatch(/stopped part-way/);
    expect(existsSync(join(root, 'public/2024/03/13/breaking/index.html'))).toBe(false);
    const reference = await makeProject(siteFiles(first));
    await build(reference);
    expect(await treeDigest(join(root, 'public'))).toEqual(await treeDigest(join(reference, 'public')));
  });

  it('publishes a media file that became a folder, and back', async () => {
    const audio = await readFile(NARRATION);
    const root = await makeProject(siteFiles({ ...first, 'content/media/notes': 'plain notes' }));
    await build(root);
    await rm(join(root, 'content/media/notes'));
    await mkdir(join(root, 'content/media/notes'));
    await writeFile(join(root, 'content/media/notes/a.mp3'), audio);
    await build(root);
    expect(await readdir(join(root, 'public/media/notes'))).toEqual(['a.mp3']);
    await rm(join(root, 'content/media/notes'), { recursive: true });
    await writeFile(join(root, 'content/media/notes'), 'plain notes again');
    await build(root);
    expect(await readFile(join(root, 'public/media/notes'), 'utf8')).toBe('plain notes again');
  });

  it("never touches another output folder's staging or retired copies", async () => {
    const root = await makeProject(siteFiles(first));
    await build(root, '--out', 'public-drafts', '--drafts');
    const theirs = ['.edition-staging-public-drafts-123-0123abcd', '.edition-retired-public-drafts-123-0123abcd'];
    for (const name of theirs) await mkdir(join(root, name));
    await build(root);
    for (const name of theirs) expect(existsSync(join(root, name)), name).toBe(true);
  });

  it.each([
    ['an absolute path', (root: string) => join(root, '.edition-releases-public/000001')],
    ['a trailing slash', () => '.edition-releases-public/000001/'],
  ])('keeps the current release when the public link is written with %s', async (_, target) => {
    const root = await makeProject(siteFiles(first));
    await build(root, '--releases');
    await build(root); // 000002
    await rm(join(root, 'public'));
    await symlink(target(root), join(root, 'public')); // switched back by hand
    await writeFile(join(root, 'content/editions/2024-03-02-second.md'), edition({ headline: 'Second', date: '2024-03-02' }));
    await build(root);
    expect(await readdir(join(root, '.edition-releases-public'))).toEqual(['000001', '000002']);
    expect(existsSync(join(root, 'public/2024/03/02/second/index.html'))).toBe(true);
  });

  it('refuses to publish while another build is publishing, and takes over a lock left by a process that died', async () => {
    const root = await makeProject(siteFiles(first));
    await build(root);
    const lock = join(root, '.edition-publish-public.lock');
    await writeFile(lock, String(process.pid)); // this test's process is alive
    const refused = await runCli(['build'], { cwd: root });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`Another Edition command (process ${process.pid}) is publishing public/ or reading its cache right now`);
    const gone = spawn(process.execPath, ['-e', '']);
    await new Promise((resolve) => gone.on('exit', resolve));
    await writeFile(lock, String(gone.pid));
    await build(root);
    expect(existsSync(lock)).toBe(false);
  });
});
