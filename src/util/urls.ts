/** URL rules shared by every stage that sees a link from content. */

/** Schemes a link in content may use; anything else (javascript:, data:, vbscript:) is refused. */
const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/** `text` percent-decoded, or as it is when it is not valid percent-encoding. */
export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** The scheme of `href` if it has one ("javascript:"), ignoring case, spaces and control characters browsers ignore. */
export function schemeOf(href: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const cleaned = href.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();
  const match = /^([a-z][a-z0-9+.-]*):/.exec(cleaned);
  return match ? `${match[1]}:` : undefined;
}

/** True for links that may appear on a page: relative ones, fragments and safe schemes. */
export function isSafeHref(href: string): boolean {
  const scheme = schemeOf(href);
  return scheme === undefined || SAFE_SCHEMES.has(scheme);
}

const PLAIN_PATH = /^[\w-][\w.-]*(?:\/[\w-][\w.-]*)*$/;

/**
 * A relative path inside a folder ("media/a.mp3"), normalised, or undefined if
 * it is absolute, has a scheme, or climbs out with "..".
 */
export function safeRelativePath(path: string): string | undefined {
  // Segments of plain characters, none starting with a dot: already normalised. Every output path is checked.
  if (PLAIN_PATH.test(path)) return path;
  if (schemeOf(path) !== undefined || path.startsWith('/') || path.startsWith('\\')) return undefined;
  const parts: string[] = [];
  for (const part of path.split(/[\\/]+/)) {
    if (part === '' || part === '.') continue;
    if (part === '..') return undefined;
    parts.push(part);
  }
  return parts.length > 0 ? parts.join('/') : undefined;
}

/** Characters encodeURIComponent leaves as they are, and the separator. */
const UNRESERVED_PATH = /^[A-Za-z0-9\-_.!~*'()/]*$/;

/** Percent-encode each segment of a site-relative path ("media/ep#1.mp3" → "media/ep%231.mp3"). */
export function encodePath(path: string): string {
  // Most paths (permalinks, assets) hold nothing encodeURIComponent would change: skip the split and join.
  if (UNRESERVED_PATH.test(path)) return path;
  return path
    .split('/')
    .map((segment) => (segment === '.' || segment === '..' ? segment : encodeURIComponent(segment)))
    .join('/');
}

/** A link from page `from` to page `to`, both site-relative ("a/b/", "assets/x.css"). */
export function relativeUrl(from: string, to: string): string {
  const fromDirs = from.split('/').slice(0, -1);
  const toParts = to.split('/');
  let common = 0;
  while (common < fromDirs.length && common < toParts.length - 1 && fromDirs[common] === toParts[common]) common++;
  const up = fromDirs.length - common;
  const rest = toParts.slice(common).join('/');
  const result = '../'.repeat(up) + rest;
  return result === '' ? './' : result;
}
