/**
 * --releases: public/ is a link switched in one step between complete
 * release folders, unchanged files are hard links to the previous release,
 * and a few earlier releases are kept.
 */
import { lstat, mkdir, readdir, readlink, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { edition, makeProject, siteFiles } from '../helpers/site.js';
import { treeDigest } from '../helpers/tree.js';

const RELEASES = '.edition-releases-public';

async function buildWith(root: string, ...args: string[]): Promise<void> {
  const run = await runCli(['build', '--quiet', ...args], { cwd: root });
  expect(run.code, run.stderr).toBe(0);
}

describe('edition build --releases', () => {
  it('publishes the same site as a plain build, through a link to a release folder', async () => {
    const files = siteFiles({ 'content/editions/2024-03-01-first.md': edition({ headline: 'First', date: '2024-03-01' }) });
    const plain = await makeProject(files);
    const released = await makeProject(files);
    await buildWith(plain);
    await buildWith(released, '--releases');
    expect((await lstat(join(released, 'public'))).isSymbolicLink()).toBe(true);
    expect(await readlink(join(released, 'public'))).toBe(`${RELEASES}/000001`);
    expect(await treeDigest(join(released, 'public'))).toEqual(await treeDigest(join(plain, 'public')));
  });

  it('links unchanged files to the previous release, writes changed ones anew, and keeps two earlier releases', async () => {
    const root = await makeProject(siteFiles({ 'content/editions/2024-03-01-first.md': edition({ headline: 'First', date: '2024-03-01' }) }));
    // A public/ folder from ordinary builds is taken over by the first release.
    await buildWith(root);
    await buildWith(root, '--releases');
    const home = 'public/index.html';
    const before = { home: (await stat(join(root, home))).ino };

    await writeFile(join(root, 'content/editions/2024-03-02-second.md'), edition({ headline: 'Second', date: '2024-03-02' }));
    await buildWith(root); // no flag: a site published as releases stays so
    expect(await readlink(join(root, 'public'))).toBe(`${RELEASES}/000002`);
    // The assets did not change: the new release shares their files with the old.
    const assets = await readdir(join(root, 'public/assets'));
    for (const asset of assets) {
      const now = await stat(join(root, 'public/assets', asset));
      const then = await stat(join(root, RELEASES, '000001/assets', asset));
      expect(now.ino, `${asset} is shared with the previous release`).toBe(then.ino);
    }
    expect((await stat(join(root, home))).ino, 'the home page changed, so it is a new file').not.toBe(before.home);
    expect((await stat(join(root, RELEASES, '000001/index.html'))).ino, 'the old release still has its own').toBe(before.home);

    for (const headline of ['Third', 'Fourth']) {
      await writeFile(join(root, `content/editions/2024-03-0${headline === 'Third' ? 3 : 4}-x.md`), edition({ headline, date: `2024-03-0${headline === 'Third' ? 3 : 4}` }));
      await buildWith(root);
    }
    expect(await readdir(join(root, RELEASES))).toEqual(['000002', '000003', '000004']);
    expect(await readlink(join(root, 'public'))).toBe(`${RELEASES}/000004`);
  });

  it('removes a release left by a build stopped before it switched', async () => {
    const root = await makeProject(siteFiles({ 'content/editions/2024-03-01-first.md': edition({ headline: 'First', date: '2024-03-01' }) }));
    await buildWith(root, '--releases');
    await mkdir(join(root, RELEASES, '000002/assets'), { recursive: true });
    await writeFile(join(root, RELEASES, '000002/assets/half-written.css'), 'body{');
    await buildWith(root);
    // Gone; and as nothing changed, the current release stays the site.
    expect(await readdir(join(root, RELEASES))).toEqual(['000001']);
    expect(await readlink(join(root, 'public'))).toBe(`${RELEASES}/000001`);
    await writeFile(join(root, 'content/editions/2024-03-02-second.md'), edition({ headline: 'Second', date: '2024-03-02' }));
    await buildWith(root);
    expect(await readdir(join(root, RELEASES))).toEqual(['000001', '000002']);
    expect(await readdir(join(root, RELEASES, '000002/assets'))).not.toContain('half-written.css');
    expect(await readlink(join(root, 'public'))).toBe(`${RELEASES}/000002`);
  });
});
