/** Every class of content mistake: one clear message each, all at once, exit code 1, and public/ untouched. */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { BuildFailedError } from '../../src/diagnostics.js';
import { buildErrors, buildProject, edition, makeProject, NARRATION, REPO, siteFiles } from '../helpers/site.js';
import { treeDigest } from '../helpers/tree.js';
import type { Diagnostic } from '../../src/model/index.js';

const run = promisify(execFile);
const good = edition({ headline: 'Fine', date: '2024-03-12' });

function only(diagnostics: Diagnostic[]): Diagnostic {
  expect(diagnostics, JSON.stringify(diagnostics, null, 1)).toHaveLength(1);
  return diagnostics[0]!;
}

describe('content errors', () => {
  it('errors when the front matter is not valid YAML, at the right line', async () => {
    const d = only(
      await buildErrors({ 'content/editions/2024-03-12-bad.md': '---\nheadline: Fine\ndate: [2024-03-12\n---\nText\n' }),
    );
    expect(d).toMatchObject({ code: 'yaml-syntax', file: 'content/editions/2024-03-12-bad.md', line: 3 });
    expect(d.message).toMatch(/not valid/);
  });

  it('errors when the headline is missing', async () => {
    const d = only(await buildErrors({ 'content/editions/2024-03-12-x.md': edition({ date: '2024-03-12' }) }));
    expect(d).toMatchObject({ code: 'invalid-field', field: 'headline', file: 'content/editions/2024-03-12-x.md' });
    expect(d.message).toBe('The required field "headline" is missing: expected the headline as text, e.g. "Punching Back".');
  });

  it('errors when the date is not a date, naming what was found and its line', async () => {
    const d = only(
      await buildErrors({ 'content/editions/2024-03-12-x.md': edition({ headline: 'X', date: 'March 12th' }) }),
    );
    expect(d).toMatchObject({ field: 'date', line: 3, column: 1 });
    expect(d.message).toMatch(/^"date" must be a date like 2024-03-12.*, found "March 12th"\.$/);
    expect(d.hint).toMatch(/YYYY-MM-DD/);
  });

  it('errors when the date does not exist on the calendar', async () => {
    const d = only(await buildErrors({ 'content/editions/2024-02-30-x.md': edition({ headline: 'X', date: '2024-02-30' }) }));
    expect(d.message).toContain('found "2024-02-30"');
  });

  it('errors when the offer price is negative', async () => {
    const d = only(
      await buildErrors({
        'content/editions/2024-03-12-x.md': good,
        'content/offer.md': '---\nprice: -5\ncurrency: USD\nperiod: year\nurl: https://x.example/\ncta: Go\n---\nPitch\n',
      }),
    );
    expect(d).toMatchObject({ file: 'content/offer.md', field: 'price', line: 2 });
    expect(d.message).toBe('"price" must be a positive number without a currency sign, e.g. 32.95, found -5.');
  });

  it('errors when the audio file does not exist', async () => {
    const d = only(
      await buildErrors({
        'content/editions/2024-03-12-x.md': edition({ headline: 'X', date: '2024-03-12', audio: '\n  src: media/missing.mp3' }),
      }),
    );
    expect(d).toMatchObject({ code: 'missing-file', field: 'audio.src', line: 4 });
    expect(d.message).toBe('The audio file "media/missing.mp3" does not exist in content/media/.');
  });

  it('errors when the audio file is not audio', async () => {
    const d = only(
      await buildErrors({
        'content/editions/2024-03-12-x.md': edition({ headline: 'X', date: '2024-03-12', audio: 'media/fake.mp3' }),
        'content/media/fake.mp3': 'this is text, not sound',
      }),
    );
    expect(d.code).toBe('unreadable-media');
  });

  it('errors when two editions share one permalink, naming both files', async () => {
    const d = only(
      await buildErrors({
        'content/editions/2024-03-12-same.md': edition({ headline: 'A', date: '2024-03-12' }),
        'content/editions/other.md': edition({ headline: 'B', date: '2024-03-12', slug: 'same' }),
      }),
    );
    expect(d.code).toBe('duplicate-permalink');
    expect(d.message).toContain('content/editions/2024-03-12-same.md');
    expect(d.message).toContain('content/editions/other.md');
    expect(d.message).toContain('2024/03/12/same/index.html');
  });

  it('errors on an unknown field and guesses the intended one', async () => {
    const d = only(
      await buildErrors({ 'content/editions/2024-03-12-x.md': edition({ headlne: 'X', headline: 'X', date: '2024-03-12' }) }),
    );
    expect(d).toMatchObject({ code: 'unknown-field', line: 2 });
    expect(d.message).toBe('Unknown field "headlne". Did you mean "headline"?');
  });

  it('reports every error of every file in one build', async () => {
    const diagnostics = await buildErrors({
      'content/editions/2024-03-10-a.md': edition({ date: 'soon' }),
      'content/editions/2024-03-11-b.md': '---\nheadline: [\n---\n',
      'content/editions/2024-03-12-c.md': good,
      'content/offer.md': '---\nprice: free\ncurrency: XXY\nperiod: week\nurl: nowhere\ncta: Go\n---\n',
    });
    expect(diagnostics.map((d) => `${d.file}:${d.field ?? d.code}`)).toEqual([
      'content/editions/2024-03-10-a.md:headline',
      'content/editions/2024-03-10-a.md:date',
      'content/editions/2024-03-11-b.md:yaml-syntax',
      'content/offer.md:price',
      'content/offer.md:currency',
      'content/offer.md:period',
      'content/offer.md:url',
    ]);
  });

  it('errors when a site setting is wrong', async () => {
    const d = only(
      await buildErrors({ 'content/site.yml': 'title: T\nurl: example.org\ndescription: D\n', 'content/editions/2024-03-12-c.md': good }),
    );
    expect(d).toMatchObject({ file: 'content/site.yml', field: 'url', line: 2 });
    expect(d.message).toContain('an absolute http(s) URL');
  });
});

