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

/**
 * Text from a content file as a message quotes it: in double quotes, cut to
 * `max` characters, control characters and lone surrogates escaped (\n,
 * \u001b), so a message stays one short line whatever the file holds.
 */
export function quoted(text: string, max = 60): string {
  return JSON.stringify(text.length > max ? `${text.slice(0, max - 1)}…` : text);
}

/** `text` with control characters (line breaks, escape sequences) shown as "\ufffd", for one line in a terminal. */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '\ufffd');
}
