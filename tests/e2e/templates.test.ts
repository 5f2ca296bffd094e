/**
 * A site's own templates: they override Edition's file by file, `edition
 * templates eject` copies Edition's out, and `edition templates` says which
 * copies Edition has changed since (what to compare after an upgrade).
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { runCli } from '../helpers/cli.js';
import { parseHtml } from '../helpers/html.js';
import { edition, makeProject, NOW, SITE_YML_WITH_SEARCH, siteFiles as baseFiles, TEMPLATES } from '../helpers/site.js';

/** The test site with one published edition, whose page shows the offer. */
const siteFiles = (files: Record<string, string | null> = {}) =>
  baseFiles({ 'content/editions/2024-03-12-first.md': edition({ headline: 'First', date: '2024-03-12' }), ...files });
const EDITION_PAGE = 'public/2024/03/12/first/index.html';

const read = (root: string, path: string) => readFile(join(root, path), 'utf8');

/** Build as an installed Edition does: Edition's templates, with the project's templates/ over them. */
const buildOwn = (root: string) => build({ root, now: NOW });

describe("a site's own templates", () => {
  it("override Edition's one file at a time; every other template, new ones included, stays Edition's", async () => {
    // A site that overrode the offer before search and email existed: it has no search.liquid or email.liquid.
    const root = await makeProject(
      siteFiles({
        'content/site.yml': SITE_YML_WITH_SEARCH,
        'templates/partials/offer.liquid': '<aside class="house-offer">{{ offer.cta }}: {{ offer.url }}</aside>\n',
        'templates/assets/style.css': 'body { color: #111; }\n',
      }),
    );
    const result = await buildOwn(root);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const page = parseHtml(await read(root, EDITION_PAGE));
    expect(page.text('aside.house-offer')).toBe('Subscribe: https://shop.example.org/subscribe');
    // Edition's layout and the site's stylesheet, under its content-hashed name.
    const stylesheet = page.attr('link[rel="stylesheet"]', 'href')!;
    expect(await read(root, join('public', stylesheet.replace(/^(\.\.\/)*/, '')))).toBe('body { color: #111; }\n');
    expect(parseHtml(await read(root, 'public/search/index.html')).one('form[role="search"], form')).toBeDefined();
  });

  it("report a mistake in the site's copy at its own path, and one in Edition's at Edition's", async () => {
    const root = await makeProject(siteFiles({ 'templates/partials/offer.liquid': '{{ offer.headline | no_such_filter }}\n' }));
    const failure = await buildOwn(root).catch((cause: { diagnostics?: { code: string; file: string }[] }) => cause);
    expect((failure as { diagnostics: { code: string; file: string }[] }).diagnostics.map((d) => [d.code, d.file])).toContainEqual(['template-error', 'templates/partials/offer.liquid']);
    // A missing partial is the including template's mistake: the site's home.liquid.
    const other = await makeProject(siteFiles({ 'templates/home.liquid': '{% render "partials/no-such-partial" %}' }));
    const missing = await buildOwn(other).catch((cause: { diagnostics?: { code: string; file: string }[] }) => cause);
    expect((missing as { diagnostics: { code: string; file: string }[] }).diagnostics.map((d) => d.file)).toContain('templates/home.liquid');
  });

  it('report an unknown variable (which LiquidJS gives no file name) at the partial it is in, own or Edition\'s', async () => {
    const diagnosticsOf = async (files: Record<string, string>) => {
      const failure = await buildOwn(await makeProject(siteFiles(files))).catch((cause: { diagnostics: { code: string; file: string; line?: number }[] }) => cause);
      return (failure as { diagnostics: { code: string; file: string; line?: number }[] }).diagnostics.filter((d) => d.code === 'template-error');
    };
    const own = await diagnosticsOf({ 'templates/partials/offer.liquid': '<aside>\n  {{ no_such_variable }}\n</aside>\n' });
    expect(own[0]).toMatchObject({ file: 'templates/partials/offer.liquid', line: 2 });
    // The site's home page includes Edition's edition-item without the `item` it needs: the mistake shows in Edition's file.
    const builtIn = await diagnosticsOf({ 'templates/home.liquid': '{% layout "layouts/base" %}{% block content %}{% include "partials/edition-item" %}{% endblock %}' });
    expect(builtIn[0]).toMatchObject({ file: expect.stringMatching(/^\.\.\/.*templates\/partials\/edition-item\.liquid$/), line: 1 });
  });
});

