import { describe, expect, it } from 'vitest';
import { encodePath, isHttpUrl, isSafeHref, relativeUrl, safeRelativePath } from '../../../src/util/urls.js';

describe('urls', () => {
  it('should percent-encode path segments, and leave plain paths as they are', () => {
    expect(encodePath('2024/03/12/punching-back/')).toBe('2024/03/12/punching-back/');
    expect(encodePath('assets/style.3f2a1c.css')).toBe('assets/style.3f2a1c.css');
    expect(encodePath('media/ep#1 (final).mp3')).toBe('media/ep%231%20(final).mp3');
    expect(encodePath('tags/économie/')).toBe('tags/%C3%A9conomie/');
    expect(encodePath('../a?b')).toBe('../a%3Fb');
  });

  it('should link between pages with relative URLs', () => {
    expect(relativeUrl('2024/03/12/a/index.html', 'assets/style.css')).toBe('../../../../assets/style.css');
    expect(relativeUrl('2024/03/12/a/index.html', '2024/03/11/b/')).toBe('../../11/b/');
    expect(relativeUrl('2024/03/12/a/index.html', '2024/03/12/b/')).toBe('../b/');
    expect(relativeUrl('2024/03/12/a/index.html', '2024/03/12/a/')).toBe('./');
    expect(relativeUrl('index.html', '')).toBe('./');
    expect(relativeUrl('index.html', '2024/03/12/a/')).toBe('2024/03/12/a/');
    expect(relativeUrl('archive/page/2/index.html', '')).toBe('../../../');
  });

  it('should refuse unsafe link schemes however they are written', () => {
    for (const href of ['javascript:alert(1)', ' JavaScript:x', 'java\tscript:x', 'data:text/html,x', 'vbscript:x']) {
      expect(isSafeHref(href)).toBe(false);
    }
    for (const href of ['https://a.example', 'mailto:a@b.example', '#note', 'media/a.jpg', '../x/', 'tel:+1']) {
      expect(isSafeHref(href)).toBe(true);
    }
  });

  it('should keep relative paths inside their folder', () => {
    expect(safeRelativePath('media/./a.mp3')).toBe('media/a.mp3');
    expect(safeRelativePath('media//a.mp3')).toBe('media/a.mp3');
    for (const path of ['2024/03/12/punching-back/index.html', 'tags/c-sharp/page/2/index.html', 'feed.xml', 'a..b/c', '.well-known/x', 'média/é.mp3']) {
      expect(safeRelativePath(path)).toBe(path);
    }
    for (const path of ['../a', 'media/../../a', '/etc/passwd', 'C:\\x', '\\\\server\\x', 'file:///x', '', 'a/..', 'a\\..\\..\\b']) {
      expect(safeRelativePath(path)).toBeUndefined();
    }
  });

  it('should accept only absolute http(s) URLs as site URLs', () => {
    expect(isHttpUrl('https://example.org/sub/')).toBe(true);
    expect(['example.org', '/sub/', 'ftp://example.org/', 'https://'].map(isHttpUrl)).toEqual([false, false, false, false]);
  });
});
