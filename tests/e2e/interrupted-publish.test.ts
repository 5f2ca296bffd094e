/**
 * What the other commands do with a publish a stopped build left unfinished:
 * `edition check` reports it and changes nothing, `edition dev` finishes it
 * before it serves, and says so in one line.
 */
import { spawn } from 'node:child_process';
import { readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, runCli } from '../helpers/cli.js';
import { startDev } from '../helpers/dev.js';
import { edition, makeProject, siteFiles } from '../helpers/site.js';
import { treeDigest } from '../helpers/tree.js';

const JOURNAL = '.edition-publish-public.json';

/** A project whose second build was killed right after it wrote its journal: public/ is mid-publish. */
async function interruptedProject(): Promise<string> {
  const root = await makeProject(siteFiles({ 'content/editions/2024-03-01-first.md': edition({ headline: 'First', date: '2024-03-01' }) }));
  expect((await runCli(['build', '--quiet'], { cwd: root })).code).toBe(0);
  await writeFile(join(root, 'content/editions/2024-03-02-second.md'), edition({ headline: 'Second', date: '2024-03-02' }));
  await rm(join(root, '.edition-cache'), { recursive: true });
  // Steps: flush the staging folder, write the journal, flush it, rename it into place; then the swap.
  const child = spawn(process.execPath, [CLI, 'build', '--quiet'], { cwd: root, env: { ...process.env, EDITION_TEST_KILL_AT: '5' }, stdio: 'ignore' });
  const signal = await new Promise((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  expect(signal).toBe('SIGKILL');
  expect(await readdir(root)).toContain(JOURNAL);
  return root;
}

describe('an unfinished publish', () => {
  it('is reported by edition check, which changes nothing', async () => {
    const root = await interruptedProject();
    const before = await treeDigest(root);
    const run = await runCli(['check', '--json'], { cwd: root });
    expect(run.code, 'a warning, not an error: the content is fine').toBe(0);
    const report = JSON.parse(run.stdout) as { diagnostics: { severity: string; code: string; file: string; message: string }[] };
    const found = report.diagnostics.find((d) => d.code === 'interrupted-publish');
    expect(found).toMatchObject({ severity: 'warning', file: 'public' });
    expect(found?.message).toMatch(/next "edition build" finishes/);
    expect(await treeDigest(root)).toEqual(before);
  });

  it('is finished by edition dev before it serves, in one line', async () => {
    const root = await interruptedProject();
    const dev = await startDev(root);
    try {
      expect(dev.output()).toMatch(/^Finished publishing the build that was stopped part-way: public\/ is the site it made\.$/m);
      expect(await readdir(root)).not.toContain(JOURNAL);
      expect(Object.keys(await treeDigest(join(root, 'public')))).toContain('2024/03/02/second/index.html');
    } finally {
      await dev.stop();
    }
  });
});
