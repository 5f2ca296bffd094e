/**
 * Which templates an email is made from. A site with its own templates/
 * made before the email edition existed has no email.liquid: its emails use
 * Edition's own email templates (email.liquid and its partials) rather than
 * fail a build that did not fail before.
 */
import type { TemplateSet } from '../model/index.js';

/** The page template of an email. */
export const EMAIL_TEMPLATE = 'email';
/** The template file that holds the email's CSS, for messages about it. */
export const EMAIL_STYLE = 'partials/email-style.liquid';

/** `own` when it has email.liquid, else what `builtIn()` loads (Edition's templates). */
export async function emailTemplates(own: TemplateSet, builtIn: () => Promise<TemplateSet>): Promise<TemplateSet> {
  return `${EMAIL_TEMPLATE}.liquid` in own.templates ? own : builtIn();
}
