/** What the preview refuses before looking anything up: request targets, host names, media outside the media folder. */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isLocalHost, MAX_TARGET_LENGTH, parseTarget, realMediaPath } from '../../../src/dev/request-guard.js';
import { tempDir } from '../../helpers/temp.js';

const status = (raw: string) => {
  const target = parseTarget(raw);
  return target.ok ? 'ok' : target.status;
};

describe('parseTarget', () => {
  it('should decode a site path once and keep the query as sent', () => {
    expect(parseTarget('/tags/%D1%83%D0%BA/?a=%2e%2e')).toEqual({ ok: true, path: '/tags/ук/', search: '?a=%2e%2e' });
    expect(parseTarget('/media/ep%231.mp3')).toEqual({ ok: true, path: '/media/ep#1.mp3', search: '' });
    // Decoded once only: what a double encoding leaves is a plain (missing) name, never a "..".
    expect(parseTarget('/%252e%252e%252fsecret')).toEqual({ ok: true, path: '/%2e%2e%2fsecret', search: '' });
  });

  it('should refuse ".." and "." segments, plain or percent-encoded', () => {
    for (const raw of ['/../etc/passwd', '/media/../../secret', '/%2e%2e/secret', '/%2E%2e/x', '/.%2e/x', '/a/./b', '/..', '/media/%2e']) {
      expect(status(raw), raw).toBe(400);
    }
  });

  it('should refuse backslashes, encoded slashes and backslashes, control characters and bad encoding', () => {
    for (const raw of ['/..\\..\\secret', '/media\\x', '/..%2f..%2fsecret', '/a%2Fb', '/..%5c..%5csecret', '/a%00b', '/a%0d%0aSet-Cookie:x', '/a%7f', '/%', '/%zz', '/%c0%ae']) {
      expect(status(raw), raw).toBe(400);
    }
  });

  it('should refuse targets that are not a path: absolute-form (another host) and "*"', () => {
    expect(status('http://evil.example/')).toBe(400);
    expect(status('*')).toBe(400);
    expect(status('')).toBe(400);
  });

  it('should refuse an over-long target with 414', () => {
    expect(status(`/${'a'.repeat(MAX_TARGET_LENGTH)}`)).toBe(414);
    expect(status(`/${'a'.repeat(MAX_TARGET_LENGTH - 1)}`)).toBe('ok');
  });

  it('should never give a path that climbs, has a backslash or a control character, whatever is sent', () => {
    const piece = fc.constantFrom('/', '.', '..', '%2e', '%2E', '%2f', '%5c', '\\', '%00', '%25', 'a', '%', '?', '%c3%a9', 'C:');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const target = parseTarget(`/${pieces.join('')}`);
        if (!target.ok) return;
        expect(target.path.startsWith('/')).toBe(true);
        expect(target.path.split('/')).not.toContain('..');
        expect(target.path.split('/')).not.toContain('.');
        expect(target.path).not.toMatch(/[\\\u0000-\u001f]/);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('isLocalHost', () => {
  it('should accept this machine by name or address, with any port', () => {
    for (const host of ['localhost', 'localhost:4000', 'LOCALHOST:4000', '127.0.0.1:4000', '[::1]:4000', '[::1]', 'app.localhost:4000']) {
      expect(isLocalHost(host), host).toBe(true);
    }
  });

  it('should refuse any other name, and no name at all', () => {
    for (const host of ['evil.example', 'evil.example:4000', '127.0.0.1.evil.example', 'localhost.evil.example', 'localhost.', '', '10.0.0.2:4000', '0.0.0.0:4000']) {
      expect(isLocalHost(host), host).toBe(false);
    }
  });
});

describe('realMediaPath', () => {
  it('should give files inside the media folder, and nothing for links that lead out of it', async () => {
    const root = tempDir('edition-guard-');
    const media = join(root, 'content/media');
    mkdirSync(join(media, 'sub'), { recursive: true });
    mkdirSync(join(root, 'outside'));
    writeFileSync(join(media, 'sub/a.mp3'), 'a');
    writeFileSync(join(root, 'outside/secret.txt'), 'secret');
    symlinkSync(join(root, 'outside/secret.txt'), join(media, 'link.mp3'));
    symlinkSync(join(root, 'outside'), join(media, 'folder'));
    symlinkSync(join(media, 'sub/a.mp3'), join(media, 'inside.mp3'));

    expect(await realMediaPath(join(media, 'sub/a.mp3'), media)).toBe(join(media, 'sub/a.mp3'));
    expect(await realMediaPath(join(media, 'inside.mp3'), media)).toBe(join(media, 'sub/a.mp3'));
    expect(await realMediaPath(join(media, 'link.mp3'), media)).toBeUndefined();
    expect(await realMediaPath(join(media, 'folder/secret.txt'), media)).toBeUndefined();
    expect(await realMediaPath(join(media, 'gone.mp3'), media)).toBeUndefined();
    // A media folder that is itself a link (to a shared drive) is the editor's choice: files inside it are served.
    symlinkSync(join(root, 'outside'), join(root, 'content/linked-media'));
    expect(await realMediaPath(join(root, 'content/linked-media/secret.txt'), join(root, 'content/linked-media'))).toBe(join(root, 'outside/secret.txt'));
  });
});
