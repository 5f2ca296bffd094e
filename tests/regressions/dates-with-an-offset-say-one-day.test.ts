/**
 * Regression (issue 12): an edition dated 2024-11-05T23:30:00-05:00 (election
 * night in New York) said "November 6, 2024" beside
 * <time datetime="2024-11-05T23:30:00-05:00"> on a site in UTC: the words and
 * the machine-readable date disagreed about the day.
 */
import { describe, expect, it } from 'vitest';
import { attribute, parseHtml, textOf } from '../helpers/html.js';
import { buildFiles, edition, SITE_YML } from '../helpers/site.js';

const ELECTION_NIGHT = {
  'content/editions/2024-11-05-election-night.md': edition({ headline: 'Election night', date: '2024-11-05T23:30:00-05:00' }),
  'content/editions/2024-11-07-after.md': edition({ headline: 'After', date: '2024-11-07' }),
};

/** Every <time> of `page` that names the election-night edition's date. */
function timesOf(html: string): { datetime: string | undefined; text: string }[] {
  return parseHtml(html)
    .all('time')
    .map((time) => ({ datetime: attribute(time, 'datetime'), text: textOf(time) }))
    .filter((time) => time.datetime?.startsWith('2024-11-05T23:30'));
}

describe('an edition dated with an explicit UTC offset', () => {
  it.each(['UTC', 'Europe/Berlin', 'Asia/Tokyo'])('is shown on the day of that offset on a site in %s, on its page and in lists', async (zone) => {
    const site = await buildFiles({ 'content/site.yml': SITE_YML.replace('timezone: UTC', `timezone: ${zone}`), ...ELECTION_NIGHT }, { write: false });
    const page = (path: string) => String(site.files.find((file) => file.path === path)?.contents ?? '');
    for (const path of ['2024/11/05/election-night/index.html', 'index.html', 'archive/index.html']) {
      const times = timesOf(page(path));
      expect(times.length, path).toBeGreaterThan(0);
      for (const time of times) expect(time, path).toEqual({ datetime: '2024-11-05T23:30:00-05:00', text: 'November 5, 2024' });
    }
  });

  it('leaves dates without an offset on their day in the site time zone', async () => {
    const site = await buildFiles(
      {
        'content/site.yml': SITE_YML.replace('timezone: UTC', 'timezone: America/New_York'),
        'content/editions/2024-11-05-evening.md': edition({ headline: 'Evening', date: '2024-11-05T23:30' }),
      },
      { write: false },
    );
    const html = String(site.files.find((file) => file.path === '2024/11/05/evening/index.html')?.contents);
    const time = parseHtml(html).one('.edition__byline time');
    expect({ datetime: attribute(time, 'datetime'), text: textOf(time) }).toEqual({ datetime: '2024-11-05T23:30:00-05:00', text: 'November 5, 2024' });
  });
});
