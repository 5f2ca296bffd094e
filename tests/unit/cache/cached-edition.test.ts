import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachedEdition, storedEdition } from '../../../src/cache/cached-edition.js';
import { HtmlPack } from '../../../src/cache/html-pack.js';
import type { RenderedEdition } from '../../../src/model/index.js';

const edition = (pack: HtmlPack): RenderedEdition => ({
  file: 'content/editions/2024-03-12-punching-back.md',
  slug: 'punching-back',
  headline: 'Punching Back',
  date: { epoch: 1710241200000, iso: '2024-03-12T07:00:00-04:00', year: '2024', month: '03', day: '12' },
  updated: { epoch: 1710270000000, iso: '2024-03-12T15:00:00-04:00', year: '2024', month: '03', day: '12' },
  tags: ['Ukraine', 'Energy'],
  draft: false,
  showOffer: false,
  bodyLine: 9,
  summary: 'Drones hit refineries.',
  audio: { src: 'media/brief.mp3', title: 'Listen', line: 5 },
  contentKey: 'key',
  html: pack.put(new TextEncoder().encode('<p>Body</p>')),
  description: 'Drones hit refineries.',
  url: '2024/03/12/punching-back/',
  media: { src: 'media/brief.mp3', mimeType: 'audio/mpeg', bytes: 1200, durationSeconds: 61.5, title: 'Listen' },
});

describe('cached editions', () => {
  it('should keep only list facts in the index and read the details back on first use', () => {
    const pack = HtmlPack.open(join(mkdtempSync(join(tmpdir(), 'edition-')), 'html.pack'));
    const original = edition(pack);
    const stored = storedEdition(original, pack);
    expect(Object.keys(stored).sort()).toEqual(['contentKey', 'date', 'details', 'draft', 'file', 'headline', 'html', 'slug', 'tags', 'updated', 'url']);

    const damaged: string[] = [];
    const cached = cachedEdition(stored, pack, (file) => damaged.push(file));
    const read = Object.fromEntries(Object.keys(original).map((field) => [field, cached[field as keyof RenderedEdition]]));
    expect(read).toEqual(original);
    expect(damaged).toEqual([]);
    pack.close();
  });

  it('should report details that no longer verify, and read them as empty', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'edition-')), 'html.pack');
    const pack = HtmlPack.open(path);
    const stored = storedEdition(edition(pack), pack);
    pack.close();
    const bytes = readFileSync(path);
    bytes[stored.details.offset + 2] ^= 0xff;
    writeFileSync(path, bytes);

    const reopened = HtmlPack.open(path);
    const damaged: string[] = [];
    const cached = cachedEdition(stored, reopened, (file) => damaged.push(file));
    expect(cached.headline).toBe('Punching Back');
    expect(cached.description).toBe('');
    expect(cached.media).toBeUndefined();
    expect(damaged).toEqual(['content/editions/2024-03-12-punching-back.md']);
    reopened.close();
  });
});
