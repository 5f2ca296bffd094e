import { describe, expect, it } from 'vitest';
import type { SiteConfig } from '../../../../src/model/index.js';
import { parseFrontMatter } from '../../../../src/stages/read/parse-front-matter.js';
import { validateEdition } from '../../../../src/stages/validate/validate-edition.js';

const site: SiteConfig = {
  title: 'T',
  url: 'https://example.org/',
  basePath: '/',
  language: 'en',
  dir: 'ltr',
  description: 'D',
  timezone: 'America/New_York',
};

function validate(frontMatter: string, path = 'content/editions/2024-03-12-punching-back.md') {
  const parsed = parseFrontMatter({ path, text: `---\n${frontMatter}\n---\nBody\n` });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.diagnostics));
  return validateEdition(parsed.document, site);
}

describe('validateEdition', () => {
  it('should take the slug from the file name after the date', () => {
    const result = validate('headline: Punching Back\ndate: 2024-03-12');
    expect(result.ok && result.edition.slug).toBe('punching-back');
  });

  it('should prefer a slug field', () => {
    const result = validate('headline: X\ndate: 2024-03-12\nslug: custom-name');
    expect(result.ok && result.edition.slug).toBe('custom-name');
  });

  it('should read a date without offset in the site time zone', () => {
    const result = validate('headline: X\ndate: 2024-03-12');
    expect(result.ok && result.edition.date.iso).toBe('2024-03-12T00:00:00-04:00');
  });

  it('should apply defaults for optional fields', () => {
    const result = validate('headline: X\ndate: 2024-03-12\naudio: media/a.mp3');
    if (!result.ok) throw new Error('expected success');
    expect(result.edition).toMatchObject({ tags: [], draft: false, showOffer: true });
    // No title of its own: the page writes the catalogue's, in the site's language.
    expect(result.edition.audio).toEqual({ src: 'media/a.mp3', line: 4 });
  });

  it('should accept offer: false to hide the offer', () => {
    const result = validate('headline: X\ndate: 2024-03-12\noffer: false');
    expect(result.ok && result.edition.showOffer).toBe(false);
  });

  it('reports every problem at once, each at its own line', () => {
    const result = validate('headline: ""\ndate: 12/03/2024\ntags: Ukraine\ndraft: maybe');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.diagnostics.map((d) => [d.field, d.line])).toEqual([
      ['headline', 2],
      ['date', 3],
      ['tags', 4],
      ['draft', 5],
    ]);
    expect(result.diagnostics[2]!.message).toBe('"tags" must be a list of tags, e.g. [Ukraine, Energy], found "Ukraine".');
  });

  it('errors when a list item has the wrong type', () => {
    const result = validate('headline: X\ndate: 2024-03-12\ntags:\n  - ok\n  - [nested]');
    expect(!result.ok && result.diagnostics.map((d) => [d.field, d.line])).toEqual([['tags[1]', 6]]);
  });

  it('errors when audio is not an audio file in media/', () => {
    for (const src of ['media/notes.txt', 'other/a.mp3', '../media/a.mp3', 'https://cdn.example/a.mp3']) {
      const result = validate(`headline: X\ndate: 2024-03-12\naudio: ${src}`);
      expect(!result.ok && result.diagnostics[0]!.field).toBe('audio');
    }
  });

  it('errors when the slug is not URL-safe', () => {
    const result = validate('headline: X\ndate: 2024-03-12\nslug: Not A Slug');
    expect(!result.ok && result.diagnostics[0]!.message).toMatch(/lowercase letters, digits and hyphens/);
  });

  it('should take a slug in any script from the file name, composed (NFC) whatever the file system gave', () => {
    const name = (words: string) => `content/editions/2024-03-12-${words}.md`;
    const slugOf = (path: string) => {
      const result = validate('headline: X\ndate: 2024-03-12', path);
      return result.ok ? result.edition.slug : result.diagnostics[0]!.message;
    };
    expect(slugOf(name('فيضانات-ليبيا'))).toBe('فيضانات-ليبيا');
    // macOS lists file names decomposed: "й" as "и" and a breve.
    expect(slugOf(name('Удар-в-ответ-йод'.normalize('NFD')))).toBe('удар-в-ответ-йод');
    expect(slugOf(name('東京の洪水'))).toBe('東京の洪水');
  });

  it('should accept a slug field in any script, and refuse one slugify would change', () => {
    const slugOf = (slug: string) => {
      const result = validate(`headline: X\ndate: 2024-03-12\nslug: ${slug}`);
      return result.ok ? result.edition.slug : result.diagnostics[0]!.field;
    };
    expect(slugOf('удар-в-ответ')).toBe('удар-в-ответ');
    expect(slugOf('удар-в-ответ'.normalize('NFD'))).toBe('удар-в-ответ');
    expect(slugOf('Удар')).toBe('slug');
    expect(slugOf('élections')).toBe('slug');
  });

  it('measures a slug in UTF-8 bytes, since a folder name may have 255 of them', () => {
    const check = (slug: string) => validate(`headline: X\ndate: 2024-03-12\nslug: ${slug}`);
    expect(check('a'.repeat(100)).ok).toBe(true);
    expect(check('a'.repeat(101)).ok).toBe(false);
    expect(check('ж'.repeat(50)).ok).toBe(true);
    const long = check('東'.repeat(34));
    expect(!long.ok && long.diagnostics[0]!.message).toBe(
      'The slug is 102 bytes long; a slug may have at most 100 (a letter a-z is 1 byte, most others 2 or 3), since it names a folder in the permalink.',
    );
  });

  it('errors when the file name gives an empty slug', () => {
    const result = validate('headline: X\ndate: 2024-03-12', 'content/editions/2024-03-12-!!!.md');
    expect(!result.ok && result.diagnostics[0]!.field).toBe('slug');
  });

  it('warns when the file name date and the date field disagree', () => {
    const result = validate('headline: X\ndate: 2024-03-13');
    expect(result.ok && result.warnings.map((w) => w.message)).toEqual([
      'The file name says 2024-03-12 but the date field says 2024-03-13; the permalink uses 2024-03-13.',
    ]);
  });

  it('should read language as a canonical BCP 47 tag, and leave it out when not given', () => {
    const result = validate('headline: X\ndate: 2024-03-12\nlanguage: AR-eg');
    expect(result.ok && result.edition.language).toBe('ar-EG');
    const plain = validate('headline: X\ndate: 2024-03-12');
    expect(plain.ok && 'language' in plain.edition).toBe(false);
  });

  it('errors on a language that is not a BCP 47 tag, naming the line, what was expected and what was found', () => {
    const result = validate('headline: X\ndate: 2024-03-12\nlanguage: Arabic language');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.diagnostics.map(({ code, line, field, message }) => ({ code, line, field, message }))).toEqual([
      {
        code: 'invalid-field',
        line: 4,
        field: 'language',
        message: '"language" must be a BCP 47 language tag such as "ar", "es" or "en-GB", found "Arabic language".',
      },
    ]);
    expect(result.diagnostics[0]!.hint).toMatch(/"ar" for Arabic/);
  });

  it('should record each translation with its line, as written', () => {
    const result = validate('headline: X\ndate: 2024-03-12\ntranslations:\n  - 2024/03/12/contraataque/\n  - /2024/03/12/gegenangriff');
    expect(result.ok && result.edition.translations).toEqual([
      { permalink: '2024/03/12/contraataque/', line: 5 },
      { permalink: '/2024/03/12/gegenangriff', line: 6 },
    ]);
  });

  it('errors when translations is not a list of permalinks', () => {
    const result = validate('headline: X\ndate: 2024-03-12\ntranslations: 2024/03/12/contraataque/');
    expect(!result.ok && result.diagnostics.map((d) => [d.field, d.line, d.message])).toEqual([
      ['translations', 4, '"translations" must be a list of permalinks of this story in other languages, e.g. [2024/03/12/contraataque/], found "2024/03/12/contraataque/".'],
    ]);
  });
});
