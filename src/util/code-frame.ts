/** Longest stretch of a line a frame shows; longer lines are cut around the column, with "…". */
const WIDTH = 160;

/**
 * Control characters a terminal would act on (colours, titles, bells) shown
 * as "�", so a file's text can never drive the terminal it is printed to.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** Two lines of context either side of `line`, with a caret under `column` (Hugo/Astro style). */
export function codeFrame(text: string, line: number, column?: number, context = 2): string {
  const lines = text.split(/\r?\n/);
  const first = Math.max(1, line - context);
  const last = Math.min(lines.length, line + context);
  const width = String(last).length;
  // One window for every line of the frame, so they stay aligned: the start, or around the column.
  const start = column !== undefined && column > WIDTH / 2 ? column - 1 - WIDTH / 2 : 0;
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    const marker = n === line ? '>' : ' ';
    const full = lines[n - 1] ?? '';
    const shown = (start > 0 ? '…' : '') + full.slice(start, start + WIDTH).replace(CONTROL, '\ufffd') + (full.length > start + WIDTH ? '…' : '');
    out.push(`  ${marker} ${String(n).padStart(width)} | ${shown}`);
    if (n === line && column !== undefined && column > 0) {
      out.push(`    ${' '.repeat(width)} | ${' '.repeat(column - 1 - start + (start > 0 ? 1 : 0))}^`);
    }
  }
  return out.join('\n');
}
