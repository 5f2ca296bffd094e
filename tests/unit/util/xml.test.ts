import { describe, expect, it } from 'vitest';
import { el, escapeXml, xmlDocument } from '../../../src/util/xml.js';

describe('escapeXml', () => {
  it('should return text with nothing to escape as it is', () => {
    expect(escapeXml('https://example.org/2024/03/12/x/ Tue, 12 Mar 2024 11:00:00 GMT — é')).toBe('https://example.org/2024/03/12/x/ Tue, 12 Mar 2024 11:00:00 GMT — é');
  });

  it('should escape markup and quotes and drop the characters XML 1.0 forbids', () => {
    expect(escapeXml(`Floods & fires <b>"it's"</b>\u0000\u0008\u000B\uFFFE\uFFFF\ttab`)).toBe('Floods &amp; fires &lt;b&gt;&quot;it&apos;s&quot;&lt;/b&gt;\ttab');
    expect(escapeXml('only a control character\u001F')).toBe('only a control character');
  });
});

describe('el and xmlDocument', () => {
  it('should flatten lists of children, leave out empty ones and undefined attributes', () => {
    const doc = xmlDocument(el('rss', { version: '2.0', missing: undefined }, [el('a', {}, 1), null], false, undefined, [[el('b', { x: 'y&z' })]].flat(), 'text'));
    expect(doc).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n  <a>1</a>\n  <b x="y&amp;z"/>\n  text\n</rss>\n');
  });
});
