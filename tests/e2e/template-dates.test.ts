/**
 * LiquidJS's `date` filter follows the publication's settings, not the
 * machine: the same content builds the same page in Tokyo and in New York.
 */
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseHtml } from '../helpers/html.js';
import { buildProject, edition, makeProject, siteFiles, SITE_YML, TEMPLATES } from '../helpers/site.js';

const machineZone = process.env.TZ;
afterEach(() => {
  if (machineZone === undefined) delete process.env.TZ;
  else process.env.TZ = machineZone;
});

describe('the date filter in templates', () => {
  it('should write dates in the site language and time zone, whatever the machine uses', async () => {
    const root = await makeProject(
      siteFiles({
        'content/site.yml': SITE_YML.replace('language: en', 'language: fr').replace('timezone: UTC', 'timezone: America/New_York'),
        'content/editions/2024-03-12-a.md': edition({ headline: 'A', date: '2024-03-12T03:00:00Z' }),
      }),
    );
    const templatesDir = join(root, 'templates');
    await cp(TEMPLATES, templatesDir, { recursive: true });
    const home = join(templatesDir, 'home.liquid');
    const source = await readFile(home, 'utf8');
    await writeFile(home, source.replace('{% block content %}', '{% block content %}<p id="when">{{ "2024-03-12T03:00:00Z" | date: "%A %-d %B %Y, %H:%M" }}</p>'));

    const pages = [];
    for (const zone of ['Asia/Tokyo', 'America/Los_Angeles']) {
      process.env.TZ = zone;
      const built = await buildProject(root, { templatesDir, cacheDir: false, outDir: `public-${zone.replace('/', '-')}` });
      pages.push(parseHtml(await built.read('index.html')).text('#when'));
    }
    expect(pages).toEqual(['lundi 11 mars 2024, 23:00', 'lundi 11 mars 2024, 23:00']);
  });
});
