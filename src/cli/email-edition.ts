/**
 * What `edition email` and `edition send` share: the site read as a build
 * reads it, one published edition found by what the editor typed, its email
 * made on demand (any edition, not only those the build keeps files for),
 * and the sender.
 */
import { relative, resolve, sep } from 'node:path';
import { readSite } from '../build.js';
import type { Email } from '../email/render-email.js';
import type { EmailSettings, RenderedEdition } from '../model/index.js';
import { BuildFailedError } from '../diagnostics.js';
import { templateFile } from '../stages/read/load-templates.js';
import { didYouMean } from '../util/did-you-mean.js';
import { parseMailbox, type Mailbox } from '../util/mailbox.js';
import { safeDecode } from '../util/urls.js';
import { CliError, type Io } from './io.js';
import type { Project } from './project.js';

/** For the commands' help: what EDITION may be. */
export const EDITION_ARGUMENT =
  'EDITION is a permalink (2024/03/12/punching-back/), its address, the edition file or its slug; the default is the latest edition.';

export interface EditionEmail {
  edition: RenderedEdition;
  email: Email;
  settings: EmailSettings;
  /** Warnings about the email (Gmail's size limits), as one line each. */
  warnings: string[];
}

/** Make the email of the edition `which` names (the latest when undefined); problems with the content throw BuildFailedError. */
export async function editionEmail(project: Project, which: string | undefined, io: Pick<Io, 'cwd' | 'now'>): Promise<EditionEmail> {
  const options = { root: project.root, ...(project.contentOption ? { contentDir: project.contentOption } : {}), now: io.now() };
  return readSite(options, async (site, templatesOf) => {
    const settings = site.config.email;
    if (!settings) {
      throw new CliError('This site has no email settings: add an "email:" block to content/site.yml with service and address (see "The email edition" in the README).');
    }
    const edition = findEdition(site.editions, which, { siteUrl: site.config.url, root: project.root, cwd: io.cwd });
    const [{ emailMaker }, { sizeWarnings }, { EMAIL_STYLE }] = await Promise.all([
      import('../email/render-email.js'),
      import('../email/email-size.js'),
      import('../email/email-templates.js'),
    ]);
    const templates = await templatesOf();
    const made = await emailMaker(site, settings, templates)(edition);
    if (!made.ok) throw new BuildFailedError([made.diagnostic]);
    const warnings = sizeWarnings(made.email, edition.file, templateFile(templates, EMAIL_STYLE)).map((d) => `${d.file}: ${d.message}`);
    return { edition, email: made.email, settings, warnings };
  });
}

/** The published edition `which` names: a permalink or its address, an edition file, or a slug; the latest when undefined. */
export function findEdition(editions: readonly RenderedEdition[], which: string | undefined, where: { siteUrl: string; root: string; cwd: string }): RenderedEdition {
  const latest = editions[0];
  if (!latest) throw new CliError('No edition is published yet, so there is no email to make.');
  if (which === undefined) return latest;
  const wanted = which.trim();
  const file = relative(where.root, resolve(where.cwd, wanted)).split(sep).join('/');
  let path = wanted.startsWith(where.siteUrl) ? wanted.slice(where.siteUrl.length) : wanted;
  path = `${safeDecode(path).replace(/^\/+|\/+$/g, '')}/`;
  const found =
    editions.find((edition) => edition.url === path) ??
    editions.find((edition) => edition.file === file) ??
    onlyOne(editions.filter((edition) => edition.slug === wanted));
  if (found) return found;
  const guess = didYouMean(path, editions.map((edition) => edition.url));
  throw new CliError(
    `No published edition has the permalink, file or slug "${wanted}".${guess ? ` Did you mean "${guess}"?` : ''} Give a permalink such as ${latest.url}, or leave EDITION out for the latest.`,
  );
}

function onlyOne<T>(list: readonly T[]): T | undefined {
  return list.length === 1 ? list[0] : undefined;
}

/** The sender: EMAIL_FROM, else the `from` setting; a CliError saying how to set one when neither is. */
export function sender(env: Io['env'], settings: EmailSettings): Mailbox {
  const given = env.EMAIL_FROM?.trim() || settings.from;
  if (!given) throw new CliError('A message needs a sender: set "from" in the email settings of content/site.yml, or EMAIL_FROM="Name <address@example.org>".');
  const mailbox = parseMailbox(given);
  if (!mailbox) throw new CliError(`EMAIL_FROM is not one address: "${given}". Write it as "Name <address@example.org>" or address@example.org.`);
  return mailbox;
}
