/**
 * Golden files: tests/fixtures/markdown/<case>/input.md → output.html, in English unless the case has a
 * context.json (`{"language": "de"}`). Regenerate with `npx vitest -u`, then review the diff.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../../src/stages/render/render-markdown.js';

const FIXTURES = join(import.meta.dirname, '../../../fixtures/markdown');
const context = { siteUrl: 'https://example.org/brief/', mediaFiles: new Set(['media/a.mp3', 'media/map.png']), language: 'en', idPrefix: 'e-x-' };
const render = (body: string, bodyLine = 1, language = 'en') => renderMarkdown({ file: 'content/x.md', body, bodyLine }, { ...context, language });

describe('renderMarkdown goldens', () => {
  for (const name of readdirSync(FIXTURES).sort()) {
    it(`should render ${name}`, async () => {
      const input = readFileSync(join(FIXTURES, name, 'input.md'), 'utf8');
      const settings = join(FIXTURES, name, 'context.json');
      const { language } = existsSync(settings) ? (JSON.parse(readFileSync(settings, 'utf8')) as { language: string }) : { language: 'en' };
      await expect(render(input, 1, language).html).toMatchFileSnapshot(join(FIXTURES, name, 'output.html'));
    });
  }
});

describe('renderMarkdown', () => {
  it('should turn media/ links into absolute URLs under the site URL', () => {
    const { html, diagnostics } = render('[a](media/a.mp3)');
    expect(diagnostics).toEqual([]);
    expect(html).toContain('href="https://example.org/brief/media/a.mp3"');
  });

  it('errors on a media link to a file that does not exist, at its file line', () => {
    const { diagnostics } = render('Intro.\n\n![x](media/nope.png)', 6);
    expect(diagnostics).toMatchObject([{ code: 'missing-file', line: 8, column: 1 }]);
  });

  it('errors on unsafe schemes and drops the link', () => {
    const { html, diagnostics } = render('[x](javascript:alert(1))');
    expect(diagnostics.map((d) => d.code)).toEqual(['unsafe-url']);
    expect(html).not.toContain('javascript');
  });

  it('should give the first paragraph as plain text for summaries', () => {
    expect(render('# Title\n\nThe **first** [paragraph](https://x.example).\n\nSecond.').firstParagraph).toBe(
      'The first paragraph.',
    );
  });
});
