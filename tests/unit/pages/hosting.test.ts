import { describe, expect, it } from 'vitest';
import type { Page, SiteData } from '../../../src/model/index.js';
import { headerRules, serializePolicy, unionPolicy } from '../../../src/pages/hosting.js';

const site = (url = 'https://example.org/news/') =>
  ({ config: { url, basePath: new URL(url).pathname }, assets: [{ name: 'style.css', path: 'assets/style.abc.css' }], media: [{ src: 'media/a.mp3' }] }) as unknown as SiteData;
const page = (kind: string, url: string, path = url.endsWith('/') || url === '' ? `${url}index.html` : url) => ({ kind, url, path }) as Page;

describe('unionPolicy', () => {
  it('should allow what any policy allows, dropping a "none" another source replaces', () => {
    const union = unionPolicy([
      { 'default-src': ["'none'"], 'img-src': ["'self'"] },
      { 'default-src': ["'none'"], 'img-src': ["'self'", 'https:'], 'media-src': ["'self'"] },
      { 'default-src': ["'none'"], 'media-src': ["'none'"] },
    ]);
    expect(serializePolicy(union)).toBe("default-src 'none'; img-src 'self' https:; media-src 'self'");
  });
});

describe('headerRules', () => {
  it('should write one rule per top folder, one per file at the top, all under the base path', () => {
    const rules = headerRules(site(), [page('home', ''), page('edition', '2024/03/12/a/'), page('edition', '2024/03/13/b/'), page('archive', 'archive/')], [
      { path: 'assets/style.abc.css', contents: '', sources: [] },
      { path: 'media/a.mp3', contents: '', sources: [] },
      { path: 'feed.xml', contents: '', sources: [] },
    ]);
    expect(rules.map(([pattern]) => pattern)).toEqual(['/news/*', '/news/', '/news/2024/*', '/news/archive/*', '/news/assets/*', '/news/feed.xml', '/news/index.html', '/news/media/*']);
  });

  it('should give a folder whose pages need different policies a rule per page, and redirect pages none of their own', () => {
    const rules = headerRules(site('https://example.org/'), [page('edition', 'x/2024/a/'), page('archive', 'x/archive/'), page('redirect', 'x/old/'), page('redirect', 'gone/')], []);
    expect(rules.map(([pattern]) => pattern)).toEqual(['/*', '/x/2024/a/', '/x/2024/a/index.html', '/x/archive/', '/x/archive/index.html']);
  });
});
