/**
 * A killed build never loses the site. The real CLI runs in a child process
 * and is killed with SIGKILL at every step of publishing (EDITION_TEST_KILL_AT,
 * see src/stages/write/durable.ts) and at random times; after each kill
 * public/ must be the old site or the new one byte for byte, or become the
 * new one on the next build, which says it recovered. A build that stops on a
 * content error after a crash still leaves a complete site.
 */
import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isReleaseLink } from '../../src/stages/write/release-output.js';
import { CLI, runCli } from '../helpers/cli.js';
import { edition, makeProject, NARRATION, SITE_YML, SITE_YML_WITH_SEARCH, siteFiles } from '../helpers/site.js';
import { removeTemp, tempDir } from '../helpers/temp.js';
import { treeDigest } from '../helpers/tree.js';

type Digest = Record<string, string>;

/** Version A of the content, and B: one edition changed, one added, one removed, one renamed (so files move, appear and go). */
const before = {
  'content/editions/2024-03-01-first.md': edition({ headline: 'First', date: '2024-03-01' }),
  'content/editions/2024-03-02-second.md': edition({ headline: 'Second', date: '2024-03-02', tags: '[Energy]' }),
  'content/editions/2024-03-03-third.md': edition({ headline: 'Third', date: '2024-03-03', audio: 'media/narration.mp3' }),
};
const after = {
  'content/editions/2024-03-02-second.md': edition({ headline: 'Second, corrected', date: '2024-03-02', tags: '[Energy, Europe]' }),
  'content/editions/2024-03-04-fourth.md': edition({ headline: 'Fourth', date: '2024-03-04' }),
};
const removedEdition = 'content/editions/2024-03-01-first.md';

/** A project with the old site built in it, and the old and new sites' files. */
interface Sites {
  base: string;
  oldSite: Digest;
  newSite: Digest;
  /** How long the build from the old site to the new takes here, start to exit: the span random kills are spread over. */
  buildMs: number;
}
/**
 * With search, its index published like any file, in the release and random-time modes: every step of a release
 * and kills while Pagefind runs. Without it in the others, where each of the many builds would pay a Pagefind run
 * (and, in an incremental write, a kill point per changed index file) for what the pages' files already prove.
 */
const sites: { search?: Sites; plain?: Sites } = {};
const sitesOf = (mode: Mode): Sites => (mode.search === false ? sites.plain! : sites.search!);

async function switchToNewContent(root: string): Promise<void> {
  await rm(join(root, removedEdition));
  for (const [path, text] of Object.entries(after)) await writeFile(join(root, path), text);
}

/** How a publish is made: with the cache (incremental) or without (full), as releases or not, with a one-step swap or not. */
interface Mode {
  cache: boolean;
  /** false: the sites without search. */
  search?: boolean;
  releases?: boolean;
  env?: NodeJS.ProcessEnv;
}

/** A project whose public/ holds the old site, built in place; without the cache the next publish is a full one. */
async function projectWithOldSite(mode: Mode): Promise<string> {
  const { cache, releases } = mode;
  const root = tempDir('edition-crash-');
  await cp(join(sitesOf(mode).base, 'content'), join(root, 'content'), { recursive: true });
  const old = await runCli(['build', '--quiet', ...(releases ? ['--releases'] : [])], { cwd: root });
  expect(old.code, old.stderr).toBe(0);
  if (!cache) await rm(join(root, '.edition-cache'), { recursive: true, force: true });
  await switchToNewContent(root);
  return root;
}

/** Run `edition build`, killed by EDITION_TEST_KILL_AT in `env` or after `afterMs`; true when it was killed, false when it ended first. */
function buildKilledAt(root: string, env: NodeJS.ProcessEnv, afterMs?: number, mayFail = false): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, 'build', '--quiet'], { cwd: root, env: { ...process.env, ...env }, stdio: 'ignore' });
    const timer = afterMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), afterMs);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal === 'SIGKILL') resolve(true);
      else if (code === 0 || (mayFail && code === 1)) resolve(false);
      else reject(new Error(`build exited with ${code ?? signal}`));
    });
  });
}

/** What a stopped build may leave: public/ as the old or new site, or the journal that makes the next build finish it. */
async function expectNoSiteLost(root: string, where: string, mode: Mode, killRecoveryAt?: number): Promise<void> {
  const env = mode.env ?? {};
  const { oldSite, newSite } = sitesOf(mode);
  const state = async (when: string) => {
    const published = await treeDigest(join(root, 'public')).catch(() => undefined);
    // Without a one-step swap, public/ is missing between two renames; the journal says how to finish.
    if (env.EDITION_TEST_NO_EXCHANGE !== '1') expect(published, `${where}${when}: public/ exists`).toBeDefined();
    const whole = published !== undefined && (equal(published, oldSite) || equal(published, newSite));
    if (mode.releases) expect(whole, `${where}${when}: a release is switched in one step`).toBe(true);
    const journal = (await readdir(root)).includes('.edition-publish-public.json');
    if (!whole) expect(journal, `${where}${when}: public/ is not a whole site, so the journal must record the publish`).toBe(true);
    return { whole, journal };
  };
  const first = await state('');

  // The build after a crash meets a content error: recovery alone must leave a complete site.
  const broken = join(root, 'content/editions/2024-03-05-broken.md');
  await writeFile(broken, edition({ headline: 'Broken', date: 'not a date' }));
  if (first.journal && killRecoveryAt !== undefined) {
    // ...and may itself be killed while it recovers.
    await buildKilledAt(root, { ...env, EDITION_TEST_KILL_AT: String(killRecoveryAt) }, undefined, true);
    await state(`, then recovery killed at step ${killRecoveryAt}`);
  }
  const failed = await runCli(['build'], { cwd: root, env });
  expect(failed.code, `${where}: the broken build fails`).toBe(1);
  const left = await treeDigest(join(root, 'public'));
  expect(equal(left, oldSite) || equal(left, newSite), `${where}: a failed build after a crash leaves a whole site`).toBe(true);
  if (!first.whole && killRecoveryAt === undefined) expect(failed.stderr, `${where}: the build reports the recovery`).toMatch(/stopped part-way/);
  await rm(broken);

  const next = await runCli(['build'], { cwd: root, env });
  expect(next.code, `${where}: ${next.stderr}`).toBe(0);
  expect(equal(await treeDigest(join(root, 'public')), newSite), `${where}: the next build publishes the new site`).toBe(true);
  const beside = (await readdir(root)).filter((entry) => entry.startsWith('.edition-') && entry !== '.edition-cache' && entry !== '.edition-releases-public');
  expect(beside, `${where}: nothing left beside public/`).toEqual([]);
}

