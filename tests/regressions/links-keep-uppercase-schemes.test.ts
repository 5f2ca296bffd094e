/**
 * Regression (found by fuzzing, tests/fuzz/build.test.ts, once links in
 * content were required to keep their address): the sanitizer compares a
 * link's scheme as written, so "[report](HTTPS://example.org/)" and
 * "[write](Mailto:…)" were published as <a> without an href, dead links no one
 * was told about. The scheme is now written in lowercase before sanitizing.
 */
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/stages/render/render-markdown.js';

const render = (body: string) => renderMarkdown({ file: 'content/x.md', body, bodyLine: 1 }, { siteUrl: 'https://example.org/', mediaFiles: new Set(), idPrefix: 'e-x-', language: 'en' });

describe('links with uppercase schemes', () => {
  it('keep their address, with the scheme in lowercase', () => {
    const { html, diagnostics } = render('[report](HTTPS://Example.org/Report) and [write](Mailto:desk@example.org), [ref][r], ![map](Http://example.org/map.png).\n\n[r]: HTTP://example.org/r');
    expect(diagnostics).toEqual([]);
    expect(html).toContain('<a href="https://Example.org/Report">report</a>');
    expect(html).toContain('<a href="mailto:desk@example.org">write</a>');
    expect(html).toContain('<a href="http://example.org/r">ref</a>');
    expect(html).toContain('<img src="http://example.org/map.png" alt="map">');
  });
});
