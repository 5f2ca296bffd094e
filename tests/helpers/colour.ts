/** WCAG relative luminance and contrast of CSS colours as Chromium computes them ("rgb(…)" / "rgba(…)"). */

export interface Rgba { r: number; g: number; b: number; a: number }

/** Parse a computed colour; throws on forms the tests do not expect, so a new colour syntax cannot pass silently. */
export function parseColour(css: string): Rgba {
  const match = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+))?\s*\)$/.exec(css.trim());
  if (!match) throw new Error(`unexpected computed colour: ${css}`);
  return { r: Number(match[1]), g: Number(match[2]), b: Number(match[3]), a: match[4] === undefined ? 1 : Number(match[4]) };
}

export function luminance(css: string): number {
  const { r, g, b } = parseColour(css);
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
