/**
 * The email edition's files, for a newsroom to hand to its mailing service:
 * YYYY/MM/DD/slug.html and .txt for each of the newest editions (the
 * `email.editions` setting, by default those in the feeds), in a folder of
 * their own beside public/, written through the same staged writer.
 *
 * Each email is fingerprinted by what it is made from (the edition's content
 * key, the email templates, settings, words and offer, the engine), so a warm
 * build makes none: inlining CSS costs a few milliseconds an email, which
 * 10,000 editions would turn into most of a minute.
 */
import { keyOf } from '../cache/content-keys.js';
import type { Diagnostic, RenderedEdition, SiteData, TemplateSet } from '../model/index.js';
import { templateKeys } from '../stages/apply/template-dependencies.js';
import { templateFile } from '../stages/read/load-templates.js';
import type { OutputWriter } from '../stages/write/write-output.js';
import { EMAIL_STYLE, EMAIL_TEMPLATE } from './email-templates.js';
import { sizeWarnings } from './email-size.js';

/** Where an edition's email files go in the email folder: its permalink's path, as files. */
export function emailPaths(edition: Pick<RenderedEdition, 'url'>): { html: string; text: string } {
  const base = edition.url.replace(/\/$/, '');
  return { html: `${base}.html`, text: `${base}.txt` };
}

/** The editions that get email files: the newest `email.editions` of them, or all. */
export function emailEditions(site: SiteData): readonly RenderedEdition[] {
  const wanted = site.config.email?.editions;
  if (wanted === undefined) return [];
  return wanted === 'all' ? site.editions : site.editions.slice(0, wanted);
}

/**
 * Make the emails whose inputs changed into `writer` and keep the others;
 * an email no longer made (its edition unpublished, or emails turned off) is
 * removed when the writer commits. Returns template errors, and warnings
 * for emails Gmail would clip, as diagnostics.
 */
export async function writeEmails(
  site: SiteData,
  writer: OutputWriter,
  context: {
    /** sharedFingerprint() of the build: settings, globals (words, offer) and the engine. */
    shared: string;
    /** The templates the emails are made from (email-templates.ts). */
    templates: () => Promise<TemplateSet>;
  },
): Promise<Diagnostic[]> {
  const settings = site.config.email;
  const editions = emailEditions(site);
  if (!settings || editions.length === 0) return [];
  const templates = await context.templates();
  // The pages' shared fingerprint leaves the email settings out (they change no page): they count here.
  const key = keyOf(`${context.shared}\0${templateKeys(templates).of(EMAIL_TEMPLATE)}\0${JSON.stringify(settings)}`);
  const todo: { edition: RenderedEdition; fingerprint: string }[] = [];
  for (const edition of editions) {
    const fingerprint = keyOf(`${key}\0${edition.url}\0${edition.contentKey}`);
    const paths = emailPaths(edition);
    if ((await writer.isCurrent(paths.html, fingerprint)) && (await writer.isCurrent(paths.text, fingerprint))) {
      writer.keep(paths.html);
      writer.keep(paths.text);
    } else {
      todo.push({ edition, fingerprint });
    }
  }
  if (todo.length === 0) return [];
  const { emailMaker } = await import('./render-email.js');
  const make = emailMaker(site, settings, templates);
  const diagnostics: Diagnostic[] = [];
  for (const { edition, fingerprint } of todo) {
    const made = await make(edition);
    if (!made.ok) {
      // Every email has the same template: its first error is the one to fix, not twenty copies of it.
      diagnostics.push(made.diagnostic);
      break;
    }
    diagnostics.push(...sizeWarnings(made.email, edition.file, templateFile(templates, EMAIL_STYLE)));
    const paths = emailPaths(edition);
    await writer.write({ path: paths.html, contents: made.email.html, sources: [edition.file] }, fingerprint);
    await writer.write({ path: paths.text, contents: made.email.text, sources: [edition.file] }, fingerprint);
  }
  return diagnostics;
}

/**
 * For `edition check`: the newest edition's email made and thrown away, so a
 * mistake in the email template (or an email Gmail would clip) is reported
 * without a build. Returns its diagnostics.
 */
export async function checkEmail(site: SiteData, templatesOf: () => Promise<TemplateSet>): Promise<Diagnostic[]> {
  const settings = site.config.email;
  const edition = site.editions[0];
  if (!settings || !edition) return [];
  const templates = await templatesOf();
  const { emailMaker } = await import('./render-email.js');
  const made = await emailMaker(site, settings, templates)(edition);
  return made.ok ? sizeWarnings(made.email, edition.file, templateFile(templates, EMAIL_STYLE)) : [made.diagnostic];
}
