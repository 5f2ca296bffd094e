/**
 * An email's HTML as mail clients need it, from what its template wrote, in
 * one parse: every link and picture made absolute (an email has no address
 * of its own to be relative to), pictures given their size, what no mail
 * client plays or runs removed, and the CSS written into each element's style
 * attribute (juice), since Gmail and others drop most of a <style> block.
 * Only @media rules stay in one, for dark mode and phones.
 */
import juice from 'juice/client.js';
import parse, { type Document, type DomElement } from 'juice/lib/cheerio.js';
import { isMergeTag } from '../util/merge-tags.js';
import { isSafeHref, schemeOf } from '../util/urls.js';

/** The text column: 600 px less 20 px each side. A wider picture is scaled down to it. */
export const COLUMN_WIDTH = 560;

export interface FinishContext {
  /** The edition's permalink: fragments (footnotes) and relative links lead into its web page. */
  canonical: string;
  /** Natural sizes of pictures, by their src as the HTML writes it. */
  images: ReadonlyMap<string, { width: number; height: number }>;
  /** The words standing for a picture a build cannot size ("Image: {alt}"), given its alt text. */
  imageLink: (alt: string) => string;
}

/**
 * HTML5's sectioning and text elements, which Outlook for Windows does not
 * know (caniemail's "HTML5 semantics"): blocks become <div>, text <span>. An
 * edition's table keeps its name for screen readers as a region.
 */
const HTML5_BLOCKS = 'article, aside, details, figcaption, figure, footer, header, main, nav, section, summary';
const HTML5_TEXT = 'mark, time';

/** Elements mail clients neither play nor run; the template links the narration instead of an <audio>. */
const UNPLAYABLE = 'script, noscript, audio, video, source, track, iframe, object, embed, form, input, button, select, textarea';

const JUICE_OPTIONS: juice.Options = {
  applyStyleTags: true,
  removeStyleTags: true,
  preserveMediaQueries: true,
  preserveFontFaces: false,
  preserveKeyFrames: false,
  preservePseudos: false,
  insertPreservedExtraCss: true,
  // Outlook for Windows sizes tables and cells by their attributes, not CSS; a picture keeps the width and
  // height it was given (its CSS height: auto would otherwise become height="auto").
  applyWidthAttributes: true,
  applyHeightAttributes: false,
  applyAttributesTableElements: true,
  preserveImportant: false,
  resolveCSSVariables: false,
  xmlMode: false,
};

// Liquid has run already, so there is no template code for juice to hide from the parser; left on, it would
// swap any {{ … }} in an edition's text for a placeholder, and the markup in between would escape the link pass.
parse.codeBlocks = {};

/** The finished HTML of one email. */
export function finishEmail(html: string, context: FinishContext): string {
  return parse(html, { xmlMode: false }, ($) => {
    $(UNPLAYABLE).remove();
    // A footnote's way back would open the web page; in an email the notes are just read at the end. Its number
    // names the notes' heading by id for screen readers (aria-describedby), which Gmail and Outlook drop.
    $('a[data-footnote-backref]').remove();
    for (const element of $('[aria-describedby]').toArray()) delete element.attribs['aria-describedby'];
    for (const element of $(HTML5_BLOCKS).toArray()) {
      if (element.attribs['aria-label'] && !element.attribs.role) element.attribs.role = 'region';
      element.name = 'div';
    }
    for (const element of $(HTML5_TEXT).toArray()) {
      delete element.attribs.datetime;
      element.name = 'span';
    }
    for (const element of $('[href], [src]').toArray()) absolutize(element, context.canonical);
    for (const image of $('img').toArray()) size($, image, context);
    return juice.juiceDocument($, JUICE_OPTIONS) as Document;
  });
}

/** Make `href` and `src` absolute against the permalink; merge tags stay as the service expects them. */
function absolutize(element: DomElement, base: string): void {
  for (const name of ['href', 'src']) {
    const written = element.attribs[name];
    if (written === undefined) continue;
    const value = decodeAttribute(written.trim());
    if (isMergeTag(value)) continue;
    const scheme = schemeOf(value);
    if (scheme !== undefined && !isSafeHref(value)) delete element.attribs[name];
    else if (scheme === undefined) {
      // The web page keeps what the Markdown said (a browser ignores a link it cannot read); a mail client is given none.
      const url = URL.canParse(value, base) ? new URL(value, base).href : undefined;
      if (url === undefined) delete element.attribs[name];
      else element.attribs[name] = encodeAttribute(url);
    }
  }
}

/** Give a picture its width and height, scaled to the column, or make it a link when its size is not known. */
function size($: Document, image: DomElement, context: FinishContext): void {
  const attribs = image.attribs;
  attribs.alt ??= '';
  if (attribs.width && attribs.height) return;
  const natural = context.images.get(attribs.src ?? '');
  if (natural && natural.width > 0 && natural.height > 0) {
    const width = Math.min(natural.width, COLUMN_WIDTH);
    attribs.width = String(width);
    attribs.height = String(Math.max(1, Math.round((natural.height * width) / natural.width)));
    return;
  }
  // A picture from another site: a build does not download it to learn its size, and one without a size
  // jumps the text about as it loads (or, in Outlook, shows at full size). A link keeps it one click away.
  const words = encodeText(context.imageLink(decodeAttribute(attribs.alt)));
  const inLink = $(image).closest('a').length > 0;
  $(image).replaceWith(inLink || !attribs.src ? `<span>${words}</span>` : `<a href="${attribs.src}">${words}</a>`);
}

/** Attribute values are parsed without decoding entities (and written back the same way): decode the few that Edition's HTML and Liquid write. */
function decodeAttribute(value: string): string {
  return value.replace(/&(?:amp|#x26|#38|quot|#x22|#34|#39|#x27|lt|#x3c|gt|#x3e);/gi, (entity) => ENTITIES[entity.toLowerCase()] ?? entity);
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&', '&#x26;': '&', '&#38;': '&',
  '&quot;': '"', '&#x22;': '"', '&#34;': '"',
  '&#39;': "'", '&#x27;': "'",
  '&lt;': '<', '&#x3c;': '<',
  '&gt;': '>', '&#x3e;': '>',
};

function encodeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

function encodeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
