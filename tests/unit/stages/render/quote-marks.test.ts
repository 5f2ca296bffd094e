/** Which quotation marks a language tag gets; the golden cases (tests/fixtures/markdown/quotes-*) show them in text. */
import { describe, expect, it } from 'vitest';
import { localQuotes, quoteMarksFor } from '../../../../src/stages/render/quote-marks.js';

const NNBSP = '\u202F';

describe('quoteMarksFor', () => {
  it.each([
    ['en', '“”‘’'],
    ['en-GB', '“”‘’'],
    ['de', '„“‚‘'],
    ['de-AT', '„“‚‘'],
    ['de-CH', '«»‹›'],
    ['es', '“”‘’'],
    ['it', '«»“”'],
    ['pt', '“”‘’'],
    ['pt-BR', '“”‘’'],
    ['pt-PT', '«»“”'],
    ['nl', '‘’‘’'],
    ['ru', '«»„“'],
    ['ar', '«»’‘'],
    ['sv', `""''`],
  ])('should give %s %s', (language, marks) => {
    expect(quoteMarksFor(language)?.join('')).toBe(marks);
  });

  it('should set French guillemets off with narrow no-break spaces, in every region', () => {
    expect(quoteMarksFor('fr')).toEqual([`«${NNBSP}`, `${NNBSP}»`, `‹${NNBSP}`, `${NNBSP}›`]);
    expect(quoteMarksFor('fr-CA')).toEqual(quoteMarksFor('fr'));
  });

  it('should leave quotes alone in languages it does not handle outside Latin script, and for tags that are not BCP 47', () => {
    for (const language of ['ja', 'zh-Hant-TW', 'he', 'uk', 'not a tag']) expect(quoteMarksFor(language)).toBeUndefined();
  });
});

describe('localQuotes', () => {
  const german = quoteMarksFor('de')!;
  it('should tell a closing inner quote from an apostrophe', () => {
    // SmartyPants' output for: x"Sie sagte 'nein'" -- l'Auto, Reuters' Zahl, '90
    const html = 'x&#8220;Sie sagte &#8216;nein&#8217;&#8221; &#8212; l&#8217;Auto, Reuters&#8217; Zahl, &#8217;90';
    expect(localQuotes(html, german, { innerOpen: 0 })).toBe('x„Sie sagte ‚nein‘“ — l’Auto, Reuters’ Zahl, ’90');
  });

  it('should keep the first character, the previous text given as context, one character long', () => {
    expect(localQuotes('&#8221;&#8221;', quoteMarksFor('fr')!, { innerOpen: 0 })).toBe(`”${NNBSP}»`);
  });
});
