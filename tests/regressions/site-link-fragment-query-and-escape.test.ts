/**
 * Regression (code review): making a site-relative Markdown link absolute added
 * its trailing slash after the #fragment or ?query (breaking the link), and
 * percent-encoded dots ("%2e%2e/") slipped past the path check and left the site.
 */
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/stages/render/render-markdown.js';

const render = (body: string) => renderMarkdown({ file: 'x.md', body, bodyLine: 1 }, { siteUrl: 'https://ex.org/brief/', mediaFiles: new Set(), idPrefix: 'e-x-', language: 'en' });

describe('a site-relative link in Markdown', () => {
  it('keeps its #fragment after the trailing slash', () => {
    expect(render('[a](2024/03/11/grain-deal/#ukraine) [b](archive/?page=2)').html).toContain(
      'href="https://ex.org/brief/2024/03/11/grain-deal/#ukraine"',
    );
  });

  it('keeps its ?query after the trailing slash', () => {
    expect(render('[b](archive/?page=2)').html).toContain('href="https://ex.org/brief/archive/?page=2"');
  });

  it('is refused as unsafe-url when percent-encoded dots (%2e%2e) lead out of the site', () => {
    expect(render('[c](%2e%2e/other/)').diagnostics.map((d) => d.code)).toEqual(['unsafe-url']);
  });
});
