/**
 * Bodies without GFM are parsed without it (needs-gfm.ts), which must never
 * change a result: every golden and thousands of generated bodies render the
 * same either way, HTML, first paragraph and diagnostics alike.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderMarkdown, type RenderContext } from '../../../../src/stages/render/render-markdown.js';
import { mayHoldGfmSyntax } from '../../../../src/stages/render/needs-gfm.js';
import { markdownBody, safeMarkdownBody } from '../../../fuzz/arbitraries.js';

const FIXTURES = join(import.meta.dirname, '../../../fixtures/markdown');
const context: RenderContext = { siteUrl: 'https://example.org/brief/', mediaFiles: new Set(['media/pic.png', 'media/a.mp3']), idPrefix: 'e-x-', language: 'en' };
const both = (body: string) => {
  const source = { file: 'content/x.md', body, bodyLine: 3 };
  return { chosen: renderMarkdown(source, context), gfm: renderMarkdown(source, context, { gfm: true }) };
};

/** Newsroom prose without GFM, in the shapes the benchmark corpus and real editions have: links, emphasis, quotes, lists, code. */
const prose = fc
  .array(
    fc.constantFrom(
      'The minister said "no" -- twice.', '[Reuters](https://www.reuters.com/) reported.', '*far higher* than **last year**',
      '- a list item', '1. numbered', '> a quote', '`code with https://x.org`', '<https://example.org/a>', '[ref]: https://example.org/r',
      '[link][ref]', '![map](media/pic.png)', 'Prices ~5% higher.', 'a_b_c', '[a] [b]', '#', '## Heading', 'It\'s AFP\'s view...',
      '<b>raw</b>', '[x](mailto:desk@example.org)', '[www.example.org](https://example.org/)', 'e.g. example.org',
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join('\n\n'));

describe('GFM only when a body may use it', () => {
  it('should tell GFM syntax and addresses from their look-alikes', () => {
    expect(['a | b', '~~x~~', 'x[^1]', '- [ ] task', '- [x] done'].map(mayHoldGfmSyntax)).toEqual([true, true, true, true, true]);
    expect(['~5%', '[a](https://x.org)', '[^ not a note', 'a ^ b'].map(mayHoldGfmSyntax)).toEqual([false, false, true, false]);
    // Addresses in text need GFM; in a link's address, code or raw HTML they do not.
    for (const body of ['see www.example.org', 'see https://x.org', 'write to desk@example.org']) expect(both(body).chosen.html).toContain('<a href=');
    for (const body of ['[a](https://x.org)', '`https://x.org`', '<https://x.org>']) expect(both(body).chosen).toEqual(both(body).gfm);
  });

  it('should render every golden the same either way', () => {
    for (const name of readdirSync(FIXTURES)) {
      const { chosen, gfm } = both(readFileSync(join(FIXTURES, name, 'input.md'), 'utf8'));
      expect(chosen, name).toEqual(gfm);
    }
  });

  it('should render generated bodies the same either way', () => {
    // Lone surrogates become U+FFFD, as when a build reads the file as UTF-8 (renderMarkdown throws on one in a link's address).
    const bodies = [prose, markdownBody, safeMarkdownBody]
      .flatMap((arbitrary) => fc.sample(arbitrary, { numRuns: 400, seed: 12 }))
      .map((body) => body.replace(/[\ud800-\udfff]/gu, '\ufffd'));
    // Enough of them take the CommonMark path for the comparison to mean something.
    expect(bodies.filter((body) => !mayHoldGfmSyntax(body)).length).toBeGreaterThan(500);
    for (const body of bodies) {
      const { chosen, gfm } = both(body);
      expect(chosen, JSON.stringify(body)).toEqual(gfm);
    }
  });
});
