/**
 * A share image per edition: a 1200×630 PNG of its headline, the
 * publication's name and the date, in the site's colours, that social
 * networks and messengers show with a link to it. Drawn for the editions new
 * enough to be shared (`share_images` in site.yml, by default those in the
 * feeds) that have no image of their own, at share/YYYY/MM/DD/slug.png: a
 * folder of their own, so the hosting rules give them one Cache-Control.
 */
import type { FilePlugin, MadeFile, RenderedEdition, ShareCard, SiteData } from '../model/index.js';
import { CARD } from '../stages/share-image/card-size.js';
import { rendererVersion } from '../stages/share-image/card-fonts.js';
import { canDraw } from '../stages/share-image/font-coverage.js';
import { formatEditionDay } from '../util/dates.js';
import { siteColours } from './site-colours.js';
import { directionOf, languageOf } from './text-language.js';

export const SHARE_IMAGE = { ...CARD, mimeType: 'image/png' } as const;

export interface ShareImage {
  /** Output path, e.g. share/2024/03/12/punching-back.png. */
  path: string;
  /** Everything the card is drawn from, as a string: the file's key. */
  key: string;
  /** The card, with its date written out: made only when a card is drawn or a page rendered. */
  card(): ShareCard;
}

/** The newest editions the setting names, by build (a build's SiteData is made once). */
const windows = new WeakMap<SiteData, ReadonlySet<RenderedEdition> | 'all'>();

function windowOf(site: SiteData): ReadonlySet<RenderedEdition> | 'all' {
  let window = windows.get(site);
  if (window === undefined) {
    const setting = site.config.shareImages;
    const count = setting === 'all' ? Infinity : setting === 'none' ? 0 : typeof setting === 'number' ? setting : site.config.feedItems;
    window = count === Infinity ? 'all' : new Set(site.editions.slice(0, count));
    windows.set(site, window);
  }
  return window;
}

/**
 * The share image of `edition`, or undefined when it has an image of its own,
 * is older than the setting's window, or has words the card's fonts cannot
 * draw (Chinese, Hebrew, an emoji): those editions show the site's image.
 */
export function shareImageOf(site: SiteData, edition: RenderedEdition): ShareImage | undefined {
  let known = images.get(edition);
  if (known?.site !== site) images.set(edition, (known = { site, image: imageOf(site, edition) }));
  return known.image;
}

/** Each edition's, asked for by its page's key, its metadata and the plug-in: made once per build. */
const images = new WeakMap<RenderedEdition, { site: SiteData; image: ShareImage | undefined }>();

function imageOf(site: SiteData, edition: RenderedEdition): ShareImage | undefined {
  if (edition.image) return undefined;
  const window = windowOf(site);
  if (window !== 'all' && !window.has(edition)) return undefined;
  const { config } = site;
  const words = { headline: oneLine(edition.headline), publication: oneLine(config.title) };
  if (!canDraw(words.headline + words.publication)) return undefined;
  // The stylesheet by its name, which changes with its bytes: its colours are read only when a card is drawn.
  const stylesheet = site.assets.find((asset) => asset.name === 'style.css')?.path ?? '';
  const facts = { ...words, day: dayOf(edition), language: config.language, dir: directionOf(languageOf(edition, config)), stylesheet };
  let card: ShareCard | undefined;
  return {
    path: `share/${edition.url.slice(0, -1)}.png`,
    // The date's facts, not its text: writing a date loads ICU's calendar data (tens of ms), which a warm build must not pay.
    key: JSON.stringify(facts),
    card: () => (card ??= { ...words, date: drawableDate(edition, config.language), dir: facts.dir, colours: siteColours(site.assets) }),
  };
}

/** The day as the edition's page writes it; in digits when the card's fonts cannot draw the language's month names. */
function drawableDate(edition: RenderedEdition, language: string): string {
  const written = formatEditionDay(edition.date, language);
  return canDraw(written) ? written : dayOf(edition);
}

const dayOf = ({ date }: RenderedEdition) => `${date.year}-${date.month}-${date.day}`;

/** Line breaks and tabs as spaces (no-break spaces stay): a card sets its own lines. */
const oneLine = (text: string) => text.replace(/[ \t\n\r\f]+/g, ' ').trim();

export const shareImages: FilePlugin = {
  name: 'share-images',
  files(site) {
    const version = rendererVersion();
    // Two editions on one permalink are reported once, by their pages: the second one's card is not planned.
    const planned = new Set<string>();
    return site.editions.flatMap((edition): MadeFile[] => {
      const image = shareImageOf(site, edition);
      if (!image || planned.has(image.path)) return [];
      planned.add(image.path);
      // Everything the picture is made from; settings and Edition's own code are in the build's shared fingerprint.
      return [{ path: image.path, key: `${version}\n${image.key}`, draw: image.card, sources: [edition.file] }];
    });
  },
};
