import { describe, expect, it } from 'vitest';
import { changedPaths, createSnapshot, lookup } from '../../../src/dev/site-snapshot.js';

const file = (path: string, contents: string | Uint8Array | { copyFrom: string }) => ({ path, contents, sources: [] });

describe('changedPaths', () => {
  it('should list added, removed and changed files, comparing bytes', () => {
    const before = createSnapshot([file('a.html', 'A'), file('b.css', Buffer.from('b')), file('gone.html', 'x')], 'v1');
    const after = createSnapshot([file('a.html', 'A'), file('b.css', Buffer.from('B')), file('new.html', 'n')], 'v2');
    expect(changedPaths(before, after, new Set())).toEqual(['b.css', 'gone.html', 'new.html']);
  });

  it('should count a copied file as changed only when the watcher saw its source change', () => {
    const media = file('media/a.mp3', { copyFrom: '/site/content/media/a.mp3' });
    const before = createSnapshot([media], 'v1');
    const after = createSnapshot([media], 'v2');
    expect(changedPaths(before, after, new Set())).toEqual([]);
    expect(changedPaths(before, after, new Set(['/site/content/media/a.mp3']))).toEqual(['media/a.mp3']);
  });
});

describe('lookup', () => {
  const site = createSnapshot([file('index.html', 'home'), file('2024/03/12/x/index.html', 'x'), file('assets/s.css', 'c')], 'v');

  it('should find pages by folder and files by name', () => {
    expect(lookup(site, '/')).toMatchObject({ kind: 'file', path: 'index.html' });
    expect(lookup(site, '/2024/03/12/x/')).toMatchObject({ kind: 'file', path: '2024/03/12/x/index.html' });
    expect(lookup(site, '/assets/s.css')).toMatchObject({ kind: 'file', contents: 'c' });
  });

  it('should redirect a page folder without its slash, and miss the rest', () => {
    expect(lookup(site, '/2024/03/12/x')).toEqual({ kind: 'redirect', location: '/2024/03/12/x/' });
    expect(lookup(site, '/2024/03/12/y/')).toEqual({ kind: 'missing' });
  });
});
