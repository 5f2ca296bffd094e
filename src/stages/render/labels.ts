/** The Markdown labels a render uses: the context's, or English until a catalogue supplies them. */
import type { MarkdownLabels } from '../../model/index.js';

export const ENGLISH_LABELS: Readonly<MarkdownLabels> = {
  footnotes: 'Footnotes',
  backToReference: 'Back to reference {n}',
  table: 'Table {n}: {columns}',
};

/** `template` with each "{name}" replaced by values[name]; unknown names are left as written, so a typo shows. */
export function fillIn(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
