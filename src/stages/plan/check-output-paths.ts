/** Before anything is written: every output path is inside public/, and no two inputs claim the same one. */
import { error } from '../../diagnostics.js';
import { safeRelativePath } from '../../util/urls.js';
import type { Diagnostic } from '../../model/index.js';

/** `reported`: paths whose collision was already reported more precisely (an alias's, by checkAliases()). */
export function checkOutputPaths(outputs: readonly { path: string; sources: string[] }[], reported: ReadonlySet<string> = new Set()): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  // Which output first claimed each path; sources are gathered only for paths claimed twice, which is rare.
  const firstClaim = new Map<string, number>();
  const shared = new Map<string, number[]>();
  outputs.forEach((output, index) => {
    if (safeRelativePath(output.path) !== output.path) {
      diagnostics.push(
        error({
          code: 'duplicate-permalink',
          file: output.sources[0] ?? '.',
          message: `Internal error: the output path "${output.path}" would leave the output folder.`,
          hint: 'Please report this with the file named here.',
        }),
      );
      return;
    }
    const first = firstClaim.get(output.path);
    if (first === undefined) firstClaim.set(output.path, index);
    else shared.set(output.path, [...(shared.get(output.path) ?? [first]), index]);
  });
  for (const [path, claims] of shared) {
    if (reported.has(path)) continue;
    const unique = [...new Set(claims.flatMap((index) => outputs[index]!.sources))];
    diagnostics.push(
      error({
        code: 'duplicate-permalink',
        file: unique[0] ?? '.',
        message: `${unique.length} files would be written to the same page ${path}: ${unique.join(', ')}.`,
        hint: 'Give one of them a different "slug:" or date so each edition has its own permalink.',
      }),
    );
  }
  return diagnostics;
}
