/**
 * `edition dev` against hostile requests: every one gets 400, 403, 404 or 414,
 * the server stays up, and no response ever holds a byte of a secret file kept
 * outside the project, whichever way the request climbs, encodes or links to it.
 * Requests go through raw sockets, so no client library tidies the path first.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEvents, startDev, type DevProcess, type EventStream } from '../helpers/dev.js';
import { edition, makeProject, NARRATION, siteFiles } from '../helpers/site.js';
import { removeTemp, tempDir } from '../helpers/temp.js';

const SECRET = `edition-secret-${randomBytes(12).toString('hex')}`;

let root: string;
let outside: string;
let secretPath: string;
let dev: DevProcess;
let events: EventStream;
/** Every response any test received, to look for the secret in all of them at the end. */
const received: Buffer[] = [];

interface Raw {
  status: number;
  head: string;
  body: Buffer;
}

/** Send `head` as is on a new connection and read the whole answer (Connection: close, or an error, makes the server close it; a browser never half-closes, so neither does this). */
function raw(head: string | Buffer): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const socket = connect(dev.port, '127.0.0.1', () => socket.write(head));
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    // The server may close while a long request is still being written: what it answered is what counts.
    socket.on('error', (error: NodeJS.ErrnoException) => (error.code === 'ECONNRESET' || error.code === 'EPIPE' ? undefined : reject(error)));
    socket.on('close', () => {
      const all = Buffer.concat(chunks);
      received.push(all);
      const end = all.indexOf('\r\n\r\n');
      const head = all.subarray(0, end === -1 ? all.length : end).toString('latin1');
      resolve({ status: Number(/^HTTP\/1\.[01] (\d{3})/.exec(head)?.[1] ?? 0), head, body: all.subarray(end + 4) });
    });
  });
}

/** GET `target` exactly as written, addressed to the preview unless another Host is given. */
const get = (target: string, host: string | null = `127.0.0.1:${dev.port}`) =>
  raw(`GET ${target} HTTP/1.1\r\n${host === null ? '' : `Host: ${host}\r\n`}Connection: close\r\n\r\n`);

beforeAll(async () => {
  outside = tempDir('edition-outside-');
  secretPath = join(outside, 'secret.txt');
  writeFileSync(secretPath, `${SECRET}\n`);
  root = await makeProject(
    siteFiles({
      'content/editions/2024-03-12-first.md': edition({ headline: 'First', date: '2024-03-12', audio: 'media/voice.mp3', tags: '[Україна]' }),
      'content/editions/2024-03-13-second.md': edition({ headline: 'Second', date: '2024-03-13', audio: 'media/swapped.mp3' }),
      'content/media/voice.mp3': readFileSync(NARRATION),
      'content/media/swapped.mp3': readFileSync(NARRATION),
      'content/media/50% off.mp3': readFileSync(NARRATION),
    }),
  );
  // Links made before the server starts, pointing out of the project: a file and a folder.
  symlinkSync(secretPath, join(root, 'content/media/secret.mp3'));
  symlinkSync(outside, join(root, 'content/media/outside'));
  dev = await startDev(root);
  events = await openEvents(dev.url);
  await events.next((e) => e.event === 'hello');
});

afterAll(async () => {
  try {
    events?.close();
    if (dev) expect(await dev.stop()).toBe(0);
  } finally {
    await removeTemp(root);
    await removeTemp(outside);
  }
});

