/** The email edition in tests: settings to add to a test site, and one edition's email made as `edition email` makes it. */
import { readSite, type BuildOptions } from '../../src/build.js';
import { emailMaker, type Email } from '../../src/email/render-email.js';
import type { RenderedEdition } from '../../src/model/index.js';
import { NOW, SITE_YML, TEMPLATES } from './site.js';

/** An `email:` block for SITE_YML; `extra` lines go inside it. */
export function emailSettings(extra = '', service = 'mailchimp'): string {
  return `email:
  service: ${service}
  address: The Daily Test, 1 Test Street, Testville TS1 1AA
  from: The Daily Test <brief@news.example.org>
${extra}`;
}

/** SITE_YML with an email block. */
export const EMAIL_SITE_YML = `${SITE_YML}${emailSettings()}`;

/** The email of the edition `pick` chooses (the latest by default) in the project at `root`. */
export async function emailOf(
  root: string,
  pick: (editions: readonly RenderedEdition[]) => RenderedEdition | undefined = (editions) => editions[0],
  options: BuildOptions = {},
): Promise<Email> {
  return readSite({ root, templatesDir: TEMPLATES, now: NOW, ...options }, async (site, templates) => {
    const edition = pick(site.editions);
    if (!edition || !site.config.email) throw new Error('no edition, or no email settings');
    const made = await emailMaker(site, site.config.email, await templates())(edition);
    if (!made.ok) throw new Error(made.diagnostic.message);
    return made.email;
  });
}
