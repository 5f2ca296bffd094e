/** A small publication written in GFM: the latest edition has a wide table, footnotes and the rest; so has the offer's pitch. */
import { edition, makeProject, OFFER_MD, siteFiles } from './site.js';

/** The latest edition's path under public/. */
export const GFM_EDITION_PATH = '2024/03/12/turnout/';

const BODY = `Turnout rose in every region[^turnout], the commission said, and ~~two~~ three regions will recount[^recount].

| Region | Registered voters | Turnout | Seats won | Change since 2019 | Source |
|:-------|------------------:|:-------:|----------:|-------------------|--------|
| North  | 1,204,332 | 61% | 12 | +4 seats after a recount[^recount] | https://elections.example.org/results/north/2024--final |
| South  | 982,110   | 58% | 9  | unchanged | \`a \\| b\` |

Results are published at www.example.org and questions go to desk@example.org.

- [x] Figures checked
- [ ] Ministry called

[^turnout]: Compared with the 2019 election, on the commission's figures.
[^recount]: Ordered by the supreme court on Monday.
`;

/** Write the project into a temp folder and return its root. */
export async function gfmProject(): Promise<string> {
  return makeProject(
    siteFiles({
      'content/offer.md': OFFER_MD.replace('Good journalism costs money.', 'Good journalism costs money[^1], and ours is independent[^2].\n\n[^1]: Reporters, editors, lawyers.\n[^2]: No owner but our readers.'),
      'content/editions/2024-03-11-earlier.md': edition({ headline: 'Earlier', date: '2024-03-11' }, 'An earlier note[^1].\n\n[^1]: Its own footnote.\n'),
      'content/editions/2024-03-12-turnout.md': edition({ headline: 'Turnout Rises', date: '2024-03-12' }, BODY),
    }),
  );
}
