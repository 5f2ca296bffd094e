/** What search results and link previews show of a summary; longer ones are cut there. */
export const SUMMARY_MAX = 160;

/** Shorten plain text at a word boundary, adding an ellipsis when anything was cut. */
export function truncateWords(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}
