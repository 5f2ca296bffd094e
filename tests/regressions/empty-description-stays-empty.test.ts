/**
 * Regression (review of the move of page titles into templates): an edition
 * whose body has no text (a heading only, or a narration with no words) has an
 * empty description. Its page must say so in the head and the link previews,
 * as its JSON-LD and feed entry do, not fall back to the site's description.
 */
import { describe, expect, it } from 'vitest';
import { selectAll } from 'hast-util-select';
import { fromHtml } from 'hast-util-from-html';
import { buildFiles, edition } from '../helpers/site.js';

describe('an edition with an empty description', () => {
  it("keeps its meta and Open Graph descriptions empty, never the site's", async () => {
    const site = await buildFiles({
      'content/editions/2024-03-12-no-words.md': edition({ headline: 'No Words', date: '2024-03-12' }, '## Only a heading\n'),
    });
    const page = fromHtml(await site.read('2024/03/12/no-words/index.html'));
    const descriptions = selectAll('meta[name="description"], meta[property="og:description"], meta[name="twitter:description"]', page);
    expect(descriptions.length).toBeGreaterThan(0);
    expect(descriptions.map((meta) => meta.properties.content)).toEqual(descriptions.map(() => ''));
  });

  it("still gives pages that set no description the site's own (the home page)", async () => {
    const site = await buildFiles({
      'content/editions/2024-03-12-no-words.md': edition({ headline: 'No Words', date: '2024-03-12' }, '## Only a heading\n'),
    });
    const home = fromHtml(await site.read('index.html'));
    const [meta] = selectAll('meta[name="description"]', home);
    expect(meta?.properties.content).not.toBe('');
  });
});
