/** site.yml's podcast: block, through resolveSiteConfig as a build reads it. */
import { describe, expect, it } from 'vitest';
import { APPLE_CATEGORIES } from '../../../../src/stages/validate/podcast-categories.js';
import { resolveSiteConfig } from '../../../../src/stages/validate/validate-settings.js';
import { parseYamlFile } from '../../../../src/stages/read/parse-yaml-file.js';

const SITE = 'title: GlobalPost\nurl: https://globalpost.example.com/\ndescription: The daily brief.\n';
const SHOW = 'podcast:\n  image: media/cover.jpg\n  category: News\n  owner:\n    name: GlobalPost\n    email: podcast@globalpost.example.com\n';

function resolve(text: string) {
  const parsed = parseYamlFile({ path: 'content/site.yml', text });
  if (!parsed.ok) throw new Error('bad YAML in the test');
  return resolveSiteConfig(parsed.document);
}

function problems(text: string) {
  const result = resolve(text);
  if (result.ok) throw new Error('expected problems');
  return result.diagnostics.map(({ line, field, message, hint }) => ({ line, field, message, hint }));
}

describe('the podcast settings', () => {
  it('should take the title, description and author from the site by default, locked and episodic, not explicit', () => {
    const result = resolve(`${SITE}organization: GlobalPost Media\n${SHOW}`);
    expect(result.ok && result.config.podcast).toEqual({
      title: 'GlobalPost',
      description: 'The daily brief.',
      author: 'GlobalPost Media',
      image: { src: 'media/cover.jpg', line: 6 },
      category: 'News',
      explicit: false,
      owner: { name: 'GlobalPost', email: 'podcast@globalpost.example.com' },
      locked: true,
      type: 'episodic',
      line: 5,
    });
  });

  it('should keep what the block says, a pinned guid in lowercase', () => {
    const show = `${SHOW}  title: GlobalPost Daily\n  description: Ten minutes of news.\n  author: The newsroom\n  subcategory: Daily News\n  explicit: true\n  locked: false\n  type: serial\n  guid: 917393E3-1B1E-5CEF-ACE4-EDAA54E1F810\n`;
    const result = resolve(`${SITE}author: Ada Reporter\n${show}`);
    expect(result.ok && result.config.podcast).toMatchObject({
      title: 'GlobalPost Daily',
      description: 'Ten minutes of news.',
      author: 'The newsroom',
      subcategory: 'Daily News',
      explicit: true,
      locked: false,
      type: 'serial',
      guid: '917393e3-1b1e-5cef-ace4-edaa54e1f810',
    });
  });

  it('should take the site author, then the organization, then the title, as the feeds do', () => {
    const author = (extra: string) => {
      const result = resolve(`${SITE}${extra}${SHOW}`);
      return result.ok && result.config.podcast?.author;
    };
    expect(author('author: Ada Reporter\norganization: GlobalPost Media\n')).toBe('Ada Reporter');
    expect(author('')).toBe('GlobalPost');
  });

  it('should know Apple\'s 19 categories and 91 subcategories', () => {
    expect(Object.keys(APPLE_CATEGORIES)).toHaveLength(19);
    expect(Object.values(APPLE_CATEGORIES).flat()).toHaveLength(91);
    for (const [category, subcategories] of Object.entries(APPLE_CATEGORIES)) {
      for (const subcategory of subcategories) {
        expect(resolve(`${SITE}${SHOW.replace('News', JSON.stringify(category))}  subcategory: ${JSON.stringify(subcategory)}\n`).ok).toBe(true);
      }
    }
  });

  it('errors on a category Apple does not have, with a guess and the list', () => {
    expect(problems(`${SITE}${SHOW.replace('News', 'news')}`)).toEqual([
      {
        line: 6,
        field: 'podcast.category',
        message: '"podcast.category" must be one of Apple Podcasts\' categories, found "news". Did you mean "News"?',
        hint: expect.stringMatching(/^The categories, spelled as Apple does: Arts, Business, .*, True Crime, TV & Film\.$/),
      },
    ]);
    expect(problems(`${SITE}${SHOW.replace('News', 'constructor')}`)[0]!.message).toMatch(/found "constructor"\.$/);
  });

  it('errors on a subcategory of another category, listing the category\'s own', () => {
    expect(problems(`${SITE}${SHOW}  subcategory: Daily\n`)).toEqual([
      {
        line: 10,
        field: 'podcast.subcategory',
        message: '"podcast.subcategory" must be one of the subcategories of "News", found "Daily".',
        hint: 'The subcategories of "News": Business News, Daily News, Entertainment News, News Commentary, Politics, Sports News, Tech News.',
      },
    ]);
    expect(problems(`${SITE}${SHOW}  subcategory: Tech  News\n`)[0]!.message).toMatch(/found "Tech  News"\. Did you mean "Tech News"\?$/);
    expect(problems(`${SITE}${SHOW.replace('News', 'History')}  subcategory: Ancient\n`)[0]).toMatchObject({
      message: 'The category "History" has no subcategories, found "Ancient".',
      hint: 'Leave "subcategory" out, or choose a category that has subcategories.',
    });
  });

  it('errors on a missing owner, a bad email, a type and a guid, all at once and at their lines', () => {
    const show = 'podcast:\n  image: media/cover.jpg\n  category: News\n  owner:\n    name: GlobalPost\n    email: podcast at globalpost\n  type: daily\n  guid: globalpost\n';
    expect(problems(`${SITE}${show}`).map(({ line, field, message }) => [line, field, message])).toEqual([
      [9, 'podcast.owner.email', '"podcast.owner.email" must be an email address, e.g. "podcast@example.org", found "podcast at globalpost".'],
      [10, 'podcast.type', '"podcast.type" must be "episodic" (newest first, as a news show) or "serial" (in order, from the first), found "daily".'],
      [11, 'podcast.guid', expect.stringMatching(/^"podcast\.guid" must be the show's podcast:guid, 36 hexadecimal digits and hyphens/)],
    ]);
    expect(problems(`${SITE}podcast:\n  image: media/cover.jpg\n  category: News\n`)[0]).toMatchObject({
      field: 'podcast.owner',
      message: 'The required field "podcast.owner" is missing: expected who owns the show: "name" and "email".',
    });
  });

  it('errors on the category with the block\'s other problems, in one run', () => {
    const show = SHOW.replace('News', 'Newz').replace('podcast@globalpost.example.com', 'nobody');
    expect(problems(`${SITE}${show}`).map(({ field }) => field)).toEqual(['podcast.owner.email', 'podcast.category']);
  });

  it('errors on artwork that is not a JPEG or PNG inside media/, by its name', () => {
    for (const src of ['media/cover.webp', 'cover.png', '../cover.png']) {
      expect(problems(`${SITE}${SHOW.replace('media/cover.jpg', src)}`)).toEqual([
        {
          line: 5,
          field: 'podcast.image',
          message: `"podcast.image" must be a path inside media/ to the show's artwork, a JPEG or PNG file, e.g. "media/podcast.jpg", found "${src}".`,
          hint: 'Apple Podcasts and Spotify take a square JPEG or PNG of 1400 to 3000 pixels a side.',
        },
      ]);
    }
  });

  it('errors on an unknown key in the block, guessing from the block\'s own fields', () => {
    expect(problems(`${SITE}${SHOW}  explict: true\n`)[0]).toMatchObject({
      field: 'podcast.explict',
      message: 'Unknown field "podcast.explict". Did you mean "explicit"?',
      hint: 'Known fields here: title, description, author, image, category, subcategory, explicit, owner, locked, type, guid.',
    });
    expect(problems(`${SITE}${SHOW}    mail: x@example.org\n`)[0]).toMatchObject({
      message: 'Unknown field "podcast.owner.mail". Did you mean "email"?',
      hint: 'Known fields here: name, email.',
    });
  });
});
