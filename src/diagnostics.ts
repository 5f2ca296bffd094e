/**
 * Problems with a site's content are data, not exceptions: every stage returns
 * them, build() collects them all, and the CLI prints them together.
 */
import { codeFrame } from './util/code-frame.js';
import { compareCodeUnits } from './util/compare.js';
import { printable } from './util/text.js';
import type { Diagnostic } from './model/index.js';

/** Shorthand for the common case of an error. */
export function error(d: Omit<Diagnostic, 'severity'>): Diagnostic {
  return { severity: 'error', ...d };
}

/** Shorthand for a warning: reported, but the build still succeeds. */
export function warning(d: Omit<Diagnostic, 'severity'>): Diagnostic {
  return { severity: 'warning', ...d };
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/**
 * Order by file, then line, so a long report reads top to bottom per file.
 * Strings by code unit, not locale: every machine prints the same order.
 */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      compareCodeUnits(a.file, b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      compareCodeUnits(a.message, b.message),
  );
}

/** "content/x.md:3:7" */
export function formatLocation(d: Diagnostic): string {
  let place = d.file;
  if (d.line !== undefined) place += `:${d.line}`;
  if (d.line !== undefined && d.column !== undefined) place += `:${d.column}`;
  return place;
}

/**
 * Render one diagnostic for a terminal: location, severity and code, the
 * message, a code frame when the source text is known, and the hint.
 */
export function formatDiagnostic(d: Diagnostic, sourceText?: string): string {
  // Messages quote content files, which may hold line breaks and terminal escape sequences.
  const lines = [`${printable(formatLocation(d))}: ${d.severity} [${d.code}] ${printable(d.message)}`];
  if (sourceText !== undefined && d.line !== undefined) {
    lines.push(codeFrame(sourceText, d.line, d.column));
  }
  if (d.hint) lines.push(`  hint: ${printable(d.hint)}`);
  return lines.join('\n');
}

/** A build's problems, collected from every stage as they return them. */
export class Problems {
  private readonly found: Diagnostic[] = [];
  /** Problems whose errors do not stop the build (see defer()). */
  private readonly deferred: Diagnostic[] = [];

  add(...groups: readonly (readonly Diagnostic[])[]): void {
    for (const group of groups) this.found.push(...group);
  }

  /** Add `groups`; then, if any problem so far is an error, stop the build with all of them. */
  check(...groups: readonly (readonly Diagnostic[])[]): void {
    this.add(...groups);
    if (hasErrors(this.found)) throw this.failure();
  }

  /**
   * Add `groups` without letting their errors stop the build, so the later
   * stages look for their own problems too (`edition check`); they are
   * reported with the rest, by failure() and sorted().
   */
  defer(...groups: readonly (readonly Diagnostic[])[]): void {
    for (const group of groups) this.deferred.push(...group);
  }

  failure(): BuildFailedError {
    return new BuildFailedError(this.sorted());
  }

  /** Every problem, in the order they are printed. */
  sorted(): Diagnostic[] {
    return sortDiagnostics([...this.found, ...this.deferred]);
  }
}

/** Thrown by build() when content has errors; carries every diagnostic. */
export class BuildFailedError extends Error {
  override readonly name = 'BuildFailedError';
  constructor(readonly diagnostics: Diagnostic[]) {
    const count = diagnostics.filter((d) => d.severity === 'error').length;
    super(`The build found ${count} error${count === 1 ? '' : 's'} in the content; nothing was written.`);
  }
}
