/**
 * `edition dev` end to end: the compiled CLI on a free port, fetched like a
 * browser would, with changes observed through the reload channel.
 * No timing assertions here: bench/dev-reload.mjs measures the loop.
 */
import { request } from 'node:http';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { attribute, parseHtml } from '../helpers/html.js';
import { openEvents, startDev, type DevProcess, type EventStream } from '../helpers/dev.js';
import { edition, makeProject, NARRATION, siteFiles } from '../helpers/site.js';
import { removeTemp } from '../helpers/temp.js';

const PAGE = '2024/03/12/first/';
const FILE = 'content/editions/2024-03-12-first.md';
const FIRST = edition({ headline: 'First Headline', date: '2024-03-12', audio: 'media/voice.mp3' });

async function page(dev: DevProcess, path: string) {
  const response = await fetch(new URL(path, dev.url), { redirect: 'manual' });
  return { status: response.status, headers: response.headers, html: await response.text() };
}

function overlayData(html: string): { location: string; message: string; code: string; hint?: string }[] {
  return JSON.parse(attribute(parseHtml(html).one('script[data-problems]'), 'data-problems') ?? '[]');
}

describe('edition dev', () => {
  let root: string;
  let dev: DevProcess;
  let events: EventStream;

  beforeAll(async () => {
    root = await makeProject(
      siteFiles({
        [FILE]: FIRST,
        'content/editions/2024-03-13-unfinished.md': edition({ headline: 'Unfinished', date: '2024-03-13', draft: 'true' }),
        'content/editions/2999-01-01-far-off.md': edition({ headline: 'Far Off', date: '2999-01-01' }),
        'content/media/voice.mp3': await readFile(NARRATION),
      }),
    );
    dev = await startDev(root);
    events = await openEvents(dev.url);
    const hello = await events.next((e) => e.event === 'hello');
    expect(hello.data).toMatchObject({ ok: true, problems: [] });
  });

  afterAll(async () => {
    try {
      events?.close();
      if (dev) expect(await dev.stop()).toBe(0);
    } finally {
      await removeTemp(root);
    }
  });

  it('should serve the site at its own address, with the reload client and canonical links to the preview', async () => {
    const { status, headers, html } = await page(dev, PAGE);
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('text/html; charset=utf-8');
    const doc = parseHtml(html);
    expect(doc.text('h1')).toBe('First Headline');
    expect(attribute(doc.one('link[rel=canonical]'), 'href')).toBe(`http://localhost:${dev.port}/${PAGE}`);
    expect(attribute(doc.one('script[data-page]'), 'src')).toBe('/__edition/client.js');
    expect(attribute(doc.one('script[data-page]'), 'data-page')).toBe(`${PAGE}index.html`);
    expect((await fetch(new URL('__edition/client.js', dev.url))).headers.get('content-type')).toMatch(/javascript/);
  });

  it('should refuse requests addressed to another host name (DNS rebinding)', async () => {
    const status = (host: string) =>
      new Promise<number>((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port: dev.port, path: '/', headers: { Host: host } }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on('error', reject);
        req.end();
      });
    expect(await status('evil.example:80')).toBe(403);
    expect(await status(`localhost:${dev.port}`)).toBe(200);
    expect(await status(`127.0.0.1:${dev.port}`)).toBe(200);
  });

  it('should show drafts and future editions, marked as such', async () => {
    const draft = parseHtml((await page(dev, '2024/03/13/unfinished/')).html);
    expect(draft.text('.edition__flag')).toBe('Draft: not published');
    const future = parseHtml((await page(dev, '2999/01/01/far-off/')).html);
    expect(future.text('.edition__flag')).toMatch(/^Scheduled: not published until January 1, 2999/);
  });

  it('should serve media with byte ranges, redirect a folder without its slash, and 404 the rest', async () => {
    const audio = await fetch(new URL('media/voice.mp3', dev.url), { headers: { Range: 'bytes=0-9' } });
    expect(audio.status).toBe(206);
    expect(audio.headers.get('content-type')).toBe('audio/mpeg');
    expect((await audio.arrayBuffer()).byteLength).toBe(10);
    const redirect = await page(dev, PAGE.slice(0, -1));
    expect(redirect.status).toBe(302);
    expect(redirect.headers.get('location')).toBe(`/${PAGE}`);
    const missing = await page(dev, 'no/such/page/');
    expect(missing.status).toBe(404);
    expect(parseHtml(missing.html).maybe('script[data-page]')).toBeDefined();
  });

  it('should rebuild after a save and tell the page to reload', async () => {
    await writeFile(join(root, FILE), FIRST.replace('First Headline', 'Second Headline'));
    // A save can reach the watcher as two events (truncate, then write): wait for the build that has the page.
    const update = await events.next((e) => e.event === 'update' && (e.data.changed ?? []).includes(`${PAGE}index.html`));
    expect(update.data).toMatchObject({ ok: true, problems: [] });
    expect(update.data.changed).toContain(`${PAGE}index.html`);
    expect(parseHtml((await page(dev, PAGE)).html).text('h1')).toBe('Second Headline');
  });

  it('should keep serving the last good site when a file breaks, with the error on the page and in the terminal', async () => {
    await writeFile(join(root, FILE), FIRST.replace('2024-03-12', 'March 12th'));
    const update = await events.next((e) => e.event === 'update' && e.data.ok === false && (e.data.problems ?? []).length > 0);
    expect(update.data.ok).toBe(false);
    expect(update.data.problems).toEqual([
      expect.objectContaining({ location: `${FILE}:3:1`, code: 'invalid-field', message: expect.stringContaining('found "March 12th"') }),
    ]);
    const { status, html } = await page(dev, PAGE);
    expect(status).toBe(200);
    expect(parseHtml(html).text('h1')).toBe('Second Headline');
    expect(overlayData(html)).toEqual([expect.objectContaining({ location: `${FILE}:3:1` })]);
    await dev.waitForOutput(`${FILE}:3:1: error [invalid-field]`);
    await dev.waitForOutput('1 error; still serving the last good site.');
  });

  it('should clear the error once the file is fixed', async () => {
    await writeFile(join(root, FILE), FIRST.replace('First Headline', 'Fixed Headline'));
    const update = await events.next((e) => e.event === 'update' && e.data.ok === true);
    expect(update.data).toMatchObject({ ok: true, problems: [] });
    const { html } = await page(dev, PAGE);
    expect(overlayData(html)).toEqual([]);
    expect(parseHtml(html).text('h1')).toBe('Fixed Headline');
    await dev.waitForOutput(`Fixed: ${FILE}`);
  });

  it('should pick up a new edition and write nothing to disk', async () => {
    await writeFile(join(root, 'content/editions/2024-03-14-new.md'), edition({ headline: 'Brand New', date: '2024-03-14' }));
    // The watcher may see the file created before its text is in: wait for the update that has the page.
    const update = await events.next((e) => e.event === 'update' && (e.data.changed ?? []).includes('2024/03/14/new/index.html'));
    expect(update.data.ok).toBe(true);
    expect(parseHtml((await page(dev, '2024/03/14/new/')).html).text('h1')).toBe('Brand New');
    expect(existsSync(join(root, 'public'))).toBe(false);
  });

  it('should follow templates ejected while it runs, though templates/ did not exist when it started', async () => {
    expect(await runCli(['templates', 'eject', 'partials/offer'], { cwd: root })).toMatchObject({ code: 0 });
    const offer = join(root, 'templates/partials/offer.liquid');
    for (const words of ['Our own offer', 'Our better offer']) {
      await writeFile(offer, `<aside class="house-offer">${words}</aside>\n`);
      await events.next((e) => e.event === 'update' && (e.data.changed ?? []).includes(`${PAGE}index.html`));
      expect(parseHtml((await page(dev, PAGE)).html).text('aside.house-offer')).toBe(words);
    }
  });
});

