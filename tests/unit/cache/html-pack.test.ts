import { readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HtmlPack } from '../../../src/cache/html-pack.js';
import { tempDir } from '../../helpers/temp.js';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('HtmlPack', () => {
  it('should give back what was put, across reopening', () => {
    const path = join(tempDir('pack-'), 'html.pack');
    const pack = HtmlPack.open(path);
    const refs = ['<p>One</p>', '<p>“Two”</p>', ''].map((html) => pack.put(bytes(html)));
    expect(pack.get(refs[1]!)).toBe('<p>“Two”</p>');
    pack.close();
    const again = HtmlPack.open(path);
    expect(refs.map((ref) => again.get(ref))).toEqual(['<p>One</p>', '<p>“Two”</p>', '']);
    again.close();
  });

  it('should refuse blobs that were truncated or changed on disk', () => {
    const path = join(tempDir('pack-'), 'html.pack');
    const pack = HtmlPack.open(path);
    const [a, b] = [pack.put(bytes('<p>first</p>')), pack.put(bytes('<p>second</p>'))];
    pack.close();
    const damaged = readFileSync(path);
    damaged[a.offset + 3] ^= 0xff;
    writeFileSync(path, damaged);
    truncateSync(path, b.offset + 2);
    const reopened = HtmlPack.open(path);
    expect(reopened.holds(b)).toBe(false);
    expect(reopened.get(b)).toBeUndefined();
    expect(reopened.get(a)).toBeUndefined();
    reopened.close();
  });

  it('should compact once half of it is dead, keeping the live blobs', () => {
    const path = join(tempDir('pack-'), 'html.pack');
    const pack = HtmlPack.open(path);
    const refs = Array.from({ length: 10 }, (_, i) => pack.put(bytes(`<p>${i}</p>`.repeat(50))));
    const live = [refs[2]!, refs[7]!];
    const moved = pack.compact(live);
    expect(moved.map((ref) => pack.get(ref))).toEqual([`<p>2</p>`.repeat(50), `<p>7</p>`.repeat(50)]);
    pack.close();
    expect(statSync(path).size).toBe(moved.reduce((sum, ref) => sum + ref.length, 0));
    // Nothing to gain: the same references come back.
    const full = HtmlPack.open(path);
    expect(full.compact(moved)).toBe(moved);
    full.close();
  });

  it('should remove a temporary pack when closed', () => {
    const pack = HtmlPack.temporary();
    pack.get(pack.put(bytes('x')));
    pack.close();
    expect(() => statSync(pack.path)).toThrow();
  });
});
