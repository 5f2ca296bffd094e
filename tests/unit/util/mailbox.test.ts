import { describe, expect, it } from 'vitest';
import { parseAddressList, parseMailbox } from '../../../src/util/mailbox.js';
import { isMergeTag } from '../../../src/util/merge-tags.js';

describe('parseMailbox', () => {
  it('should read an address alone, with a name, and with a quoted name holding a comma', () => {
    expect(parseMailbox('brief@example.org')).toEqual({ address: 'brief@example.org' });
    expect(parseMailbox('GlobalPost <brief@example.org>')).toEqual({ name: 'GlobalPost', address: 'brief@example.org' });
    expect(parseMailbox('"GlobalPost, Inc." <brief@example.org>')).toEqual({ name: 'GlobalPost, Inc.', address: 'brief@example.org' });
  });

  it('should refuse what is not one mailbox', () => {
    for (const text of ['GlobalPost', 'a@b', 'a@example.org, b@example.org', 'X <a@example.org', 'a@example.org\nBcc: c@example.org', '<>']) {
      expect(parseMailbox(text), text).toBeUndefined();
    }
  });
});

describe('parseAddressList', () => {
  it('should split on commas, drop repeats and refuse a name or a broken address', () => {
    expect(parseAddressList('a@example.org, b@example.org,a@example.org')).toEqual({ ok: true, addresses: ['a@example.org', 'b@example.org'] });
    expect(parseAddressList('a@example.org, Bob <b@example.org>')).toEqual({ ok: false, bad: 'Bob <b@example.org>' });
    expect(parseAddressList(' , ')).toEqual({ ok: false, bad: ' , ' });
  });
});

describe('isMergeTag', () => {
  it("should know the services' shapes and nothing with spaces, markup or a scheme", () => {
    for (const tag of ['*|UNSUB|*', '{{ unsubscribe_url }}', '{{unsubscribe}}', '{{{ unsubscribe }}}', '%%unsubscribe_url%%', '%unsubscribe_url%', '[unsubscribe]']) expect(isMergeTag(tag), tag).toBe(true);
    for (const text of ['https://x.example/', '{{ a b }}', '{{{ x }}', '*|UN SUB|*', '{{<b>}}', '<%x%>', '']) expect(isMergeTag(text), text).toBe(false);
  });
});
