import { describe, expect, it } from 'vitest';
import { resolveSiteConfig } from '../../../../src/stages/validate/validate-settings.js';
import { parseYamlFile } from '../../../../src/stages/read/parse-yaml-file.js';

function resolve(text: string) {
  const parsed = parseYamlFile({ path: 'content/site.yml', text });
  if (!parsed.ok) return parsed;
  return resolveSiteConfig(parsed.document);
}

const minimal = 'title: GlobalPost\nurl: https://example.github.io/brief\ndescription: Daily.\n';

describe('resolveSiteConfig', () => {
  it('should apply defaults and normalise the URL with its subpath', () => {
    const result = resolve(minimal);
    expect(result.ok && result.config).toEqual({
      title: 'GlobalPost',
      url: 'https://example.github.io/brief/',
      basePath: '/brief/',
      language: 'en',
      dir: 'ltr',
      ogLocale: 'en_US',
      description: 'Daily.',
      timezone: 'UTC',
      pageSize: 20,
      feedItems: 20,
      shareImages: 'feed',
      search: { webSearch: 'duckduckgo' },
    });
  });

  it('should take share_images as feed, all, none or a whole number of editions', () => {
    for (const value of ['feed', 'all', 'none', 0, 50] as const) {
      const result = resolve(`${minimal}share_images: ${value}\n`);
      expect(result.ok && result.config.shareImages).toBe(value);
    }
  });

  it('errors on a share_images that is no window of editions, saying what it may be', () => {
    for (const value of ['some', '-1', '2.5', 'yes', '[feed]']) {
      const result = resolve(`${minimal}share_images: ${value}\n`);
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.diagnostics).toEqual([
        expect.objectContaining({
          field: 'share_images',
          line: 4,
          message: expect.stringMatching(/^"share_images" must be which editions get a share image of their own: "feed" \(those in the feeds\), "all", "none", or a whole number of the newest, e\.g\. 50, found /),
          hint: "For example share_images: feed. Editions without one show the site's image.",
        }),
      ]);
    }
  });

  it('should derive right-to-left from the language', () => {
    const result = resolve(`${minimal}language: ar-EG\n`);
    expect(result.ok && [result.config.language, result.config.dir, result.config.ogLocale]).toEqual(['ar-EG', 'rtl', 'ar_EG']);
  });

  it('errors on a URL that is not absolute http(s)', () => {
    for (const url of ['example.org', '/brief/', 'ftp://example.org/']) {
      const result = resolve(`title: T\nurl: ${url}\ndescription: D\n`);
      expect(!result.ok && result.diagnostics.map((d) => [d.field, d.line])).toEqual([['url', 2]]);
    }
  });

  it('errors on an unknown key with a guess, a bad language and a bad time zone, all at once', () => {
    const result = resolve(`${minimal}langauge: en\nlanguage: english!\ntimezone: Mars/Olympus\n`);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.diagnostics.map((d) => d.message)).toEqual([
      expect.stringMatching(/^"language" must be a BCP 47 language tag/),
      expect.stringMatching(/^"timezone" must be an IANA time zone/),
      'Unknown field "langauge". Did you mean "language"?',
    ]);
  });

  it('errors when required settings are missing', () => {
    const result = resolve('title: T\n');
    expect(!result.ok && result.diagnostics.map((d) => d.field)).toEqual(['url', 'description']);
  });
});
