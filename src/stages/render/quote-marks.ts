/**
 * Quotation marks in the text's own language. SmartyPants decides which
 * straight quote opens and which closes and writes English marks as entities;
 * this maps those decisions to the language's marks: `"` to its quotation
 * marks, `'` to its inner ones. Marks an author typed as characters are not
 * entities, so they stay as typed.
 */
import { BoundedMap } from '../../util/bounded-map.js';

/** Opening and closing quotation marks, then the inner (alternate) pair. */
type Marks = readonly [open: string, close: string, innerOpen: string, innerClose: string];

const NNBSP = '\u202F';

/**
 * From CLDR's `delimiters` data (quotationStart/End, alternateQuotationStart/End;
 * cldr-json, cldr-misc-full/main/<locale>/delimiters.json, CLDR 44–45), except
 * where marked. Intl does not expose these, hence the table. Languages not
 * here keep their straight quotes: a wrong guess is worse than none, and
 * SmartyPants' opening/closing guess needs spaces between words, which
 * Japanese and Chinese do not have.
 */
const TABLE: Record<string, Marks> = {
  en: ['“', '”', '‘', '’'],
  de: ['„', '“', '‚', '‘'],
  // CLDR gives de-CH the German marks; Swiss newspapers print guillemets, unspaced.
  'de-CH': ['«', '»', '‹', '›'],
  // French sets its guillemets off with a narrow no-break space, which keeps them on the line of their word.
  // CLDR repeats « » for inner quotes; ‹ › tells the levels apart.
  fr: [`«${NNBSP}`, `${NNBSP}»`, `‹${NNBSP}`, `${NNBSP}›`],
  es: ['“', '”', '‘', '’'],
  it: ['«', '»', '“', '”'],
  pt: ['“', '”', '‘', '’'],
  'pt-PT': ['«', '»', '“', '”'],
  nl: ['‘', '’', '‘', '’'],
  ru: ['«', '»', '„', '“'],
  // CLDR gives ” “ (curly quotes reversed for right-to-left); guillemets are widely printed in Arabic and,
  // being Bidi_Mirrored in Unicode, point the right way in right-to-left text without reversing.
  ar: ['«', '»', '’', '‘'],
};

/** Quotes left straight. In Latin script SmartyPants' apostrophes ("it’s", "’90s") are still right, so they stay curled. */
const STRAIGHT: Marks = ['"', '"', "'", "'"];

// Bounded: a long preview sees every language tag typed. null: a language whose quotes are left alone.
const known = new BoundedMap<string, Marks | null>(64);

/**
 * The marks for a BCP 47 tag: its language and region, else its language, else
 * straight quotes in Latin script; undefined (no quotes touched) otherwise.
 */
export function quoteMarksFor(language: string): Marks | undefined {
  let marks = known.get(language);
  if (marks === undefined) {
    try {
      const locale = new Intl.Locale(language);
      marks = TABLE[`${locale.language}-${locale.region}`] ?? TABLE[locale.language] ?? (locale.maximize().script === 'Latn' ? STRAIGHT : null);
    } catch {
      marks = null;
    }
    known.set(language, marks);
  }
  return marks ?? undefined;
}

/** Inner quotes opened and not yet closed in the current block: a `’` then closes one rather than being an apostrophe. */
export interface QuoteState {
  innerOpen: number;
}

const ENTITY = /&#(8211|8212|8216|8217|8220|8221|8230);/g;
const ENGLISH: Record<string, string> = { 8211: '–', 8212: '—', 8216: '‘', 8217: '’', 8220: '“', 8221: '”', 8230: '…' };
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * SmartyPants' entities as characters in the language of `marks`. The first
 * character is the previous text's last one, given only as context and cut off
 * afterwards: it stays one character and does not count as a quote.
 */
export function localQuotes(html: string, marks: Marks, state: QuoteState): string {
  return html.replace(ENTITY, (entity, code: string, offset: number) => {
    if (offset === 0) return ENGLISH[code]!;
    switch (code) {
      case '8220':
        return marks[0];
      case '8221':
        return marks[1];
      case '8216':
        state.innerOpen++;
        return marks[2];
      case '8217':
        // SmartyPants writes ’ for an apostrophe and a closing inner quote alike. Inside a word ("l’édition",
        // "it’s"), before a year ("’90s") or with no inner quote open ("Reuters’ figures") it is an apostrophe.
        if (state.innerOpen === 0 || LETTER_OR_DIGIT.test(html[offset + entity.length] ?? '')) return '’';
        state.innerOpen--;
        return marks[3];
      default:
        return ENGLISH[code]!;
    }
  });
}
