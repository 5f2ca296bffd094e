/**
 * A killed build never leaves the email folder half-written. The email files
 * are published by a writer of their own, after public/, through the same
 * journal: the real CLI is killed at every step of publishing them
 * (EDITION_TEST_KILL_IN=.edition-email counts only those; public/'s own are
 * crash-safe-publish.test.ts's), and after each kill .edition-email/ must hold
 * the old emails or the new ones byte for byte, or a journal that makes the
 * next build finish them; the next build then leaves the new emails and
 * nothing beside them.
 */
import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, runCli } from '../helpers/cli.js';
import { EMAIL_SITE_YML } from '../helpers/email.js';
import { edition, makeProject, NARRATION, siteFiles } from '../helpers/site.js';
import { removeTemp, tempDir } from '../helpers/temp.js';
import { treeDigest } from '../helpers/tree.js';

type Digest = Record<string, string>;

const before = {
  'content/editions/2024-03-01-first.md': edition({ headline: 'First', date: '2024-03-01' }),
  'content/editions/2024-03-02-second.md': edition({ headline: 'Second', date: '2024-03-02' }),
  'content/editions/2024-03-03-third.md': edition({ headline: 'Third', date: '2024-03-03', audio: 'media/narration.mp3' }),
};
/** One email changed, one added, one removed. */
const after = {
  'content/editions/2024-03-02-second.md': edition({ headline: 'Second, corrected', date: '2024-03-02' }),
  'content/editions/2024-03-04-fourth.md': edition({ headline: 'Fourth', date: '2024-03-04' }),
};
const removed = 'content/editions/2024-03-01-first.md';
const JOURNAL = '.edition-publish-.edition-email.json';

let base: string;
let oldEmails: Digest;
let newEmails: Digest;
let newSite: Digest;

async function switchContent(root: string): Promise<void> {
  await rm(join(root, removed));
  for (const [path, text] of Object.entries(after)) await writeFile(join(root, path), text);
}

const same = (a: Digest | undefined, b: Digest) => JSON.stringify(a) === JSON.stringify(b);

/** Run `edition build`, killed at its `step`th step of publishing the email files; true when it was killed. */
function buildKilledAt(root: string, step: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env, EDITION_TEST_KILL_IN: '.edition-email', EDITION_TEST_KILL_AT: String(step) };
    const child = spawn(process.execPath, [CLI, 'build', '--quiet'], { cwd: root, env, stdio: 'ignore' });
    child.on('error', reject);
    child.on('exit', (code, signal) => (signal === 'SIGKILL' ? resolve(true) : code === 0 ? resolve(false) : reject(new Error(`build exited with ${code}`))));
  });
}

/** Kill a build at step 1, 2, 3… until one runs to the end, checking the email folder after each; returns the kill points. */
async function killAtEveryStep(cache: boolean): Promise<number> {
  let points = 0;
  let finished = false;
  for (let step = 1; !finished; step += 2) {
    await Promise.all(
      [step, step + 1].map(async (at) => {
        const root = tempDir('edition-email-crash-');
        await cp(join(base, 'content'), join(root, 'content'), { recursive: true });
        expect((await runCli(['build', '--quiet'], { cwd: root })).code).toBe(0);
        if (!cache) await rm(join(root, '.edition-cache'), { recursive: true, force: true });
        await switchContent(root);
        if (!(await buildKilledAt(root, at))) {
          finished = true;
          expect(same(await treeDigest(join(root, '.edition-email')), newEmails)).toBe(true);
          return;
        }
        points++;
        const where = `${cache ? 'incremental' : 'full'} write killed at step ${at}`;
        const emails = await treeDigest(join(root, '.edition-email')).catch(() => undefined);
        const whole = same(emails, oldEmails) || same(emails, newEmails);
        const journal = (await readdir(root)).includes(JOURNAL);
        if (!whole) expect(journal, `${where}: the emails are not whole, so a journal must say how to finish`).toBe(true);
        // Every other kill point, the recovery is killed too, at its first or second step.
        if (journal && at % 2 === 0) {
          await buildKilledAt(root, (at % 4) / 2 + 1);
          const again = await treeDigest(join(root, '.edition-email')).catch(() => undefined);
          if (!same(again, oldEmails) && !same(again, newEmails)) expect((await readdir(root)).includes(JOURNAL), `${where}, recovery killed`).toBe(true);
        }
        const next = await runCli(['build'], { cwd: root });
        expect(next.code, `${where}: ${next.stderr}`).toBe(0);
        expect(same(await treeDigest(join(root, '.edition-email')), newEmails), `${where}: the next build leaves the new emails`).toBe(true);
        expect(same(await treeDigest(join(root, 'public')), newSite), `${where}: and the new site`).toBe(true);
        const beside = (await readdir(root)).filter((entry) => entry.startsWith('.edition-') && entry !== '.edition-cache' && entry !== '.edition-email');
        expect(beside, `${where}: nothing left beside them`).toEqual([]);
        await removeTemp(root);
      }),
    );
  }
  return points;
}

beforeAll(async () => {
  base = await makeProject(siteFiles({ 'content/site.yml': EMAIL_SITE_YML, ...before, 'content/media/narration.mp3': await readFile(NARRATION) }));
  expect((await runCli(['build', '--quiet'], { cwd: base })).code).toBe(0);
  oldEmails = await treeDigest(join(base, '.edition-email'));
  const reference = tempDir('edition-email-crash-reference-');
  await cp(join(base, 'content'), join(reference, 'content'), { recursive: true });
  await switchContent(reference);
  expect((await runCli(['build', '--quiet'], { cwd: reference })).code).toBe(0);
  newEmails = await treeDigest(join(reference, '.edition-email'));
  newSite = await treeDigest(join(reference, 'public'));
  await removeTemp(reference);
  expect(Object.keys(oldEmails)).toHaveLength(6);
  expect(same(oldEmails, newEmails)).toBe(false);
}, 60_000);

afterAll(() => removeTemp(base));

describe('a build killed while it publishes the email files', () => {
  it('never leaves them half-written when killed at any step of an incremental write', async () => {
    const points = await killAtEveryStep(true);
    expect(points).toBeGreaterThan(5);
    console.info(`email files, incremental write: killed at each of ${points} publishing steps`);
  }, 300_000);

  it('never leaves them half-written when killed at any step of a full write', async () => {
    const points = await killAtEveryStep(false);
    expect(points).toBeGreaterThan(2);
    console.info(`email files, full write: killed at each of ${points} publishing steps`);
  }, 300_000);
});
