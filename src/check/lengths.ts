/** Headlines and summaries longer than the places that show them: feed readers and search results cut them off. */
import { warning } from '../diagnostics.js';
import type { Diagnostic, EditionDetails, FrontMatterDocument, RenderedEdition } from '../model/index.js';
import { SUMMARY_MAX } from '../util/text.js';
/** Feed readers and social cards show about this many characters of a title. */
export const HEADLINE_MAX = 70;

export function checkLengths(
  edition: RenderedEdition,
  { summary: text }: EditionDetails,
  doc: Pick<FrontMatterDocument, 'locate'> | undefined,
): Diagnostic[] {
  const found: Diagnostic[] = [];
  const at = (field: string) => ({ file: edition.file, field, ...doc?.locate([field]) });
  const headline = [...edition.headline].length;
  if (headline > HEADLINE_MAX) {
    found.push(
      warning({
        code: 'long-headline',
        ...at('headline'),
        message: `The headline is ${headline} characters; feed readers show about ${HEADLINE_MAX}, so the end will be cut off.`,
        hint: `Shorten it to ${HEADLINE_MAX} characters or fewer; put the detail in the summary.`,
      }),
    );
  }
  const summary = text === undefined ? 0 : [...text].length;
  if (summary > SUMMARY_MAX) {
    found.push(
      warning({
        code: 'long-summary',
        ...at('summary'),
        message: `The summary is ${summary} characters; search results show about ${SUMMARY_MAX}, so the end will be cut off.`,
        hint: `Shorten it to ${SUMMARY_MAX} characters or fewer: one or two sentences.`,
      }),
    );
  }
  return found;
}
