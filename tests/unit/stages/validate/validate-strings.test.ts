import { describe, expect, it } from 'vitest';
import { parseYamlFile } from '../../../../src/stages/read/parse-yaml-file.js';
import { resolveStrings } from '../../../../src/stages/validate/validate-strings.js';

function resolve(language: string, text?: string) {
  if (text === undefined) return resolveStrings(language, undefined);
  const parsed = parseYamlFile({ path: 'content/strings.yml', text });
  if (!parsed.ok) throw new Error(parsed.diagnostics[0]!.message);
  return resolveStrings(language, parsed.document);
}

describe('resolveStrings', () => {
  it('should use the built-in words of the language, and the newsroom’s over them', () => {
    const { messages, diagnostics } = resolve('de-DE', 'page.archive: Alle Ausgaben\ntag:\n  count:\n    one: "{count} Beitrag"\n    other: "{count} Beiträge"\n');
    expect(diagnostics).toEqual([]);
    expect(messages['page.archive']).toBe('Alle Ausgaben');
    expect(messages['tag.count']).toEqual({ one: '{count} Beitrag', other: '{count} Beiträge' });
    expect(messages['page.topics']).toBe(resolve('de').messages['page.topics']);
  });

  it('should name an unknown key with its line and the key it probably means', () => {
    const { diagnostics } = resolve('en', 'page.archive: Back issues\npage.archiv: Back issues\n');
    expect(diagnostics).toEqual([
      expect.objectContaining({ severity: 'error', code: 'invalid-strings', file: 'content/strings.yml', line: 2, field: 'page.archiv', hint: 'Did you mean "page.archive"?' }),
    ]);
  });

  it('should refuse a placeholder the message is not given, and a brace that is not one', () => {
    const { diagnostics } = resolve('en', 'offer.price_month: "Only {cost} a month"\narchive.title_page: "Archive, page {page"\n');
    expect(diagnostics.map((d) => [d.line, d.field, d.message])).toEqual([
      [1, 'offer.price_month', 'The message "offer.price_month" uses the placeholder {cost}, which it is not given.'],
      [2, 'archive.title_page', 'The message "archive.title_page" has a brace that is not a placeholder: "{page".'],
    ]);
    expect(diagnostics[0]!.hint).toBe('It may use {price}.');
  });

  it('should want every plural form of the site’s language in a counted message', () => {
    const { diagnostics } = resolve('ar', 'tag.count:\n  one: "إصدار واحد"\n  other: "{count} إصدار"\n');
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]!.message).toBe('The message "tag.count" has no text for the plural forms zero, two, few, many.');
  });

  it('should refuse a plural form the language does not use, and a list where a text belongs', () => {
    const { diagnostics } = resolve('en', 'tag.count:\n  one: "{count} issue"\n  few: "{count} issues"\n  other: "{count} issues"\npage.archive: [a, b]\n');
    expect(diagnostics.map((d) => d.message)).toEqual([
      'The message "tag.count" has a form "few" that en does not use.',
      'The message "page.archive" must be a text; found a list.',
    ]);
    expect(diagnostics.map((d) => [d.line, d.field])).toEqual([
      [3, 'tag.count.few'],
      [5, 'page.archive'],
    ]);
  });

  it('should accept one text for a counted message, for languages that do not count in words', () => {
    const { messages, diagnostics } = resolve('en', 'tag.count: "Editions: {count}"\n');
    expect(diagnostics).toEqual([]);
    expect(messages['tag.count']).toBe('Editions: {count}');
  });

  it('should warn that a language without a catalogue is in English, until strings.yml says everything', () => {
    const { diagnostics } = resolve('sv-SE');
    expect(diagnostics).toEqual([expect.objectContaining({ severity: 'warning', code: 'untranslated', file: 'content/site.yml' })]);
    expect(diagnostics[0]!.message).toMatch(/^Edition has no built-in words for "sv-SE": \d+ messages \(page\.skip_link, page\.footer_nav, page\.archive…\) will be in English\.$/);
    expect(resolve('de-AT').diagnostics).toEqual([]);
  });
});
