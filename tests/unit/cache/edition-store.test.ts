import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DamagedCacheError } from '../../../src/cache/damaged-cache-error.js';
import { EditionStore } from '../../../src/cache/edition-store.js';
import { HtmlPack } from '../../../src/cache/html-pack.js';
import type { EditionDetails } from '../../../src/model/index.js';
import { tempDir } from '../../helpers/temp.js';

const encoder = new TextEncoder();

const details: EditionDetails = {
  description: 'Drones hit refineries.',
  summary: 'Drones hit refineries.',
  audio: { src: 'media/brief.mp3', title: 'Listen', line: 5 },
  media: { src: 'media/brief.mp3', mimeType: 'audio/mpeg', bytes: 1200, durationSeconds: 61.5, title: 'Listen' },
  showOffer: false,
  bodyLine: 9,
};

const prepared = {
  edition: {
    file: 'content/editions/2024-03-12-punching-back.md',
    slug: 'punching-back',
    headline: 'Punching Back',
    date: { epoch: 1710241200000, iso: '2024-03-12T07:00:00-04:00', year: '2024', month: '03', day: '12' },
    tags: ['Ukraine', 'Energy'],
    draft: false,
    contentKey: 'key',
    url: '2024/03/12/punching-back/',
  },
  html: encoder.encode('<p>Body</p>'),
  details: encoder.encode(JSON.stringify(details)),
};

describe('EditionStore', () => {
  it('gives plain editions that survive spreading, cloning and JSON', () => {
    const pack = HtmlPack.open(join(tempDir(), 'html.pack'));
    const edition = new EditionStore(pack).put(prepared);
    expect(Object.getPrototypeOf(edition)).toBe(Object.prototype);
    expect({ ...edition }).toEqual(edition);
    expect(structuredClone(edition)).toEqual(edition);
    expect(JSON.parse(JSON.stringify(edition))).toEqual(edition);
    pack.close();
  });

  it('reads the HTML and details back, from any copy of the edition', () => {
    const pack = HtmlPack.open(join(tempDir(), 'html.pack'));
    const store = new EditionStore(pack);
    const edition = store.put(prepared);
    const copy = structuredClone(edition);
    expect(store.html(copy)).toBe('<p>Body</p>');
    expect(store.details(copy)).toEqual(details);
    pack.close();
  });

  it("reads this build's details after a temporary pack is gone", () => {
    const pack = HtmlPack.temporary();
    const store = new EditionStore(pack);
    const edition = store.put(prepared);
    pack.close();
    expect(store.details(edition)).toEqual(details);
  });

  it('throws DamagedCacheError, naming the edition, for details or HTML that no longer verify', () => {
    const path = join(tempDir(), 'html.pack');
    const pack = HtmlPack.open(path);
    const edition = new EditionStore(pack).put(prepared);
    pack.close();
    const bytes = readFileSync(path);
    bytes[edition.details.offset + 2] ^= 0xff;
    bytes[edition.html.offset + 1] ^= 0xff;
    writeFileSync(path, bytes);

    const reopened = HtmlPack.open(path);
    const store = new EditionStore(reopened);
    expect(() => store.details(edition)).toThrow(DamagedCacheError);
    expect(() => store.html(edition)).toThrow(expect.objectContaining({ file: prepared.edition.file }));
    reopened.close();
  });
});
