import { describe, expect, it } from 'vitest';
import { aliasOutputPath, parseAlias } from '../../../src/util/alias-paths.js';

describe('parseAlias', () => {
  it.each([
    ['/2019/03/old-slug/', '2019/03/old-slug/'],
    ['2019/03/old-slug', '2019/03/old-slug/'],
    ['//'.slice(1) + 'old//story/', 'old/story/'],
    ['old/story.html', 'old/story.html'],
    ['OLD/Story.HTM', 'OLD/Story.HTM'],
    ['legacy/grain%20deal', 'legacy/grain deal/'],
    ['%C3%89lections/', 'Élections/'],
    ['/', ''],
    ['media.html', 'media.html'],
  ])('should read %s as %s', (written, path) => {
    expect(parseAlias(written)).toEqual({ ok: true, path });
  });

  it.each(['https://x.example/a', 'javascript:alert(1)', '//x.example/a', '\\\\x.example\\a', 'a/../../b', 'a/%2E%2E/b', 'a?b', 'a#b', 'a b', 'a/%0A/b', 'a\\b', 'assets/x/', 'media/a.mp3', 'sitemaps/x.html', ' '])(
    'should refuse %j',
    (written) => {
      expect(parseAlias(written).ok).toBe(false);
    },
  );
});

describe('aliasOutputPath', () => {
  it('should serve a folder by its index.html and a file as itself', () => {
    expect(aliasOutputPath('old/story/')).toBe('old/story/index.html');
    expect(aliasOutputPath('old/story.html')).toBe('old/story.html');
    expect(aliasOutputPath('')).toBe('index.html');
  });
});
