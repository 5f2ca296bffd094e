/** `edition check`: every warning the README lists, errors with exit code 1, and nothing written. */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { flacFile } from '../helpers/audio.js';
import { runCli } from '../helpers/cli.js';
import { pngHeader } from '../helpers/images.js';
import { edition, makeProject, NARRATION, seedProject, SITE_YML, siteFiles } from '../helpers/site.js';
import type { Diagnostic } from '../../src/model/index.js';

const GOOD = edition(
  { headline: 'Good', date: '2024-03-12', summary: 'Short.', audio: 'media/good.mp3' },
  'A [source](https://www.afp.com/en) and ![A map of the region](media/map.png).\n',
);

async function check(files: Record<string, string | Buffer | null>, args: string[] = []) {
  const root = await makeProject(siteFiles({ 'content/media/map.png': Buffer.from('png'), ...files }));
  const run = await runCli(['check', '--json', ...args], { cwd: root });
  const json = JSON.parse(run.stdout) as { ok: boolean; errors: number; warnings: number; diagnostics: Diagnostic[] };
  return { root, run, json, codes: json.diagnostics.map((d) => d.code) };
}

describe('edition check', () => {
  it('should pass a clean site with exit code 0 and a one-line summary', async () => {
    const root = await makeProject(siteFiles({ 'content/editions/2024-03-12-good.md': GOOD, 'content/media/good.mp3': await readFile(NARRATION), 'content/media/map.png': 'png' }));
    const run = await runCli(['check'], { cwd: root });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Checked 1 edition \(0 drafts, 0 scheduled\), settings and templates in \d+ ms: no problems\.\n$/);
    expect(existsSync(join(root, 'public'))).toBe(false);
  });

  it('warns about an image without alt text, at its line', async () => {
    const { run, json } = await check({ 'content/editions/2024-03-12-x.md': edition({ headline: 'X', date: '2024-03-12' }, 'Text.\n\n![](media/map.png)\n') });
    expect(run.code).toBe(0);
    expect(json.diagnostics).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'missing-alt-text', file: 'content/editions/2024-03-12-x.md', line: 7, column: 1 }),
    ]);
  });

  it('warns about internal links that point to no edition, suggesting the permalink', async () => {
    const body = [
      'See [a typo](https://news.example.org/2024/03/11/yesterdya/),',
      '[the file](2024-03-11-yesterday.md), [a good one](2024/03/11/yesterday/),',
      '[the home page](/), [elsewhere](https://www.afp.com/en) and [subscribe](https://news.example.org/subscribe).',
      '',
    ].join('\n');
    const { json } = await check({
      'content/editions/2024-03-11-yesterday.md': edition({ headline: 'Yesterday', date: '2024-03-11' }),
      'content/editions/2024-03-12-x.md': edition({ headline: 'X', date: '2024-03-12' }, body),
    });
    const links = json.diagnostics.filter((d) => d.code === 'broken-link');
    expect(links).toHaveLength(2);
    expect(links[0]).toMatchObject({ line: 5, message: 'The link "https://news.example.org/2024/03/11/yesterdya/" points to no edition or page of this site.' });
    expect(links[0]!.hint).toBe('Did you mean https://news.example.org/2024/03/11/yesterday/? Link to an edition by its full permalink.');
    expect(links[1]).toMatchObject({ line: 6, hint: expect.stringContaining('https://news.example.org/2024/03/11/yesterday/') });
    expect(json.diagnostics).toHaveLength(2);
  });

  it('warns about a link to a draft edition, which is not published', async () => {
    const { json } = await check({
      'content/editions/2024-03-11-later.md': edition({ headline: 'Later', date: '2024-03-11', draft: 'true' }),
      'content/editions/2024-03-12-x.md': edition({ headline: 'X', date: '2024-03-12' }, 'See [this](https://news.example.org/2024/03/11/later/).\n'),
    });
    expect(json.diagnostics).toEqual([
      expect.objectContaining({ code: 'broken-link', message: expect.stringContaining('which is a draft and not published') }),
    ]);
  });

  it('warns about audio that some browsers cannot play (FLAC)', async () => {
    const { json } = await check({
      'content/editions/2024-03-12-x.md': edition({ headline: 'X', date: '2024-03-12', audio: 'media/voice.flac' }),
      'content/media/voice.flac': flacFile(3),
    });
    expect(json.diagnostics).toEqual([
      expect.objectContaining({ code: 'unplayable-audio', field: 'audio.src', line: 4, hint: expect.stringContaining('MP3') }),
    ]);
  });

  it('warns about a podcast with no episode yet, at the podcast: line, differently when only a draft has narration, and not once a published edition has', async () => {
    const show = 'podcast:\n  image: media/cover.png\n  category: News\n  owner:\n    name: The Daily Test\n    email: podcast@news.example.org\n';
    const files = {
      'content/site.yml': `${SITE_YML}${show}`,
      'content/media/cover.png': pngHeader(1400, 1400),
      'content/editions/2024-03-12-x.md': edition({ headline: 'X', date: '2024-03-12' }),
    };
    const { run, json } = await check(files);
    expect(run.code).toBe(0);
    expect(json.diagnostics).toEqual([
      {
        severity: 'warning',
        code: 'podcast-without-episodes',
        file: 'content/site.yml',
        // SITE_YML's six lines, then the show.
        line: 7,
        field: 'podcast',
        message: 'The podcast is set up, but no edition has narration that could be read: podcast.xml is written only once one has.',
        hint: 'Add "audio: media/<file>" to an edition, or leave the "podcast:" block out until the first episode.',
      },
    ]);
    const narration = await readFile(NARRATION);
    const draft = edition({ headline: 'Y', date: '2024-03-13', draft: 'true', audio: 'media/y.mp3' });
    const waiting = (await check({ ...files, 'content/editions/2024-03-13-y.md': draft, 'content/media/y.mp3': narration })).json.diagnostics;
    expect(waiting).toMatchObject([
      {
        code: 'podcast-without-episodes',
        message: 'The podcast is set up, but only drafts or scheduled editions have narration: podcast.xml is written once one of them is published.',
      },
    ]);
    const published = edition({ headline: 'Y', date: '2024-03-13', audio: 'media/y.mp3' });
    expect((await check({ ...files, 'content/editions/2024-03-13-y.md': published, 'content/media/y.mp3': narration })).json.diagnostics).toEqual([]);
  });

  it('warns about a summary over 160 characters and a headline over 70, at their lines', async () => {
    const { json } = await check({
      'content/editions/2024-03-12-x.md': edition({ headline: 'H'.repeat(71), date: '2024-03-12', summary: 'S'.repeat(161) }),
      'content/editions/2024-03-13-y.md': edition({ headline: 'H'.repeat(70), date: '2024-03-13', summary: 'S'.repeat(160) }),
    });
    expect(json.diagnostics).toEqual([
      expect.objectContaining({ code: 'long-headline', file: 'content/editions/2024-03-12-x.md', line: 2, message: expect.stringMatching(/^The headline is 71 characters/) }),
      expect.objectContaining({ code: 'long-summary', file: 'content/editions/2024-03-12-x.md', line: 4, message: expect.stringMatching(/^The summary is 161 characters/) }),
    ]);
  });

  it('should check drafts and scheduled editions too', async () => {
    const { json } = await check({
      'content/editions/2024-03-12-x.md': edition({ headline: 'X', date: '2024-03-12', draft: 'true' }, '![](media/map.png)\n'),
      'content/editions/2999-03-12-y.md': edition({ headline: 'Y'.repeat(80), date: '2999-03-12' }),
    });
    expect(json.diagnostics.map((d) => [d.code, d.file])).toEqual([
      ['missing-alt-text', 'content/editions/2024-03-12-x.md'],
      ['long-headline', 'content/editions/2999-03-12-y.md'],
    ]);
  });

  it('exits 1 on errors, printing each with its line and hint, and writes nothing', async () => {
    const root = await makeProject(siteFiles({ 'content/editions/2024-03-12-x.md': edition({ headline: 'X', date: 'March 12th' }) }));
    const run = await runCli(['check'], { cwd: root });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('content/editions/2024-03-12-x.md:3:1: error [invalid-field]');
    expect(run.stderr).toContain('hint: Write the date as YYYY-MM-DD');
    expect(run.stdout).toMatch(/^Checked 1 edition \(0 drafts, 0 scheduled\), settings and templates in \d+ ms: 1 error, 0 warnings\. Fix the errors before publishing\.\n$/);
    expect(existsSync(join(root, 'public'))).toBe(false);
  });

  it('should find template errors', async () => {
    const root = await seedProject();
    const { cp, writeFile } = await import('node:fs/promises');
    await cp(join(import.meta.dirname, '../../templates'), join(root, 'templates'), { recursive: true });
    await writeFile(join(root, 'templates/home.liquid'), '{% layout "layouts/base" %}{% block content %}{{ nope }}{% endblock %}');
    const run = await runCli(['check', '--json'], { cwd: root });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).diagnostics[0]).toMatchObject({ code: 'template-error', file: 'templates/home.liquid' });
  });

  it('should print only problems with --quiet', async () => {
    const root = await makeProject(siteFiles({ 'content/editions/2024-03-12-x.md': edition({ headline: 'X', date: '2024-03-12' }) }));
    expect(await runCli(['check', '--quiet'], { cwd: root })).toMatchObject({ code: 0, stdout: '', stderr: '' });
  });
});
