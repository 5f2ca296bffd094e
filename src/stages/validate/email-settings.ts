/**
 * The `email:` block of site.yml: which mailing service sends the email
 * edition, its unsubscribe link, the publication's postal address, and what
 * .eml files and test sends say in their headers.
 *
 * A static site cannot receive the one-click unsubscribe POST that Gmail and
 * Yahoo ask of bulk senders, and cannot know each subscriber's link: the
 * service fills that in as it sends. So the footer's link defaults to the
 * service's own merge tag, and one_click is refused unless the newsroom names
 * an https address that takes the POST.
 */
import * as z from 'zod/mini';
import { error } from '../../diagnostics.js';
import type { Diagnostic, EmailService, EmailSettings, FrontMatterDocument } from '../../model/index.js';
import { parseMailbox } from '../../util/mailbox.js';
import { isMergeTag } from '../../util/merge-tags.js';
import { isHttpUrl } from '../../util/urls.js';
import type { FieldDocs } from './schema-check.js';

/** Each service's unsubscribe merge tag; a generic list (smtp) has none, so its link must be given. */
export const UNSUBSCRIBE_TAGS: Readonly<Record<EmailService, string | undefined>> = {
  mailchimp: '*|UNSUB|*',
  buttondown: '{{ unsubscribe_url }}',
  smtp: undefined,
};

export const emailFields: FieldDocs = {
  email: {
    expected: 'the email edition\'s settings: service, address and the optional unsubscribe_url, list_unsubscribe, one_click, from and editions',
    hint: 'See "The email edition" in the README.',
  },
  'email.service': {
    expected: '"mailchimp", "buttondown" or "smtp" (any other list: your own list software, or edition send)',
  },
  'email.address': {
    expected: "the publication's postal address on one line, e.g. \"GlobalPost, 1 Example Plaza, New York, NY 10001, USA\"",
    hint: 'Laws on bulk email (CAN-SPAM in the US, and others) ask for it in every email; it is printed in the footer.',
  },
  'email.unsubscribe_url': {
    expected: 'the mailing service\'s unsubscribe merge tag (such as "*|UNSUB|*" or "{{ unsubscribe_url }}"), or an absolute https:, http: or mailto: address',
    hint: 'Leave it out to use the merge tag of your service.',
  },
  'email.list_unsubscribe': {
    expected: 'a mailto: address or an https:// URL, for the List-Unsubscribe header of .eml files and test sends',
  },
  'email.one_click': {
    expected: 'true or false: whether list_unsubscribe accepts the one-click unsubscribe POST (RFC 8058)',
  },
  'email.from': { expected: 'the sender, as "Name <address@example.org>" or "address@example.org"' },
  'email.editions': {
    expected: '"all" or a whole number above 0: how many of the newest editions get an email file in .edition-email/',
    hint: 'The default is feed_items, the editions in the feeds.',
  },
};

const nonEmpty = z.string().check(z.trim(), z.minLength(1));

export const emailSchema = z.strictObject({
  service: z.enum(['mailchimp', 'buttondown', 'smtp']),
  address: nonEmpty.check(z.refine((text) => !/[\r\n]/.test(text))),
  unsubscribe_url: z.optional(z.string().check(z.trim(), z.refine((url) => isMergeTag(url) || isHttpUrl(url) || isMailto(url)))),
  list_unsubscribe: z.optional(z.string().check(z.trim(), z.refine((url) => isMailto(url) || isHttpsUrl(url)))),
  one_click: z._default(z.boolean(), false),
  from: z.optional(z.string().check(z.trim(), z.refine((text) => parseMailbox(text) !== undefined))),
  editions: z.optional(z.union([z.literal('all'), z.int().check(z.positive())])),
});

type RawEmail = z.infer<typeof emailSchema>;

/** The checked block as EmailSettings, or the rules that span two fields, broken, at their lines. */
export function resolveEmailSettings(
  raw: RawEmail,
  doc: Pick<FrontMatterDocument, 'file' | 'locate'>,
  feedItems: number,
): { ok: true; settings: EmailSettings } | { ok: false; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const problem = (field: 'one_click' | 'unsubscribe_url', message: string, hint: string) =>
    diagnostics.push(
      error({ code: 'invalid-field', file: doc.file, ...(doc.locate(['email', field]) ?? doc.locate(['email'])), field: `email.${field}`, message, hint }),
    );
  if (raw.one_click && !(raw.list_unsubscribe && isHttpsUrl(raw.list_unsubscribe))) {
    problem(
      'one_click',
      `"email.one_click" is true, but list_unsubscribe is ${raw.list_unsubscribe ? `"${raw.list_unsubscribe}", not an https:// address` : 'not set'}: one-click unsubscribing POSTs to an https:// address.`,
      'Set list_unsubscribe to an https:// endpoint that unsubscribes on a POST (your mailing service\'s, or one you run; a static site cannot), or remove one_click.',
    );
  }
  const unsubscribeUrl = raw.unsubscribe_url ?? UNSUBSCRIBE_TAGS[raw.service] ?? raw.list_unsubscribe;
  if (unsubscribeUrl === undefined) {
    problem(
      'unsubscribe_url',
      '"email.unsubscribe_url" is missing: with service: smtp no service fills in an unsubscribe link.',
      'Set it to the merge tag your list software replaces, or to an https:// page or mailto: address that unsubscribes readers.',
    );
  }
  if (diagnostics.length > 0 || unsubscribeUrl === undefined) return { ok: false, diagnostics };
  return {
    ok: true,
    settings: {
      service: raw.service,
      address: raw.address,
      unsubscribeUrl,
      ...(raw.list_unsubscribe ? { listUnsubscribe: raw.list_unsubscribe } : {}),
      oneClick: raw.one_click,
      ...(raw.from ? { from: raw.from } : {}),
      editions: raw.editions ?? feedItems,
    },
  };
}

function isMailto(value: string): boolean {
  return /^mailto:[^\s@<>]+@[^\s@<>]+$/i.test(value);
}

function isHttpsUrl(value: string): boolean {
  return isHttpUrl(value) && new URL(value).protocol === 'https:';
}
