/**
 * Splitting text into graphemes (what a reader counts as one character). The
 * segmenter is made on first use: making one loads ICU's break rules, about
 * 10 ms, which a build that splits nothing (a warm one) must not pay.
 */
let segmenter: Intl.Segmenter | undefined;

export function graphemes(text: string): IterableIterator<string> {
  segmenter ??= new Intl.Segmenter('und', { granularity: 'grapheme' });
  return (function* () {
    for (const { segment } of segmenter!.segment(text)) yield segment;
  })();
}
