/**
 * The build's email files: .edition-email/YYYY/MM/DD/slug.html and .txt,
 * written through the staged writer like public/, made again only when
 * their inputs changed, removed with their edition, never linked from the
 * site, and never touched by a build that fails or does not write.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/check-content.js';
import { BuildFailedError } from '../../src/diagnostics.js';
import { EMAIL_SITE_YML } from '../helpers/email.js';
import { parseHtml } from '../helpers/html.js';
import { buildProject, edition, makeProject, NOW, SITE_YML, siteFiles, TEMPLATES } from '../helpers/site.js';
import { treeDigest } from '../helpers/tree.js';

const EDITIONS = {
  'content/editions/2024-03-10-first.md': edition({ headline: 'First', date: '2024-03-10' }),
  'content/editions/2024-03-11-second.md': edition({ headline: 'Second', date: '2024-03-11' }),
  'content/editions/2024-03-12-third.md': edition({ headline: 'Third', date: '2024-03-12' }),
};

async function project(files: Record<string, string | null> = {}): Promise<string> {
  return makeProject(siteFiles({ 'content/site.yml': EMAIL_SITE_YML, ...EDITIONS, ...files }));
}

/** Every file under the email folder, relative to it, sorted. */
async function emailFiles(root: string): Promise<string[]> {
  const dir = join(root, '.edition-email');
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1)).sort();
}

