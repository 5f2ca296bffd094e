/** Preview builds (what `edition dev` runs): another site URL, and drafts and scheduled editions marked on the page. */
import { describe, expect, it } from 'vitest';
import { attribute, parseHtml, textOf } from '../helpers/html.js';
import { buildFiles, edition, NOW } from '../helpers/site.js';

const PAST = edition({ headline: 'Past', date: '2024-03-12' }, 'See ![a map](media/map.png).\n');
const DRAFT = edition({ headline: 'Unfinished', date: '2024-03-13', draft: 'true' });
const TOMORROW = new Date(NOW + 86_400_000).toISOString().slice(0, 10);
const FUTURE = edition({ headline: 'Tomorrow', date: TOMORROW });

const files = {
  'content/editions/2024-03-12-past.md': PAST,
  'content/editions/2024-03-13-unfinished.md': DRAFT,
  [`content/editions/${TOMORROW}-tomorrow.md`]: FUTURE,
  'content/media/map.png': Buffer.from('not really a png'),
};

describe('a preview build', () => {
  it('should point canonical and media links at the siteUrl option instead of site.yml', async () => {
    const site = await buildFiles(files, { write: false, siteUrl: 'http://localhost:4123' });
    const page = site.files.find((file) => file.path === '2024/03/12/past/index.html')!;
    const doc = parseHtml(String(page.contents));
    expect(attribute(doc.one('link[rel=canonical]'), 'href')).toBe('http://localhost:4123/2024/03/12/past/');
    expect(attribute(doc.one('.edition__body img'), 'src')).toBe('http://localhost:4123/media/map.png');
  });

  it('should mark drafts and scheduled editions when they are included', async () => {
    const site = await buildFiles(files, { write: false, drafts: true, future: true });
    const flag = (path: string) => {
      const file = site.files.find((f) => f.path === path);
      return parseHtml(String(file!.contents)).all('.edition__flag').map(textOf);
    };
    expect(flag('2024/03/13/unfinished/index.html')).toEqual(['Draft: not published']);
    const scheduled = flag(`${TOMORROW.replaceAll('-', '/')}/tomorrow/index.html`);
    expect(scheduled).toHaveLength(1);
    expect(scheduled[0]).toMatch(/^Scheduled: not published until /);
    expect(flag('2024/03/12/past/index.html')).toEqual([]);
  });

  it('should leave drafts and scheduled editions out of a normal build', async () => {
    const site = await buildFiles(files, { write: false });
    expect(site.editions).toMatchObject({ published: 1, drafts: 1, scheduled: 1 });
    expect(site.files.some((file) => file.path.includes('unfinished') || file.path.includes('tomorrow'))).toBe(false);
  });
});
