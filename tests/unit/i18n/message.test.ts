import { describe, expect, it } from 'vitest';
import { builtInCatalogue, translator } from '../../../src/i18n/catalogue.js';
import { formatMessage, placeholdersOf } from '../../../src/i18n/message.js';

describe('formatMessage', () => {
  it('should fill in placeholders by name, in the order the language puts them', () => {
    expect(formatMessage('{tag}, Seite {page}', { tag: 'Klima', page: 3 }, 'de')).toBe('Klima, Seite 3');
  });

  it('should write numbers in the language’s own way', () => {
    expect(formatMessage('{count}', { count: 12345 }, 'de')).toBe('12.345');
    expect(formatMessage('{count}', { count: 12345 }, 'en')).toBe('12,345');
  });

  it('should choose the plural form the language gives a count', () => {
    const counted = { zero: 'z{count}', one: 'o{count}', two: 't{count}', few: 'f{count}', many: 'm{count}', other: 'x{count}' };
    expect([0, 1, 2, 3, 11, 100].map((count) => formatMessage(counted, { count }, 'ar'))).toEqual(['z0', 'o1', 't2', 'f3', 'm11', 'x100']);
    expect([1, 2].map((count) => formatMessage({ one: '{count} edition', other: '{count} editions' }, { count }, 'en'))).toEqual(['1 edition', '2 editions']);
  });

  it('should prefer an exact count over the plural form', () => {
    const trial = { '=2': 'a two-week trial', one: 'a {count}-week trial', other: 'a {count}-week trial' };
    expect(formatMessage(trial, { count: 2 }, 'en')).toBe('a two-week trial');
    expect(formatMessage(trial, { count: 5 }, 'en')).toBe('a 5-week trial');
  });

  it('should refuse a placeholder it has no value for, so a template mistake is found at once', () => {
    expect(() => formatMessage('Editions of {site}', {}, 'en')).toThrow('{site}');
  });
});

describe('placeholdersOf', () => {
  it('should list the names and find a brace that is not a placeholder', () => {
    expect(placeholdersOf('{price} a {period}')).toEqual({ names: ['price', 'period'] });
    expect(placeholdersOf('pay {price a year')).toEqual({ malformed: '{price a year' });
    expect(placeholdersOf('pay price} a year')).toHaveProperty('malformed');
    expect(placeholdersOf('{Price}')).toHaveProperty('malformed');
  });
});

describe('builtInCatalogue', () => {
  it('should fall back from region to language, then to English', () => {
    expect(builtInCatalogue('de-AT')).toMatchObject({ language: 'de', found: true });
    expect(builtInCatalogue('pt-BR')).toMatchObject({ language: 'pt', found: true });
    expect(builtInCatalogue('ar-EG')).toMatchObject({ language: 'ar', found: true });
    expect(builtInCatalogue('sv-SE')).toMatchObject({ language: 'en', found: false });
  });

  it('should translate through the chosen catalogue', () => {
    const t = translator(builtInCatalogue('de-AT').messages, 'de-AT');
    expect(t('page.archive')).toBe('Archiv');
  });
});

describe('translator', () => {
  const t = translator(builtInCatalogue('en').messages, 'en');

  it('should name the key, and the one meant, when a template asks for one that is not there', () => {
    expect(() => t('page.archiv' as never)).toThrow('no message "page.archiv" in the catalogue (did you mean "page.archive"?)');
    expect(() => t('constructor' as never)).toThrow('no message "constructor" in the catalogue');
  });

  it('should name the key whose placeholder has no value', () => {
    expect(() => t('archive.title_page')).toThrow('the message "archive.title_page": the message needs a value for {page}');
  });
});
