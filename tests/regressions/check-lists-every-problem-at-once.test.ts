/**
 * Regression (issue 15 review): `edition check` lists every problem of an
 * edition in one run. An error the build stops on (a missing media file) must
 * not hide the warnings only the check looks for (alt text, lengths, links),
 * neither in the same edition nor in the others.
 */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/check-content.js';
import { buildErrors, edition, makeProject, NOW, siteFiles, TEMPLATES } from '../helpers/site.js';

async function check(files: Record<string, string | Buffer | null>) {
  const root = await makeProject(siteFiles({ 'content/media/map.png': Buffer.from('png'), ...files }));
  return checkContent({ root, templatesDir: TEMPLATES, now: NOW });
}

const where = (d: { severity: string; code: string; file: string; line?: number | undefined; field?: string | undefined }) => ({
  severity: d.severity,
  code: d.code,
  file: d.file,
  line: d.line,
  ...(d.field ? { field: d.field } : {}),
});

describe('edition check with an error in an edition', () => {
  it('reports an image without alt text next to a missing audio file in the same edition', async () => {
    const result = await check({
      'content/editions/2024-03-12-x.md': edition({ headline: 'X', date: '2024-03-12', audio: 'media/gone.mp3' }, 'Text.\n\n![](media/map.png)\n'),
    });
    expect(result.diagnostics.map(where)).toEqual([
      { severity: 'error', code: 'missing-file', file: 'content/editions/2024-03-12-x.md', line: 4, field: 'audio.src' },
      { severity: 'warning', code: 'missing-alt-text', file: 'content/editions/2024-03-12-x.md', line: 8 },
    ]);
  });

  it("reports the other editions' warnings too, and counts the editions it checked", async () => {
    const result = await check({
      'content/editions/2024-03-11-y.md': edition({ headline: 'Y'.repeat(71), date: '2024-03-11' }, 'See [this](https://news.example.org/2024/03/11/yy/).\n'),
      'content/editions/2024-03-12-x.md': edition({ headline: 'X', date: '2024-03-12', image: '\n  src: media/gone.png\n  alt: A map' }, '![](media/map.png)\n'),
    });
    expect(result.diagnostics.map(where)).toEqual([
      { severity: 'warning', code: 'long-headline', file: 'content/editions/2024-03-11-y.md', line: 2, field: 'headline' },
      { severity: 'warning', code: 'broken-link', file: 'content/editions/2024-03-11-y.md', line: 5 },
      { severity: 'error', code: 'missing-file', file: 'content/editions/2024-03-12-x.md', line: 4, field: 'image.src' },
      { severity: 'warning', code: 'missing-alt-text', file: 'content/editions/2024-03-12-x.md', line: 8 },
    ]);
    expect(result.editions).toEqual({ total: 2, drafts: 0, scheduled: 0 });
  });

  it('reports the problems in the body of an edition whose front matter is invalid', async () => {
    const result = await check({
      'content/editions/2024-03-12-x.md': edition({ headline: 'X', date: 'March 12th' }, '![](media/map.png)\n\n![A chart](media/none.png)\n'),
    });
    expect(result.diagnostics.map(where)).toEqual([
      { severity: 'error', code: 'invalid-field', file: 'content/editions/2024-03-12-x.md', line: 3, field: 'date' },
      { severity: 'warning', code: 'missing-alt-text', file: 'content/editions/2024-03-12-x.md', line: 5 },
      { severity: 'error', code: 'missing-file', file: 'content/editions/2024-03-12-x.md', line: 7 },
    ]);
    expect(result.editions).toEqual({ total: 1, drafts: 0, scheduled: 0 });
  });
});

describe('a build with an edition whose front matter is invalid', () => {
  it('reports the errors in its body too, so one run finds them all', async () => {
    const diagnostics = await buildErrors({
      'content/editions/2024-03-12-x.md': edition({ headline: 'X', date: 'March 12th' }, 'Text.\n\n![A chart](media/none.png)\n'),
    });
    expect(diagnostics.map(where)).toEqual([
      { severity: 'error', code: 'invalid-field', file: 'content/editions/2024-03-12-x.md', line: 3, field: 'date' },
      { severity: 'error', code: 'missing-file', file: 'content/editions/2024-03-12-x.md', line: 7 },
    ]);
  });
});
