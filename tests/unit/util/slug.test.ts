import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSlug, slugify } from '../../../src/util/slug.js';

/** slugify() as it was before slugs kept other scripts (main, c0bde19): the reference for every Latin permalink. */
function asciiOnlySlugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

describe('slugify: Latin text keeps the permalink it always had', () => {
  // Computed with main's slugify before the change; ugly ones ("stra-e") included, since permalinks never change.
  const PINNED: [string, string][] = [
    ['Punching Back', 'punching-back'],
    ["Europe's Energy: The Winter Test", 'europes-energy-the-winter-test'],
    ['Énergie & Russia!', 'energie-russia'],
    ['Élections européennes : ce qui change', 'elections-europeennes-ce-qui-change'],
    ['L’été où tout a basculé', 'lete-ou-tout-a-bascule'],
    ['Ça va ? Oui, ça va.', 'ca-va-oui-ca-va'],
    ['Œuvre complète', 'uvre-complete'],
    ['Straße der Einheit', 'stra-e-der-einheit'],
    ['Größere Brücken über die Spree', 'gro-ere-brucken-uber-die-spree'],
    ['Fußball-WM: Deutschland gegen Österreich', 'fu-ball-wm-deutschland-gegen-osterreich'],
    ['Año nuevo, ¿vida nueva?', 'ano-nuevo-vida-nueva'],
    ['El niño y la señora', 'el-nino-y-la-senora'],
    ['Ñandú', 'nandu'],
    ['Mañana, 10:30', 'manana-10-30'],
    ['Søren Kierkegaard', 's-ren-kierkegaard'],
    ['Æsop & the Łódź ﬁles', 'sop-the-odz-files'],
    ['COVID-19: 2nd wave', 'covid-19-2nd-wave'],
    ['Brand™ names ½ price', 'brandtm-names-1-2-price'],
    ['  --Leading and trailing--  ', 'leading-and-trailing'],
    ['Hello 🌍 world 🎉', 'hello-world'],
    ['Ｆｕｌｌｗｉｄｔｈ ＡＢＣ', 'fullwidth-abc'],
    ['Tiếng Việt có dấu', 'tieng-viet-co-dau'],
    ['İstanbul’da seçim', 'istanbulda-secim'],
    ['Dvořák & Janáček', 'dvorak-janacek'],
    ["Rock 'n' roll", 'rock-n-roll'],
    ['e\u0301le\u0300ve (NFD)', 'eleve-nfd'],
    ['A\u00adB soft hyphen', 'a-b-soft-hyphen'],
    ['x\u200by zero width', 'x-y-zero-width'],
    ['100%', '100'],
    ['Ⅻ Olympics', 'xii-olympics'],
  ];

  it.each(PINNED)('%j → %j', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  it('gives what the ASCII-only rule gave for any text of Latin letters, digits, marks, symbols and emoji', () => {
    const latinOrShared = /^[\p{scx=Latn}\p{scx=Zyyy}\p{scx=Zinh}]$/u;
    const ranges = [[0x20, 0x24f], [0x300, 0x36f], [0x1e00, 0x1eff], [0x2000, 0x218f], [0x2460, 0x24ff], [0xfb00, 0xfb06], [0xff01, 0xff5e], [0x1f300, 0x1f64f]];
    const char = fc
      .oneof(...ranges.map(([min, max]) => fc.integer({ min: min!, max: max! })))
      .map((code) => String.fromCodePoint(code))
      .filter((c) => latinOrShared.test(c));
    fc.assert(
      fc.property(fc.array(char, { maxLength: 30 }), (chars) => {
        const text = chars.join('');
        expect(slugify(text)).toBe(asciiOnlySlugify(text));
      }),
      { numRuns: 2000, seed: 12 },
    );
  });
});

describe('slugify: letters of every script', () => {
  it.each([
    ['فيضانات ليبيا', 'فيضانات-ليبيا'],
    ['Удар в ответ', 'удар-в-ответ'],
    ['東京の洪水', '東京の洪水'],
    ['東京の洪水、避難者１万人', '東京の洪水-避難者1万人'],
    ['ニュース速報', 'ニュース速報'],
    ['Η ΟΔΟΣ ΤΗΣ Αθήνας', 'η-οδος-της-αθήνας'],
    ['北京 2024 年', '北京-2024-年'],
    ['हिन्दी समाचार', 'हिन्दी-समाचार'],
    ['Ukraine: Удар в ответ!', 'ukraine-удар-в-ответ'],
    ['Élections à Київ', 'elections-a-київ'],
    ['🌊 فيضانات 🌊', 'فيضانات'],
    ['한국 뉴스', '한국-뉴스'],
  ])('%j → %j', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  it('keeps the marks of non-Latin letters: Devanagari vowel signs and viramas, Arabic harakat', () => {
    expect([...slugify('हिन्दी')]).toEqual(['ह', 'ि', 'न', '्', 'द', 'ी']);
    expect(slugify('مَرْحَبًا')).toBe('مَرْحَبًا');
  });

  it('composes decomposed (NFD) text, as macOS writes file names, into the same slug', () => {
    expect(slugify('Удар в ответ'.normalize('NFD'))).toBe('удар-в-ответ');
    expect(slugify('Йод'.normalize('NFD'))).toBe('йод');
    expect(slugify('가나'.normalize('NFD'))).toBe('가나');
  });

  it('drops bidi controls, and invisible characters that only change how a word is drawn', () => {
    expect(slugify('\u202bفيضانات ليبيا\u202c\u200f')).toBe('فيضانات-ليبيا');
    // A zero-width joiner asks for a half form in Devanagari; a tatweel stretches an Arabic word.
    expect(slugify('क्\u200dष')).toBe('क्ष');
    expect(slugify('ليـــبيا')).toBe('ليبيا');
    expect(slugify('葛\u{E0100}飾')).toBe('葛飾');
  });

  it('reads a zero-width non-joiner (a break inside a Persian word) as a hyphen, never as an invisible character', () => {
    expect(slugify('می\u200cخواهم')).toBe('می-خواهم');
  });

  it('gives "" when there is no letter or digit', () => {
    for (const text of ['!!!', '🌍🎉', '\u200f\u200c', '、。', '']) expect(slugify(text)).toBe('');
  });
});

describe('isSlug', () => {
  it('accepts what slugify makes and nothing else', () => {
    for (const slug of ['punching-back', 'удар-в-ответ', '東京の洪水', 'फिर-से', 'a1']) expect(isSlug(slug)).toBe(true);
    for (const text of ['', 'Punching', 'two words', 'élections', '-a', 'a--b', 'a-', 'Удар', 'a\u200db', 'й'.normalize('NFD')]) {
      expect(isSlug(text)).toBe(false);
    }
  });
});
