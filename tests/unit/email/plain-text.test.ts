/** The plain-text part: the same words, every link written out, nothing of the markup or the inbox preview's filler. */
import { describe, expect, it } from 'vitest';
import { plainText } from '../../../src/email/plain-text.js';

const HTML = `<!DOCTYPE html><html><head><title>T</title><style>p { color: red; }</style></head><body>
<div class="email-preheader">The summary.&#847;&zwnj;&nbsp;&#847;&zwnj;&nbsp;</div>
<table role="presentation" width="100%"><tr><td>
<h1><a href="https://news.example.org/2024/03/12/talks/">Talks Resume</a></h1>
<p>Reported by <a href="https://www.afp.com/en">Agence France-Presse</a><sup><a href="https://news.example.org/2024/03/12/talks/#e-fn-1" data-footnote-ref>1</a></sup>, and at <a href="https://example.org/">https://example.org/</a>.</p>
<section class="table-scroll"><table><thead><tr><th>Region</th><th>Seats</th></tr></thead><tbody><tr><td>North</td><td>12</td></tr></tbody></table></section>
<p><a href="*|UNSUB|*">Unsubscribe</a></p>
</td></tr></table>
</body></html>`;

describe('plainText', () => {
  const text = plainText(HTML);

  it('should write each link out after its text, once when the text is the address', () => {
    expect(text).toContain('Talks Resume <https://news.example.org/2024/03/12/talks/>');
    expect(text).toContain('Agence France-Presse <https://www.afp.com/en>');
    expect(text).toMatch(/at\s+https:\/\/example\.org\/\./);
    expect(text).toContain('Unsubscribe <*|UNSUB|*>');
  });

  it('should keep a footnote number without its address, and the case of headlines', () => {
    expect(text).toMatch(/<https:\/\/www\.afp\.com\/en>1, and/);
    expect(text).not.toContain('#e-fn-1');
    expect(text).not.toContain('TALKS RESUME');
  });

  it("should set the edition's tables as text tables, and leave out the preview, the styles and the tags", () => {
    expect(text).toMatch(/Region {3}Seats\nNorth {4}12/);
    expect(text).not.toMatch(/The summary|color: red|<\/?(p|div|a|table|td|style|span|h1)\b/);
    expect(text.endsWith('\n')).toBe(true);
  });
});