describe('publication settings and tags', () => {
  it('errors when a tag slugifies to nothing, at the tag’s line', async () => {
    const d = only(
      await buildErrors({
        'content/editions/2024-03-12-x.md': '---\nheadline: X\ndate: 2024-03-12\ntags:\n  - Ukraine\n  - "!!!"\n---\nText\n',
      }),
    );
    expect(d).toMatchObject({ field: 'tags[1]', line: 6, file: 'content/editions/2024-03-12-x.md' });
    expect(d.message).toBe('The tag "!!!" has no letters or digits to make its page address from.');
  });

  it('errors when the page size is not a positive whole number', async () => {
    for (const size of ['0', '2.5', '-3', 'ten']) {
      const d = only(
        await buildErrors({
          'content/site.yml': `title: T\nurl: https://x.example/\ndescription: D\npage_size: ${size}\n`,
          'content/editions/2024-03-12-c.md': good,
        }),
      );
      expect(d).toMatchObject({ file: 'content/site.yml', field: 'page_size', line: 4 });
      expect(d.message).toMatch(/^"page_size" must be a whole number above 0/);
    }
  });
});

describe('untrusted content', () => {
  it('escapes front matter values in every template', async () => {
    const site = await buildProject(
      await makeProject(
        siteFiles({
          'content/editions/2024-03-12-x.md': edition({ headline: '"<script>alert(1)</script>"', date: '2024-03-12', summary: '"<img src=x onerror=alert(1)>"' }),
        }),
      ),
    );
    const html = await site.read('2024/03/12/x/index.html');
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img src=x');
    const { parseHtml } = await import('../helpers/html.js');
    const page = parseHtml(html);
    expect(page.text('h1')).toBe('<script>alert(1)</script>');
  });

  it('removes raw HTML from Markdown and says so', async () => {
    const site = await buildProject(
      await makeProject(
        siteFiles({
          'content/editions/2024-03-12-x.md': edition(
            { headline: 'X', date: '2024-03-12' },
            'Hello <script>alert(1)</script> world.\n\n<iframe src="https://evil.example"></iframe>\n',
          ),
        }),
      ),
    );
    const html = await site.read('2024/03/12/x/index.html');
    expect(html).not.toMatch(/<script>alert|<iframe/);
    expect(site.diagnostics.filter((d) => d.severity === 'warning').map((d) => d.line)).toEqual([5, 7]);
  });

  it('refuses javascript: and other unsafe links', async () => {
    const diagnostics = await buildErrors({
      'content/editions/2024-03-12-x.md': edition(
        { headline: 'X', date: '2024-03-12' },
        'Click [here](javascript:alert(1)) or [there]( JaVaScRiPt:alert(1)) or ![x](data:text/html,hi).\n',
      ),
    });
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['unsafe-url', 5],
      ['unsafe-url', 5],
      ['unsafe-url', 5],
    ]);
    expect(diagnostics[0]!.message).toMatch(/javascript: scheme/);
  });

  it('never runs JavaScript front matter', async () => {
    const marker = `edition_pwned_${process.pid}`;
    const d = only(
      await buildErrors({
        'content/editions/2024-03-12-x.md': `---js\n{ headline: (globalThis.${marker} = 'yes') }\n---\nBody\n`,
      }),
    );
    expect(d.code).toBe('front-matter-engine');
    expect((globalThis as Record<string, unknown>)[marker]).toBeUndefined();
  });

  it('refuses paths that leave the content or output folder', async () => {
    const diagnostics = await buildErrors({
      'content/editions/2024-03-12-a.md': edition({ headline: 'A', date: '2024-03-12', audio: '../../../etc/passwd.mp3' }),
      'content/editions/2024-03-12-b.md': edition({ headline: 'B', date: '2024-03-12', slug: '../../escape' }),
      'content/editions/2024-03-12-c.md': edition({ headline: 'C', date: '2024-03-12', audio: '/etc/passwd.mp3' }),
    });
    expect(diagnostics.map((d) => d.field)).toEqual(['audio', 'slug', 'audio']);
  });
});

describe('a failed build', () => {
  it('leaves the existing public/ exactly as it was', async () => {
    const root = await makeProject(
      siteFiles({ 'content/editions/2024-03-12-x.md': good, 'content/media/a.mp3': await readFile(NARRATION) }),
    );
    const first = await buildProject(root);
    const before = await treeDigest(first.outDir);
    await import('node:fs/promises').then((fs) =>
      fs.writeFile(join(root, 'content/editions/2024-03-13-y.md'), edition({ headline: 'Y', date: 'nope' })),
    );
    await expect(buildProject(root)).rejects.toBeInstanceOf(BuildFailedError);
    expect(await treeDigest(first.outDir)).toEqual(before);
  });

  it('exits with code 1 and prints file:line, the message and a code frame, never a stack trace', async () => {
    const root = await makeProject(
      siteFiles({ 'content/editions/2024-03-12-x.md': edition({ headline: 'X', date: 'March 12th' }) }),
    );
    const result = await run(process.execPath, [join(REPO, 'dist/cli.js'), 'build', '--root', root]).then(
      () => ({ code: 0, stderr: '' }),
      (e: { code: number; stderr: string }) => e,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('content/editions/2024-03-12-x.md:3:1: error [invalid-field] "date" must be');
    expect(result.stderr).toContain('> 3 | date: March 12th');
    expect(result.stderr).toContain('hint: Write the date as YYYY-MM-DD');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
