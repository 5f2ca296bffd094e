/**
 * An email as a MIME message (nodemailer): the HTML and plain-text parts as
 * alternatives, the sender, and the List-Unsubscribe headers mail clients
 * show an unsubscribe button for. The same options make an .eml file and a
 * test send, so what an editor receives is what the file holds.
 */
import type { MailComposerOptions } from 'nodemailer/lib/mail-composer';
import type { EmailSettings } from '../model/index.js';
import type { Mailbox } from '../util/mailbox.js';
import type { Email } from './render-email.js';

export function messageOptions(email: Email, options: { from: Mailbox; to?: readonly string[]; settings: EmailSettings }): MailComposerOptions {
  const { settings } = options;
  const headers: Record<string, string> = {};
  // The URL as its parser writes it: spaces, commas and angle brackets encoded, so the header names one address.
  if (settings.listUnsubscribe) headers['List-Unsubscribe'] = `<${new URL(settings.listUnsubscribe).href}>`;
  // RFC 8058: only an https address that unsubscribes on this POST may ask for it (the settings make sure).
  if (settings.listUnsubscribe && settings.oneClick) headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click';
  return {
    from: options.from.name ? { name: options.from.name, address: options.from.address } : options.from.address,
    ...(options.to ? { to: [...options.to] } : {}),
    subject: email.subject,
    text: email.text,
    html: email.html,
    headers,
    // Everything is in the message already: nodemailer must never read a file or a URL for it.
    disableFileAccess: true,
    disableUrlAccess: true,
  };
}

/** The whole message as an .eml file's bytes. */
export async function composeMessage(options: MailComposerOptions): Promise<Buffer> {
  const { default: MailComposer } = await import('nodemailer/lib/mail-composer');
  return new MailComposer(options).compile().build();
}
