/** The email edition in tests: settings to add to a test site, and one edition's email made as `edition email` makes it. */
import { readSite, type BuildOptions } from '../../src/build.js';
import { emailMaker, type Email } from '../../src/email/render-email.js';
import type { RenderedEdition } from '../../src/model/index.js';
import { readFile } from 'node:fs/promises';
import { png } from './png.js';
import { edition, NARRATION, NOW, SITE_YML, siteFiles, TEMPLATES } from './site.js';

/** An `email:` block for SITE_YML; `extra` lines go inside it. */
export function emailSettings(extra = '', service = 'mailchimp'): string {
  return `email:
  service: ${service}
  address: The Daily Test, 1 Test Street, Testville TS1 1AA
  from: The Daily Test <brief@news.example.org>
${extra}`;
}

/** SITE_YML with an email block. */
export const EMAIL_SITE_YML = `${SITE_YML}${emailSettings()}`;

/** The email of the edition `pick` chooses (the latest by default) in the project at `root`. */
export async function emailOf(
  root: string,
  pick: (editions: readonly RenderedEdition[]) => RenderedEdition | undefined = (editions) => editions[0],
  options: BuildOptions = {},
): Promise<Email> {
  return readSite({ root, templatesDir: TEMPLATES, now: NOW, ...options }, async (site, templates) => {
    const edition = pick(site.editions);
    if (!edition || !site.config.email) throw new Error('no edition, or no email settings');
    const made = await emailMaker(site, site.config.email, await templates())(edition);
    if (!made.ok) throw new Error(made.diagnostic.message);
    return made.email;
  });
}

/** The permalink of the edition in richEmailFiles(). */
export const RICH_CANONICAL = 'https://news.example.org/2024/03/12/talks/';

/**
 * A site whose latest edition holds everything an email must cope with: narration, a picture from
 * media/ and two from elsewhere (one inside a link), a footnote, a table, raw HTML and a link to another edition.
 */
export async function richEmailFiles(): Promise<Record<string, string | Buffer>> {
  const body = `The talks resumed[^1], officials said, after [yesterday's brief](2024/03/11/first/).

![A map of the front](media/map.png)

![A chart from elsewhere](https://charts.example.net/chart.png)

[![A linked chart](https://charts.example.net/linked.png)](https://charts.example.net/)

| Region | Seats |
|:--|--:|
| North | 12 |

<script>alert(1)</script>

<audio src="media/narration.mp3" controls></audio>

[^1]: According to the mission's statement.
`;
  return siteFiles({
    'content/site.yml': `${SITE_YML}author: Test Staff\n${emailSettings()}`,
    'content/media/map.png': png(1200, 800),
    'content/media/narration.mp3': await readFile(NARRATION),
    'content/editions/2024-03-11-first.md': edition({ headline: 'First', date: '2024-03-11' }),
    'content/editions/2024-03-12-talks.md': edition(
      { headline: 'Talks Resume', date: '2024-03-12', summary: 'The talks resumed after a week.', audio: 'media/narration.mp3', tags: '[Diplomacy]' },
      body,
    ),
  });
}
