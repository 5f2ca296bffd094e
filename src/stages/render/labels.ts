/** The Markdown labels a render uses: the context's, or the English catalogue's when a caller (a test) gives none. */
import { english, markdownLabels } from '../../i18n/catalogue.js';
import type { MarkdownLabels } from '../../model/index.js';

export const ENGLISH_LABELS: Readonly<MarkdownLabels> = markdownLabels(english);

/** `template` with each "{name}" replaced by values[name]; unknown names are left as written, so a typo shows. */
export function fillIn(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