describe('edition templates', () => {
  it("ejects named templates, records where they came from, and never overwrites a copy", async () => {
    const root = await makeProject(siteFiles());
    const run = await runCli(['templates', 'eject', 'offer', 'style.css'], { cwd: root });
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/^Copied 2 templates into templates\/: assets\/style\.css, partials\/offer\.liquid\.\n/);
    expect(await read(root, 'templates/partials/offer.liquid')).toBe(await read(TEMPLATES, 'partials/offer.liquid'));
    const record = JSON.parse(await read(root, 'templates/.edition-templates.json')) as { edition: string; files: Record<string, { edition: string; sha256: string }> };
    expect(Object.keys(record.files)).toEqual(['assets/style.css', 'partials/offer.liquid']);
    expect(record.files['partials/offer.liquid']!.sha256).toMatch(/^[0-9a-f]{64}$/);

    await writeFile(join(root, 'templates/partials/offer.liquid'), 'mine');
    const again = await runCli(['templates', 'eject', 'partials/offer.liquid', 'edition'], { cwd: root });
    expect(again.code).toBe(1);
    expect(again.stderr).toBe(
      'templates/ already has partials/offer.liquid, and nothing was copied. Move those files away first, or name only the templates you do not have yet.\n',
    );
    expect(await read(root, 'templates/partials/offer.liquid')).toBe('mine');
    expect(existsSync(join(root, 'templates/edition.liquid'))).toBe(false);
  });

  it('ejects a whole folder, or everything, and the site still builds the same', async () => {
    const root = await makeProject(siteFiles());
    const before = await buildOwn(root);
    const home = await read(root, 'public/index.html');
    expect(await runCli(['templates', 'eject', 'partials'], { cwd: root })).toMatchObject({ code: 0 });
    expect(existsSync(join(root, 'templates/partials/article.liquid'))).toBe(true);
    expect(existsSync(join(root, 'templates/edition.liquid'))).toBe(false);
    expect(await runCli(['templates', 'eject', 'edition', '404', 'archive', 'email', 'home', 'redirect', 'search', 'tag', 'tags', 'layouts', 'assets'], { cwd: root })).toMatchObject({ code: 0 });
    const after = await buildOwn(root);
    expect(after.files.map((file) => file.path).sort()).toEqual(before.files.map((file) => file.path).sort());
    expect(await read(root, 'public/index.html')).toBe(home);
  });

  it('refuses a name Edition has no template for, with the closest one', async () => {
    const root = await makeProject(siteFiles());
    const run = await runCli(['templates', 'eject', 'editon'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^Edition has no template "editon" \(did you mean "edition\.liquid"\?\)\. Its templates: 404\.liquid, /);
    expect(existsSync(join(root, 'templates'))).toBe(false);
    expect((await runCli(['templates', 'ejekt'], { cwd: root })).stderr).toBe(
      'Unknown "edition templates ejekt". Did you mean "eject"? Use "edition templates" or "edition templates eject [NAME...]".\n',
    );
  });

  it("lists which templates are the site's, and which copies Edition has changed since they were ejected", async () => {
    const root = await makeProject(siteFiles());
    const fresh = await runCli(['templates', '--json'], { cwd: root });
    const states = (run: typeof fresh) => Object.fromEntries((JSON.parse(run.stdout) as { templates: { name: string; state: string }[] }).templates.map((t) => [t.name, t.state]));
    expect(new Set(Object.values(states(fresh)))).toEqual(new Set(['built-in']));

    await runCli(['templates', 'eject', 'partials/offer', 'edition'], { cwd: root });
    // As after an upgrade: Edition's edition.liquid is no longer the one this copy was made from.
    const recordPath = join(root, 'templates/.edition-templates.json');
    const record = JSON.parse(await read(root, 'templates/.edition-templates.json'));
    record.files['edition.liquid'].sha256 = '0'.repeat(64);
    record.files['edition.liquid'].edition = '0.0.9';
    await writeFile(recordPath, JSON.stringify(record));
    // A copy made by hand (not recorded) that differs, and a partial of the site's own.
    await mkdir(join(root, 'templates/layouts'), { recursive: true });
    await writeFile(join(root, 'templates/layouts/base.liquid'), '<html>{% block content %}{% endblock %}</html>');
    await writeFile(join(root, 'templates/partials/masthead-extra.liquid'), '<p>Extra</p>');

    const listed = states(await runCli(['templates', '--json'], { cwd: root }));
    expect(listed).toMatchObject({
      'partials/offer.liquid': 'own',
      'edition.liquid': 'own, Edition changed',
      'layouts/base.liquid': 'own, not recorded',
      'partials/masthead-extra.liquid': 'own only',
      'home.liquid': 'built-in',
    });
    const text = await runCli(['templates'], { cwd: root });
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^ {2}edition\.liquid +yours; Edition's has changed since you copied it from 0\.0\.9: compare$/m);
    expect(text.stdout).toContain('Compare these with Edition\'s, then update your copy (or delete it to use Edition\'s):\n');
    expect(text.stdout).toMatch(/^ {2}git diff --no-index \S+templates\/edition\.liquid templates\/edition\.liquid$/m);
    expect(text.stdout).toMatch(/^ {2}git diff --no-index \S+templates\/layouts\/base\.liquid templates\/layouts\/base\.liquid$/m);
    // Only the recorded copy can be compared version to version; the hand-made one cannot.
    expect(text.stdout.match(/^ {2}npm diff .*$/gm)).toEqual([expect.stringMatching(/^ {2}npm diff --diff=edition@0\.0\.9 --diff=edition@\d+\.\d+\.\d+ templates\/edition\.liquid$/)]);

    // `edition check`, which an editor runs every day, warns about the copy Edition has changed, and only that one.
    const check = await runCli(['check', '--json'], { cwd: root });
    const outdated = (JSON.parse(check.stdout) as { diagnostics: { code: string; severity: string; file: string; message: string }[] }).diagnostics.filter(
      (d) => d.code === 'template-outdated',
    );
    expect(outdated).toEqual([
      expect.objectContaining({ severity: 'warning', file: 'templates/edition.liquid', message: expect.stringContaining('(Edition 0.0.9)') }),
    ]);
  });
});
