/**
 * Problems with a site's content are data, not exceptions: every stage returns
 * them, build() collects them all, and the CLI prints them together.
 */

/** Stable, searchable names for every kind of problem an editor can cause. */
export type DiagnosticCode =
  | 'yaml-syntax'
  | 'front-matter-missing'
  | 'front-matter-engine'
  | 'invalid-field'
  | 'unknown-field'
  | 'missing-file'
  | 'unsafe-url'
  | 'raw-html'
  | 'duplicate-permalink'
  | 'template-error'
  | 'unreadable-media'
  | 'output-error'
  // content/strings.yml: an unknown message key, a placeholder the message is not given, a missing plural form.
  | 'invalid-strings'
  // The site's language has no built-in catalogue and strings.yml does not cover every message.
  | 'untranslated'
  // A file, a YAML document (aliases repeated out) or a Markdown paragraph beyond what Edition reads.
  | 'too-large'
  // Found by `edition check` only: the page builds, but a careful editor would want to know.
  | 'missing-alt-text'
  | 'broken-link'
  | 'unplayable-audio'
  | 'long-summary'
  | 'long-headline'
  | 'interrupted-publish'
  // site.yml sets up a podcast, but no edition has narration yet, so no podcast.xml is written.
  | 'podcast-without-episodes'
  // The email edition: an email Gmail would clip, or whose <style> block it would drop.
  | 'email-too-large'
  // Search is on, but Pagefind's program for this machine is missing or would not start.
  | 'search-unavailable'
  // `edition check`: a template the site ejected, whose original Edition has changed since (after an upgrade).
  | 'template-outdated';

export type Severity = 'error' | 'warning';

/** One problem, located as precisely as we can, with what to do about it. */
export interface Diagnostic {
  severity: Severity;
  code: DiagnosticCode;
  /** Path relative to the project root, with forward slashes. */
  file: string;
  /** 1-based line in `file`, when the problem has one. */
  line?: number;
  /** 1-based column in `file`. */
  column?: number;
  /** The front matter field (dotted path) or setting at fault. */
  field?: string;
  /** What happened, as one sentence. */
  message: string;
  /** What to do about it. */
  hint?: string;
}
