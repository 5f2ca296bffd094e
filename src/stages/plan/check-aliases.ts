/**
 * Once every page and file is planned: each alias of a published edition must
 * leave a redirect page where nothing else is, so it may not be another page's
 * or file's address, nor another alias, nor sit inside a file's path.
 */
import { error } from '../../diagnostics.js';
import type { Diagnostic, RenderedEdition } from '../../model/index.js';
import { aliasOutputPath } from '../../util/alias-paths.js';
import { safeRelativePath } from '../../util/urls.js';

/** The kind of the pages that aliases leave behind (src/pages/redirects.ts). */
export const REDIRECT_KIND = 'redirect';

interface Planned {
  path: string;
  sources: string[];
  kind?: string;
  url?: string;
}

/**
 * Problems with the aliases of `editions` among `outputs` (every page and file
 * planned, the redirect pages included), and the output paths they were
 * reported for, which checkOutputPaths() need not report again.
 */
export function checkAliases(editions: readonly RenderedEdition[], outputs: readonly Planned[]): { diagnostics: Diagnostic[]; reported: Set<string> } {
  const diagnostics: Diagnostic[] = [];
  const reported = new Set<string>();
  if (!editions.some((edition) => edition.aliases)) return { diagnostics, reported };
  const others = new Map<string, Planned>();
  for (const output of outputs) if (output.kind !== REDIRECT_KIND) others.set(output.path, output);
  const claimed = new Map<string, { file: string; field: string; line?: number | undefined }>();
  for (const edition of editions) {
    edition.aliases?.forEach((alias, index) => {
      const field = `aliases[${index}]`;
      const path = aliasOutputPath(alias.path);
      const refuse = (found: string, hint: string) => {
        reported.add(path);
        diagnostics.push(
          error({
            code: 'duplicate-permalink',
            file: edition.file,
            ...(alias.line ? { line: alias.line } : {}),
            field,
            message: `"${field}" must be a former address that no page, file or other alias of the site uses, found "${alias.path || '/'}", ${found}.`,
            hint,
          }),
        );
      };
      const taken = others.get(path);
      const first = claimed.get(path);
      const blockingFile = ancestors(path).find((folder) => others.has(folder));
      if (safeRelativePath(path) !== path) refuse('which would leave the output folder', 'Write the address from the site root, without "..".');
      else if (taken) refuse(`which is already ${describeOutput(taken, edition)}`, 'Remove this alias: the address already serves a page.');
      else if (blockingFile !== undefined) refuse(`which lies inside the file ${blockingFile}`, 'Remove this alias, or correct its path.');
      else if (first) {
        const where = first.file === edition.file ? `this edition's ${first.field}` : `${first.field} of ${first.file}${first.line ? ` (line ${first.line})` : ''}`;
        refuse(`which is also ${where}`, 'An old address can redirect to one edition only: keep it on one of them.');
      } else claimed.set(path, { file: edition.file, field, line: alias.line });
    });
  }
  return { diagnostics, reported };
}

/** "a/b/index.html" → ["a", "a/b"] */
function ancestors(path: string): string[] {
  const parts = path.split('/').slice(0, -1);
  return parts.map((_, i) => parts.slice(0, i + 1).join('/'));
}

function describeOutput(output: Planned, edition: RenderedEdition): string {
  if (output.kind === 'edition') return output.sources[0] === edition.file ? "this edition's own permalink" : `the permalink of ${output.sources[0] ?? 'another edition'}`;
  if (output.kind === 'home') return 'the home page';
  if (output.kind !== undefined) return `the address of the ${output.kind} page ${output.url ?? output.path}`;
  return `the address of the file ${output.path}`;
}
