/**
 * An edition's `aliases`: former addresses on this site, each checked on its
 * own line. Whether one collides with a page or another alias is known only
 * once every page is planned (stages/plan/check-aliases.ts).
 */
import { error } from '../../diagnostics.js';
import type { Alias, Diagnostic, FrontMatterDocument } from '../../model/index.js';
import { parseAlias } from '../../util/alias-paths.js';
import { describe, type FieldDoc } from './schema-check.js';

const EXPECTED_ENTRY = 'a path on this site, like "2019/03/old-slug/" or "old/story.html"';

export const aliasesDoc: FieldDoc = {
  expected: `a list of former addresses of this edition, each ${EXPECTED_ENTRY}`,
  hint: 'Write them as a list: aliases: [2019/03/old-slug/].',
};

/** Each entry of a validated list, normalised, or every problem with them. */
export function checkAliasEntries(
  entries: readonly unknown[],
  doc: Pick<FrontMatterDocument, 'file' | 'locate'>,
): { ok: true; aliases: Alias[] } | { ok: false; diagnostics: Diagnostic[] } {
  const aliases: Alias[] = [];
  const diagnostics: Diagnostic[] = [];
  entries.forEach((entry, index) => {
    const where = doc.locate(['aliases', index]) ?? doc.locate(['aliases']) ?? { line: 1 };
    const field = `aliases[${index}]`;
    const parsed = typeof entry === 'string' ? parseAlias(entry) : undefined;
    if (parsed?.ok) {
      aliases.push({ path: parsed.path, line: where.line });
      return;
    }
    diagnostics.push(
      error({
        code: 'invalid-field',
        file: doc.file,
        ...where,
        field,
        message: `"${field}" must be ${EXPECTED_ENTRY}, found ${describe(entry)}${parsed ? `: ${parsed.problem}` : ''}.`,
        hint: parsed?.hint ?? 'Write each former address as text, e.g. "2019/03/old-slug/".',
      }),
    );
  });
  return diagnostics.length > 0 ? { ok: false, diagnostics } : { ok: true, aliases };
}
