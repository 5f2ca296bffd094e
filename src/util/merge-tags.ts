/**
 * Mailing services' merge tags: placeholders a service replaces with each
 * subscriber's own link as it sends (Mailchimp's *|UNSUB|*, Buttondown's
 * {{ unsubscribe_url }}). They are the one kind of link in an email that is
 * not an absolute URL, so they are recognised by their shape and left alone.
 */

/**
 * The shapes services use: *|NAME|* (Mailchimp), {{ name }} and {{{ name }}}
 * (Buttondown, Brevo, SendGrid, Postmark, listmonk), %%name%% (Salesforce
 * Marketing Cloud), %name% (Mailgun) and [name] (Campaign Monitor). Not
 * <%name%>: Liquid escapes its brackets, and a service would not find it. Inside: letters, digits and . _ : - only, so a
 * tag cannot carry markup or a second URL.
 */
const NAME = '[A-Za-z0-9_.:-]+';
const MERGE_TAG = new RegExp(
  `^(?:\\*\\|${NAME}\\|\\*|\\{\\{\\s*${NAME}\\s*\\}\\}|\\{\\{\\{\\s*${NAME}\\s*\\}\\}\\}|%%${NAME}%%|%${NAME}%|\\[${NAME}\\])$`,
);

export function isMergeTag(value: string): boolean {
  return MERGE_TAG.test(value);
}
