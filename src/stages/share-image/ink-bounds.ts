/**
 * Where resvg drew each text, read from its own output. resvg lays text out
 * (shaping, bidi, font fallback) and `toString()` gives the result as an SVG
 * whose texts are outlines: a `<g id>` per text element holding absolute
 * path data. The extremes of those points (curve control points included,
 * so a box is never smaller than the ink) are where the text's ink lies.
 */

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const GROUP = /<g id="([^"]+)"[^>]*>([\s\S]*?)<\/g>/g;
const PATH_DATA = /\sd="([^"]*)"/g;
const NUMBER = /-?\d+(?:\.\d+)?(?:e-?\d+)?/gi;

/** The ink box of every element with an id in resvg's `toString()` output; a text with no ink has none. */
export function inkBounds(usvg: string): Map<string, Box> {
  const boxes = new Map<string, Box>();
  for (const [, id, body] of usvg.matchAll(GROUP)) {
    let box: Box | undefined;
    for (const [, data] of body!.matchAll(PATH_DATA)) {
      const numbers = data!.match(NUMBER)?.map(Number) ?? [];
      // Every command resvg writes (M, L, Q, C, Z) takes whole x y pairs.
      for (let i = 0; i + 1 < numbers.length; i += 2) {
        const [x, y] = [numbers[i]!, numbers[i + 1]!];
        if (!box) box = { left: x, top: y, right: x, bottom: y };
        else {
          box.left = Math.min(box.left, x);
          box.right = Math.max(box.right, x);
          box.top = Math.min(box.top, y);
          box.bottom = Math.max(box.bottom, y);
        }
      }
    }
    if (box) boxes.set(id!, box);
  }
  return boxes;
}
