/**
 * Regression (issue 15 review): a closing `---` followed by spaces or tabs,
 * and CRLF line endings, do not shift the line numbers of problems found in
 * the Markdown body. The body starts on the line after the closing `---`,
 * whatever follows the dashes on that line.
 */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/check-content.js';
import { parseFrontMatter } from '../../src/stages/read/parse-front-matter.js';
import { makeProject, NOW, siteFiles, TEMPLATES } from '../helpers/site.js';

const VARIANTS = [
  { name: 'lf', eol: '\n', after: '' },
  { name: 'lf-spaces', eol: '\n', after: '  ' },
  { name: 'lf-tab', eol: '\n', after: '\t' },
  { name: 'lf-mixed', eol: '\n', after: ' \t ' },
  { name: 'crlf', eol: '\r\n', after: '' },
  { name: 'crlf-spaces', eol: '\r\n', after: '  ' },
  { name: 'crlf-tab', eol: '\r\n', after: '\t' },
  { name: 'crlf-mixed', eol: '\r\n', after: ' \t ' },
];

/** Lines 1–4 front matter (the closing `---` followed by `after`), 5 text, 7 raw HTML, 9 an image of a missing file without alt text. */
function file(eol: string, after: string, date = '2024-03-12'): string {
  return ['---', 'headline: X', `date: ${date}`, `---${after}`, 'Text.', '', '<div>raw</div>', '', '![](media/none.png)', ''].join(eol);
}

describe('line numbers of problems in the body', () => {
  it.each(VARIANTS)('are file lines when the file is $name', ({ eol, after }) => {
    const parsed = parseFrontMatter({ path: 'content/editions/x.md', text: file(eol, after) });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.diagnostics));
    expect(parsed.document.bodyLine).toBe(5);
    expect(parsed.document.body.split(/\r?\n/)[0]).toBe('Text.');
  });

  it('are right for every kind of closing line and line ending, in the build and in check', async () => {
    const files = Object.fromEntries(VARIANTS.map(({ name, eol, after }) => [`content/editions/2024-03-12-${name}.md`, file(eol, after)]));
    const root = await makeProject(siteFiles(files));
    const { diagnostics } = await checkContent({ root, templatesDir: TEMPLATES, now: NOW });
    const found = diagnostics.map((d) => ({ file: d.file, code: d.code, line: d.line }));
    const expected = VARIANTS.flatMap(({ name }) => {
      const at = `content/editions/2024-03-12-${name}.md`;
      return [
        { file: at, code: 'raw-html', line: 7 },
        { file: at, code: 'missing-alt-text', line: 9 },
        { file: at, code: 'missing-file', line: 9 },
      ];
    });
    expect(found).toEqual(expect.arrayContaining(expected));
    expect(found).toHaveLength(expected.length);
  });
});
