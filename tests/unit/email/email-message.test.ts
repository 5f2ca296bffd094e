/** The MIME message's unsubscribe headers: one address each, and one-click only when the settings allow it. */
import { describe, expect, it } from 'vitest';
import { messageOptions } from '../../../src/email/email-message.js';
import type { EmailSettings } from '../../../src/model/index.js';

const email = { subject: 'Punching Back', preheader: 'Summary', html: '<p>Body</p>', text: 'Body' };
const settings = (extra: Partial<EmailSettings>): EmailSettings => ({ service: 'smtp', address: '1 Example Plaza', unsubscribeUrl: '*|UNSUB|*', oneClick: false, editions: 20, ...extra });
const headersOf = (extra: Partial<EmailSettings>) => messageOptions(email, { from: { address: 'brief@example.org' }, settings: settings(extra) }).headers;

describe('messageOptions', () => {
  it('names one unsubscribe address even when the setting holds spaces, a comma and angle brackets', () => {
    const headers = headersOf({ listUnsubscribe: 'https://x.org/a b, <https://evil.example/>', oneClick: true });
    expect(headers).toEqual({
      'List-Unsubscribe': '<https://x.org/a%20b,%20%3Chttps://evil.example/%3E>',
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    });
  });

  it('has no one-click header without one_click, and no unsubscribe header without an address', () => {
    expect(headersOf({ listUnsubscribe: 'mailto:unsubscribe@example.org' })).toEqual({ 'List-Unsubscribe': '<mailto:unsubscribe@example.org>' });
    expect(headersOf({})).toEqual({});
  });
});
