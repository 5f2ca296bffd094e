/**
 * Line breaking, on widths alone (in em), so it can be tested without a font.
 * Words break only between words; a word too wide for a line is cut by its
 * caller (fit-text.ts), which marks each cut piece `breakAfter`.
 */

/** A piece of text that stays on one line. */
export interface Token {
  text: string;
  /** Ink width in em. */
  width: number;
  /** Ends its line: the pieces of a word cut to fit, which are joined without a space. */
  breakAfter?: boolean;
}

/** Width of a line whose tokens are `gap` apart. */
export function lineWidth(line: readonly Token[], gap: number): number {
  return line.reduce((sum, token) => sum + token.width, 0) + gap * Math.max(0, line.length - 1);
}

/** As many tokens on each line as fit in `budget`; a token wider than the budget gets a line of its own. */
export function greedyLines(tokens: readonly Token[], gap: number, budget: number): Token[][] {
  const lines: Token[][] = [];
  let line: Token[] = [];
  let width = 0;
  for (const token of tokens) {
    if (line.length > 0 && width + gap + token.width > budget) {
      lines.push(line);
      line = [];
    }
    width = line.length === 0 ? token.width : width + gap + token.width;
    line.push(token);
    if (token.breakAfter) {
      lines.push(line);
      line = [];
    }
  }
  if (line.length > 0) lines.push(line);
  return lines;
}

/**
 * The same number of lines as greedyLines(budget), made as even as they can
 * be, as the site's headlines are (CSS text-wrap: balance): the narrowest
 * budget that needs no more lines, found by halving. No one-word last line
 * under a full one.
 */
export function balancedLines(tokens: readonly Token[], gap: number, budget: number): Token[][] {
  const count = greedyLines(tokens, gap, budget).length;
  let low = Math.max(...tokens.map((token) => token.width));
  let high = budget;
  for (let step = 0; step < 24 && high - low > 1e-3; step++) {
    const middle = (low + high) / 2;
    if (greedyLines(tokens, gap, middle).length <= count) high = middle;
    else low = middle;
  }
  return greedyLines(tokens, gap, high);
}
