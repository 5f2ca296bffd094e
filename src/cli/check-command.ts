/** `edition check`: validate everything and list what a careful editor would fix, without writing a file. */
import { join, resolve } from 'node:path';
import { BUILTIN_TEMPLATES } from '../package-files.js';
import type { CheckResult } from '../check/check-content.js';
import { warning } from '../diagnostics.js';
import type { Diagnostic } from '../model/index.js';
import { interruptedPublish } from '../stages/write/finish-publish.js';
import { HEADLINE_MAX } from '../check/lengths.js';
import { SUMMARY_MAX } from '../util/text.js';
import { OUTPUT_OPTIONS } from './build-command.js';
import { defineCommand } from './command.js';
import { EXIT } from './io.js';
import { findProject, PROJECT_OPTIONS } from './project.js';
import { formatDuration, plural, printDiagnostics } from './report.js';

export const checkCommand = defineCommand({
  name: 'check',
  summary: 'check content, settings and templates before publishing; writes nothing',
  usage: 'check [options]',
  description:
    'Checks every edition (drafts and scheduled ones too), site.yml, offer.md and the templates as a build would,\n' +
    'and warns about images without alt text, links to no edition, audio some browsers cannot play,\n' +
    `summaries over ${SUMMARY_MAX} characters and headlines over ${HEADLINE_MAX}. Exit code 1 when there are errors; warnings alone exit 0.`,
  options: { ...PROJECT_OPTIONS, ...OUTPUT_OPTIONS },
  async run({ values }, io) {
    const project = findProject(values, io.cwd);
    const started = performance.now();
    // Loaded here, not at startup: every command's libraries at every start cost `build` 100 ms.
    const { checkContent } = await import('../check/check-content.js');
    const result = await checkContent({
      root: project.root,
      ...(project.contentOption ? { contentDir: project.contentOption } : {}),
      now: io.now(),
    });
    // Read-only, like the rest of check: the next build finishes what a stopped one left.
    for (const [folder, hint] of [
      ['public', 'Run "edition build" to finish publishing before you deploy public/.'],
      ['.edition-email', 'Run "edition build" to finish writing the email files before you hand them to your mailing service.'],
    ] as const) {
      const stopped = interruptedPublish(join(project.root, folder));
      if (stopped) result.diagnostics.push(warning({ code: 'interrupted-publish', file: folder, message: stopped, hint }));
    }
    result.diagnostics.push(...(await outdatedTemplates(project.root)));
    const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
    const warnings = result.diagnostics.length - errors;
    if (values.json) {
      io.stdout.write(
        `${JSON.stringify({ ok: errors === 0, command: 'check', errors, warnings, editions: result.editions ?? null, diagnostics: result.diagnostics })}\n`,
      );
    } else {
      printDiagnostics(io.stderr, result.diagnostics, project.root);
      if (!values.quiet) io.stdout.write(`${checkSummary(result, errors, warnings, performance.now() - started)}\n`);
    }
    return errors > 0 ? EXIT.problems : EXIT.ok;
  },
});

/** A warning for each template the site copied out whose original Edition has changed since: compare them. */
async function outdatedTemplates(root: string): Promise<Diagnostic[]> {
  const own = join(root, 'templates');
  if (resolve(own) === resolve(BUILTIN_TEMPLATES)) return [];
  const { templateStatus } = await import('../scaffold/eject-templates.js');
  return (await templateStatus(BUILTIN_TEMPLATES, own))
    .filter((status) => status.state === 'own, Edition changed')
    .map((status) =>
      warning({
        code: 'template-outdated',
        file: `templates/${status.name}`,
        message: `Edition's ${status.name} has changed since this copy was made from it (Edition ${status.ejectedFrom}); the build still uses this copy.`,
        hint: 'Run "edition templates" for the command that compares them, then update the copy, or delete it to use Edition\'s.',
      }),
    );
}

/** "Checked 12 editions (1 draft, 2 scheduled), settings and templates in 80 ms: no problems." */
export function checkSummary(result: CheckResult, errors: number, warnings: number, ms: number): string {
  const what = result.editions
    ? `${plural(result.editions.total, 'edition')} (${plural(result.editions.drafts, 'draft')}, ${result.editions.scheduled} scheduled), settings and templates`
    : 'the content';
  const verdict =
    errors + warnings === 0
      ? 'no problems.'
      : `${plural(errors, 'error')}, ${plural(warnings, 'warning')}.${errors > 0 ? ' Fix the errors before publishing.' : ''}`;
  return `Checked ${what} in ${formatDuration(ms)}: ${verdict}`;
}
