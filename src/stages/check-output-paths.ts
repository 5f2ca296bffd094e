/** Before anything is written: every output path is inside public/, and no two inputs claim the same one. */
import { error, type Diagnostic } from '../diagnostics.js';
import { safeRelativePath } from '../util/urls.js';

export function checkOutputPaths(outputs: readonly { path: string; sources: string[] }[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const claims = new Map<string, { outputs: number; sources: string[] }>();
  for (const output of outputs) {
    if (safeRelativePath(output.path) !== output.path) {
      diagnostics.push(
        error({
          code: 'duplicate-permalink',
          file: output.sources[0] ?? '.',
          message: `Internal error: the output path "${output.path}" would leave the output folder.`,
          hint: 'Please report this with the file named here.',
        }),
      );
      continue;
    }
    const claim = claims.get(output.path);
    if (claim) {
      claim.outputs++;
      claim.sources.push(...output.sources);
    } else {
      claims.set(output.path, { outputs: 1, sources: [...output.sources] });
    }
  }
  for (const [path, claim] of claims) {
    if (claim.outputs < 2) continue;
    const unique = [...new Set(claim.sources)];
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