describe('edition dev when the first build fails', () => {
  it('should serve a page listing the errors, and the site once they are fixed', async () => {
    const root = await makeProject(siteFiles({ [FILE]: FIRST.replace('2024-03-12', 'soon').replace('audio: media/voice.mp3\n', '') }));
    const dev = await startDev(root);
    try {
      const broken = await page(dev, PAGE);
      expect(broken.status).toBe(500);
      expect(parseHtml(broken.html).text('h1')).toBe('The site could not be built');
      expect(overlayData(broken.html)[0]).toMatchObject({ location: `${FILE}:3:1` });
      const events = await openEvents(dev.url);
      await writeFile(join(root, FILE), edition({ headline: 'Now Fine', date: '2024-03-12' }));
      const update = await events.next((e) => e.event === 'update' && e.data.ok);
      events.close();
      expect(update.data.changed).toContain(`${PAGE}index.html`);
      expect(parseHtml((await page(dev, PAGE)).html).text('h1')).toBe('Now Fine');
    } finally {
      await dev.stop();
    }
  });
});

describe('edition dev ports', () => {
  let blocker: Server;
  let taken: number;

  beforeAll(async () => {
    blocker = createServer().listen(0, '127.0.0.1');
    await once(blocker, 'listening');
    taken = (blocker.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((done) => blocker.close(() => done())));

  it('should take the next free port when the asked one is in use', async () => {
    const root = await makeProject(siteFiles({ [FILE]: edition({ headline: 'A', date: '2024-03-12' }) }));
    const dev = await startDev(root, ['--port', String(taken)]);
    try {
      expect(dev.port).toBeGreaterThan(taken);
      expect((await page(dev, '')).status).toBe(200);
    } finally {
      await dev.stop();
    }
  });

  it('exits 1 with one line when the port is in use and --strict-port is given', async () => {
    const root = await makeProject(siteFiles({ [FILE]: edition({ headline: 'A', date: '2024-03-12' }) }));
    const { runCli } = await import('../helpers/cli.js');
    const run = await runCli(['dev', '--port', String(taken), '--strict-port'], { cwd: root });
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([
      `Port ${taken} is in use by another program. Stop it, pass another --port, or leave out --strict-port to take the next free one.`,
    ]);
  });
});