describe('the email files of a build', () => {
  it("should write each edition's email as HTML and text beside public/, at its permalink's path", async () => {
    const root = await project();
    const built = await buildProject(root);
    expect(await emailFiles(root)).toEqual([
      '2024/03/10/first.html',
      '2024/03/10/first.txt',
      '2024/03/11/second.html',
      '2024/03/11/second.txt',
      '2024/03/12/third.html',
      '2024/03/12/third.txt',
    ]);
    expect(built.email).toMatchObject({ emails: 3, written: 6, unchanged: 0, removed: 0, dir: join(root, '.edition-email') });
    const html = parseHtml(await readFile(join(root, '.edition-email/2024/03/12/third.html'), 'utf8'));
    expect(html.text('h1')).toBe('Third');
    expect(await readFile(join(root, '.edition-email/2024/03/12/third.txt'), 'utf8')).toMatch(/^View in your browser\s<https:\/\/news\.example\.org\/2024\/03\/12\/third\/>/);
  });

  it('should write the same bytes when built again from nothing', async () => {
    const root = await project();
    await buildProject(root);
    const first = await treeDigest(join(root, '.edition-email'));
    await rm(join(root, '.edition-email'), { recursive: true });
    await rm(join(root, '.edition-cache'), { recursive: true });
    await buildProject(root);
    expect(await treeDigest(join(root, '.edition-email'))).toEqual(first);
  });

  it('should never put the emails in the site or link them from it', async () => {
    const root = await project();
    await buildProject(root);
    const site = await readdir(join(root, 'public'), { recursive: true });
    expect(site.filter((path) => /\.txt$|edition-email/.test(path))).toEqual(['robots.txt']);
    for (const path of site.filter((file) => file.endsWith('.html'))) {
      const links = parseHtml(await readFile(join(root, 'public', path), 'utf8')).all('[href], [src]');
      expect(links.filter((link) => /edition-email/.test(JSON.stringify(link.properties))), path).toEqual([]);
    }
  });

  it('should make no email again on a warm build, and only the changed one after an edit', async () => {
    const root = await project();
    await buildProject(root);
    const path = join(root, '.edition-email/2024/03/11/second.html');
    const before = (await stat(path)).mtimeMs;
    const warm = await buildProject(root);
    expect(warm.email).toMatchObject({ written: 0, unchanged: 6, removed: 0 });
    expect((await stat(path)).mtimeMs).toBe(before);

    await writeFile(join(root, 'content/editions/2024-03-11-second.md'), edition({ headline: 'Second, corrected', date: '2024-03-11' }));
    const edited = await buildProject(root);
    expect(edited.email).toMatchObject({ written: 2, unchanged: 4, removed: 0 });
    expect(parseHtml(await readFile(path, 'utf8')).text('h1')).toBe('Second, corrected');
  });

  it('should make every email again when the email settings change, and no page', async () => {
    const root = await project();
    await buildProject(root);
    await writeFile(join(root, 'content/site.yml'), EMAIL_SITE_YML.replace('1 Test Street', '2 Test Street'));
    const built = await buildProject(root);
    expect(built.email).toMatchObject({ written: 6, unchanged: 0 });
    expect(built.output.written).toBe(0);
    expect(parseHtml(await readFile(join(root, '.edition-email/2024/03/12/third.html'), 'utf8')).text('.email-footer__address')).toMatch(/^The Daily Test, 2 Test Street/);
  });

  it("should remove an edition's email when the edition is gone", async () => {
    const root = await project();
    await buildProject(root);
    await rm(join(root, 'content/editions/2024-03-10-first.md'));
    const built = await buildProject(root);
    expect(built.email).toMatchObject({ emails: 2, removed: 2 });
    expect(await emailFiles(root)).toEqual(['2024/03/11/second.html', '2024/03/11/second.txt', '2024/03/12/third.html', '2024/03/12/third.txt']);
    expect(existsSync(join(root, '.edition-email/2024/03/10'))).toBe(false);
  });

  it('should make emails for the newest email.editions editions only', async () => {
    const root = await project({ 'content/site.yml': `${EMAIL_SITE_YML}  editions: 1\n` });
    await buildProject(root);
    expect(await emailFiles(root)).toEqual(['2024/03/12/third.html', '2024/03/12/third.txt']);
  });

  it('should leave the email folder as it was when a build fails', async () => {
    const root = await project();
    await buildProject(root);
    const before = await treeDigest(join(root, '.edition-email'));
    await writeFile(join(root, 'content/editions/2024-03-12-third.md'), edition({ headline: 'Third, corrected', date: '2024-03-12' }));
    await writeFile(join(root, 'content/editions/2024-03-13-broken.md'), edition({ headline: 'Broken', date: 'not a date' }));
    await expect(buildProject(root)).rejects.toBeInstanceOf(BuildFailedError);
    expect(await treeDigest(join(root, '.edition-email'))).toEqual(before);
    expect((await readdir(root)).filter((entry) => entry.startsWith('.edition-') && entry !== '.edition-cache' && entry !== '.edition-email')).toEqual([]);
  });

  it('should leave the email folder as it was when the email template fails', async () => {
    const root = await project();
    await buildProject(root);
    const before = await treeDigest(join(root, '.edition-email'));
    const templates = join(root, 'templates');
    const { cp } = await import('node:fs/promises');
    await cp(join(import.meta.dirname, '../../templates'), templates, { recursive: true });
    await writeFile(join(templates, 'email.liquid'), '<p>{{ no_such_thing }}</p>');
    await writeFile(join(root, 'content/editions/2024-03-12-third.md'), edition({ headline: 'Third, corrected', date: '2024-03-12' }));
    const failure = await buildProject(root, { templatesDir: 'templates' }).catch((cause: unknown) => cause);
    expect(failure).toBeInstanceOf(BuildFailedError);
    expect((failure as BuildFailedError).diagnostics.map((d) => [d.code, d.file])).toEqual([['template-error', 'templates/email.liquid']]);
    expect(await treeDigest(join(root, '.edition-email'))).toEqual(before);
    expect(parseHtml(await readFile(join(root, 'public/2024/03/12/third/index.html'), 'utf8')).text('h1')).toBe('Third');
  });

  it('should write nothing for builds that stay in memory, and nothing for a site without email settings', async () => {
    const root = await project();
    await buildProject(root, { write: false });
    expect(existsSync(join(root, '.edition-email'))).toBe(false);
    const plain = await makeProject(siteFiles({ 'content/site.yml': SITE_YML, ...EDITIONS }));
    const built = await buildProject(plain);
    expect(built.email).toBeUndefined();
    expect((await readdir(plain)).sort()).toEqual(['.edition-cache', 'content', 'public']);
  });

  it('should leave the email folder to published editions: a build with drafts or future editions does not touch it', async () => {
    const root = await project({ 'content/editions/2024-03-13-draft.md': edition({ headline: 'Draft', date: '2024-03-13', draft: 'true' }) });
    await buildProject(root);
    const before = await treeDigest(join(root, '.edition-email'));
    const preview = await buildProject(root, { drafts: true, future: true, outDir: 'public-preview' });
    expect(preview.email).toBeUndefined();
    expect(await treeDigest(join(root, '.edition-email'))).toEqual(before);
    expect(Object.keys(before).some((path) => path.includes('draft'))).toBe(false);
  });

  it('should have edition check find an error in the email template, writing nothing', async () => {
    const root = await project();
    const { cp } = await import('node:fs/promises');
    await cp(TEMPLATES, join(root, 'templates'), { recursive: true });
    await writeFile(join(root, 'templates/email.liquid'), '<p>{{ edition.headline | no_such_filter }}</p>');
    const result = await checkContent({ root, now: NOW });
    expect(result.diagnostics.map((d) => [d.severity, d.code, d.file])).toEqual([['error', 'template-error', 'templates/email.liquid']]);
    expect(existsSync(join(root, '.edition-email'))).toBe(false);
  });

  it('should empty the email folder once email settings are removed', async () => {
    const root = await project();
    await buildProject(root);
    await writeFile(join(root, 'content/site.yml'), SITE_YML);
    const built = await buildProject(root);
    expect(built.email).toMatchObject({ emails: 0, written: 0, removed: 6 });
    expect(await emailFiles(root)).toEqual([]);
  });

  it("should use Edition's own email templates for a site whose templates/ has none", async () => {
    const root = await project();
    const { cp } = await import('node:fs/promises');
    const templates = join(root, 'templates');
    await cp(join(import.meta.dirname, '../../templates'), templates, { recursive: true, filter: (path) => !basename(path).startsWith('email') });
    expect(existsSync(join(templates, 'email.liquid'))).toBe(false);
    await buildProject(root, { templatesDir: 'templates' });
    expect(parseHtml(await readFile(join(root, '.edition-email/2024/03/12/third.html'), 'utf8')).text('h1')).toBe('Third');
  });
});