describe('edition dev refuses hostile requests', () => {
  it('should serve the site and its media as usual (the baseline the refusals are measured against)', async () => {
    expect((await get('/')).status).toBe(200);
    expect((await get('/2024/03/12/first/')).status).toBe(200);
    const media = await get('/media/voice.mp3');
    expect(media.status).toBe(200);
    expect(media.body.equals(readFileSync(NARRATION))).toBe(true);
    // A "%" in a file name is the file's own: send() must not decode it a second time.
    expect((await get('/media/50%25%20off.mp3')).status).toBe(200);
  });

  it('should redirect a folder without its slash to its percent-encoded address, whatever the script of its name', async () => {
    // The decoded path in a Location header made writeHead throw: the preview stopped (and then answered "500 Found").
    const tag = '/tags/%D1%83%D0%BA%D1%80%D0%B0%D1%97%D0%BD%D0%B0';
    const redirect = await get(`${tag}?from=test`);
    expect(redirect.head).toMatch(/^HTTP\/1\.1 302 Found\r\n/);
    expect(redirect.head).toContain(`\r\nLocation: ${tag}/?from=test`);
    expect((await get(`${tag}/`)).status).toBe(200);
  });

  it('should refuse ".." segments, plain and percent-encoded, with 400', async () => {
    const up = '../'.repeat(12);
    const name = basename(outside);
    for (const target of [
      `/${up}${secretPath.slice(1)}`,
      `/media/../../../${name}/secret.txt`,
      `/media/${up}etc/passwd`,
      `/${'%2e%2e/'.repeat(12)}${secretPath.slice(1)}`,
      `/media/%2e%2e/%2e%2e/%2e%2e/${name}/secret.txt`,
      `/media/..%2f..%2f..%2f${name}%2fsecret.txt`,
      `/${'%2e%2e%2f'.repeat(12)}${secretPath.slice(1)}`,
      '/media/.%2e/site.yml',
      `/media/..`,
    ]) {
      expect((await get(target)).status, target).toBe(400);
    }
  });

  it('should decode once: a double-encoded climb is a name that does not exist (404)', async () => {
    for (const target of [`/${'%252e%252e%252f'.repeat(12)}${secretPath.slice(1)}`, `/media/%252e%252e/%252e%252e/${basename(outside)}/secret.txt`]) {
      expect((await get(target)).status, target).toBe(404);
    }
  });

  it('should refuse backslashes, encoded backslashes and NUL bytes with 400', async () => {
    for (const target of [
      `/..\\..\\..\\..\\..\\..\\${secretPath.slice(1).replaceAll('/', '\\')}`,
      `/media\\..\\..\\content\\site.yml`,
      `/media/..%5c..%5c${basename(outside)}%5csecret.txt`,
      '/media/voice.mp3%00.html',
      `/${secretPath.slice(1)}%00`,
    ]) {
      expect((await get(target)).status, target).toBe(400);
    }
  });

  it('should answer absolute paths as missing site pages (404), and absolute-form targets with 400', async () => {
    for (const target of ['//etc/passwd', `/${secretPath}`, '/C:/', '/C:/Windows/win.ini', `/file://${secretPath}`, '//[']) {
      expect((await get(target)).status, target).toBe(404);
    }
    expect((await get(`http://evil.example/`)).status).toBe(400);
    expect((await get(`file://${secretPath}`)).status).toBe(400);
  });

  it('should refuse an over-long address with 414 and keep answering', async () => {
    expect((await get(`/${'a'.repeat(100_000)}`)).status).toBe(414);
    expect((await get(`/${'a'.repeat(10_000)}`)).status).toBe(414);
    expect((await get('/')).status).toBe(200);
  });

  it('should answer requests it cannot parse with 400 and keep answering', async () => {
    expect((await raw(Buffer.from(`GET /a\u0000b HTTP/1.1\r\nHost: 127.0.0.1:${dev.port}\r\n\r\n`, 'latin1'))).status).toBe(400);
    expect((await raw('NOT HTTP AT ALL\r\n\r\n')).status).toBe(400);
    expect((await get('/')).status).toBe(200);
  });

  it('should not serve symbolic links in content/media that lead out of the project (404)', async () => {
    for (const target of ['/media/secret.mp3', '/media/outside/secret.txt']) {
      expect((await get(target)).status, target).toBe(404);
    }
  });

  it('should answer only requests addressed to this machine (DNS rebinding): 403 for a foreign Host', async () => {
    const port = dev.port;
    for (const host of ['evil.example', `evil.example:${port}`, `127.0.0.1.evil.example:${port}`, `localhost.evil.example:${port}`, '']) {
      expect((await get('/', host)).status, host).toBe(403);
    }
    // No Host at all: Node itself refuses an HTTP/1.1 request without one (400).
    expect([400, 403]).toContain((await get('/', null)).status);
    expect((await get('/__edition/events', 'evil.example')).status).toBe(403);
    expect((await get(`/media/voice.mp3`, `evil.example:${port}`)).status).toBe(403);
    for (const host of [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`, 'localhost']) {
      expect((await get('/', host)).status, host).toBe(200);
    }
  });

  it('should not follow a media file replaced by a link after the build, though the last good build still lists it', async () => {
    const media = join(root, 'content/media/swapped.mp3');
    rmSync(media);
    symlinkSync(secretPath, media);
    // The rebuild fails (the edition's audio is no longer a file): the last good site, which lists it, stays up.
    await events.next((e) => e.event === 'update' && e.data.ok === false);
    expect((await get('/media/swapped.mp3')).status).toBe(404);
    expect((await get('/2024/03/13/second/')).status).toBe(200);
  });

  it('should never have sent a byte of the secret', () => {
    expect(received.length).toBeGreaterThan(40);
    for (const response of received) expect(response.includes(SECRET)).toBe(false);
  });
});
