/**
 * A test send over SMTP: one message, to exactly the addresses given (the
 * envelope names them and no one else), through the server in SMTP_URL.
 */
import type { MailComposerOptions } from 'nodemailer/lib/mail-composer';

export interface SentEmail {
  messageId: string;
  accepted: string[];
  rejected: string[];
}

/** True for the addresses nodemailer reads as an SMTP server: smtp://… or smtps://…, with a host. */
export function isSmtpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'smtp:' || url.protocol === 'smtps:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** The server as it may be shown: scheme, host and port, never the user name or password. */
export function serverName(smtpUrl: string): string {
  const url = new URL(smtpUrl);
  return `${url.protocol}//${url.host}`;
}

/** Send `options` to `to` through `smtpUrl` (smtp: or smtps:, as nodemailer reads it). */
export async function sendEmail(options: MailComposerOptions, smtpUrl: string, from: string, to: readonly string[]): Promise<SentEmail> {
  const { createTransport } = await import('nodemailer');
  const transport = createTransport(smtpUrl);
  try {
    const info = await transport.sendMail({ ...options, to: [...to], cc: [], bcc: [], envelope: { from, to: [...to] } });
    const addresses = (list: unknown) => (Array.isArray(list) ? list.map((entry) => (typeof entry === 'string' ? entry : String((entry as { address?: unknown }).address))) : []);
    return { messageId: String(info.messageId), accepted: addresses(info.accepted), rejected: addresses(info.rejected) };
  } finally {
    transport.close();
  }
}
