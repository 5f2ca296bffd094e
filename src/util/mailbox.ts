/** Email addresses as editors write them in settings and on the command line. */

export interface Mailbox {
  /** The display name, without quotes; absent when only an address was given. */
  name?: string;
  address: string;
}

/** local@domain.tld: no spaces, angle brackets, quotes or list separators, a dot in the domain. */
const ADDRESS = /^[^\s@<>,;"()]+@[^\s@<>,;"()]+\.[^\s@<>,;"().]+$/;

/**
 * "Name <local@domain>", "\"Name, Inc.\" <local@domain>" or "local@domain" as
 * one mailbox, or undefined when it is not one. Handing a mail library the
 * parts, not the text, means a comma in a name can never add a recipient.
 */
export function parseMailbox(text: string): Mailbox | undefined {
  const value = text.trim();
  if (/[\r\n]/.test(value)) return undefined;
  const named = /^(.*?)\s*<([^<>]+)>$/.exec(value);
  if (!named) return ADDRESS.test(value) ? { address: value } : undefined;
  const name = named[1]!.replace(/^"(.*)"$/, '$1').trim();
  const address = named[2]!.trim();
  if (!ADDRESS.test(address) || /[<>"]/.test(name)) return undefined;
  return name ? { name, address } : { address };
}

/** A comma-separated list of plain addresses ("a@example.org, b@example.org"), or the first entry that is not one. */
export function parseAddressList(text: string): { ok: true; addresses: string[] } | { ok: false; bad: string } {
  const addresses = text.split(',').map((entry) => entry.trim()).filter((entry) => entry !== '');
  const bad = addresses.find((entry) => !ADDRESS.test(entry));
  if (bad !== undefined || addresses.length === 0) return { ok: false, bad: bad ?? text };
  return { ok: true, addresses: [...new Set(addresses)] };
}