function equal(a: Digest, b: Digest): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Kill at step 1, 2, 3... until a build runs to the end; two at a time. Returns how many kill points there were. */
async function killAtEveryStep(mode: Mode): Promise<number> {
  const { cache, env = {} } = mode;
  let finished = false;
  let points = 0;
  for (let step = 1; !finished; step += 2) {
    const pair = [step, step + 1].map(async (at) => {
      const root = await projectWithOldSite(mode);
      const killed = await buildKilledAt(root, { ...env, EDITION_TEST_KILL_AT: String(at) });
      if (!killed) {
        finished = true;
        expect(equal(await treeDigest(join(root, 'public')), sitesOf(mode).newSite)).toBe(true);
        return;
      }
      points++;
      // Every other kill point, the recovery is killed too, at its first, second or third step.
      const killRecoveryAt = at % 2 === 0 ? (at % 3) + 1 : undefined;
      await expectNoSiteLost(root, `${mode.releases ? 'release' : cache ? 'incremental' : 'full'} write killed at step ${at}`, mode, killRecoveryAt);
      if (mode.releases) expect(isReleaseLink(join(root, 'public'))).toBe(true);
      await removeTemp(root);
    });
    await Promise.all(pair);
  }
  return points;
}

/** The old site built in a new project from `settings`, and the new site it becomes, built beside it. */
async function prepareSites(settings: string): Promise<Sites> {
  const base = await makeProject(siteFiles({ ...before, 'content/site.yml': settings, 'content/media/narration.mp3': await readFile(NARRATION) }));
  const old = await runCli(['build', '--quiet'], { cwd: base });
  expect(old.code, old.stderr).toBe(0);
  const oldSite = await treeDigest(join(base, 'public'));
  const reference = tempDir('edition-crash-reference-');
  await cp(base, reference, { recursive: true });
  await switchToNewContent(reference);
  const started = performance.now();
  expect((await runCli(['build', '--quiet'], { cwd: reference })).code).toBe(0);
  const buildMs = performance.now() - started;
  const newSite = await treeDigest(join(reference, 'public'));
  await removeTemp(reference);
  expect(equal(oldSite, newSite)).toBe(false);
  return { base, oldSite, newSite, buildMs };
}

beforeAll(async () => {
  // One share image, the newest edition's: the old site's and the new one's are at different paths, so a publish adds one
  // and removes one, and every one of the many builds here draws one card, not four (each some 60 ms on one core).
  sites.search = await prepareSites(`${SITE_YML_WITH_SEARCH}share_images: 1\n`);
  expect(Object.keys(sites.search.newSite).some((path) => path.startsWith('pagefind/'))).toBe(true);
  sites.plain = await prepareSites(`${SITE_YML}share_images: 1\n`);
}, 90_000);

afterAll(async () => {
  for (const site of Object.values(sites)) await removeTemp(site.base);
});

describe('a build killed while it publishes', () => {
  it('never loses the site when killed at any step of a full write', async () => {
    const points = await killAtEveryStep({ cache: false, search: false });
    expect(points).toBeGreaterThan(5);
    console.info(`full write: killed at each of ${points} publishing steps`);
  }, 300_000);

  it('never loses the site when killed at any step of a full write that replaces public/ in two renames', async () => {
    const points = await killAtEveryStep({ cache: false, search: false, env: { EDITION_TEST_NO_EXCHANGE: '1' } });
    expect(points).toBeGreaterThan(5);
    console.info(`full write, two renames: killed at each of ${points} publishing steps`);
  }, 300_000);

  it('never loses the site when killed at any step of an incremental write', async () => {
    const points = await killAtEveryStep({ cache: true, search: false });
    expect(points).toBeGreaterThan(10);
    console.info(`incremental write: killed at each of ${points} publishing steps`);
  }, 300_000);

  it('shows readers the old release or the new, never a mixture, when killed at any step of a release build', async () => {
    const points = await killAtEveryStep({ cache: true, releases: true });
    expect(points).toBeGreaterThan(3);
    console.info(`releases: killed at each of ${points} publishing steps`);
  }, 300_000);

  it('never loses the site when killed at random times', async () => {
    // A fixed sequence, so a failure can be replayed: times spread over a whole build, most of it before publishing.
    let seed = 15;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let run = 0; run < 8; run++) {
      const root = await projectWithOldSite({ cache: run % 2 === 0 });
      const at = Math.round(random() * sites.search!.buildMs);
      await buildKilledAt(root, {}, at);
      await expectNoSiteLost(root, `killed after ${at} ms (run ${run})`, { cache: run % 2 === 0 });
      await removeTemp(root);
    }
  }, 300_000);
});
