import { describe, expect, it } from 'vitest';
import { balancedLines, greedyLines, lineWidth, type Token } from '../../../../src/stages/share-image/wrap-lines.js';

/** Words whose width is their length in em halves, as a monospaced font would set them. */
const words = (text: string): Token[] => text.split(' ').map((word) => ({ text: word, width: word.length / 2 }));
const texts = (lines: Token[][]) => lines.map((line) => line.map((token) => token.text).join(' '));

describe('greedyLines', () => {
  it('should put as many words on each line as fit, breaking only between words', () => {
    expect(texts(greedyLines(words('aaaa bbbb cccc dddd'), 0.5, 4.5))).toEqual(['aaaa bbbb', 'cccc dddd']);
    expect(texts(greedyLines(words('aaaa bbbb cccc dddd'), 0.5, 4.4))).toEqual(['aaaa', 'bbbb', 'cccc', 'dddd']);
  });

  it('should give a word wider than the line a line of its own', () => {
    expect(texts(greedyLines(words('a bbbbbbbbbbbb c'), 0.5, 3))).toEqual(['a', 'bbbbbbbbbbbb', 'c']);
  });

  it('should end the line after a piece of a cut word', () => {
    const tokens: Token[] = [{ text: 'Donau-', width: 3, breakAfter: true }, { text: 'dampf', width: 2.5 }, { text: 'fährt', width: 2.5 }];
    expect(texts(greedyLines(tokens, 0.5, 20))).toEqual(['Donau-', 'dampf fährt']);
  });
});

describe('balancedLines', () => {
  it('should keep the number of lines and even them out, leaving no lone word under a full line', () => {
    const tokens = words('aaa bbb ccc ddd eee fff ggg');
    expect(texts(greedyLines(tokens, 0.5, 12))).toEqual(['aaa bbb ccc ddd eee fff', 'ggg']);
    const balanced = balancedLines(tokens, 0.5, 12);
    expect(texts(balanced)).toEqual(['aaa bbb ccc ddd', 'eee fff ggg']);
    expect(Math.max(...balanced.map((line) => lineWidth(line, 0.5)))).toBeLessThanOrEqual(12);
  });

  it('should leave one line as it is', () => {
    expect(texts(balancedLines(words('Punching Back'), 0.5, 20))).toEqual(['Punching Back']);
  });
});
