/**
 * Former addresses of an edition (front matter `aliases`): what makes one a
 * path on this site, its normal form, and the file its redirect page is.
 */
import { safeDecode, schemeOf } from './urls.js';

/** Folders the build fills with files rather than pages: a redirect page there would be cached and served as one of them. */
export const FILE_FOLDERS = ['assets', 'media', 'sitemaps'] as const;

export type ParsedAlias = { ok: true; path: string } | { ok: false; problem: string; hint: string };

const PATH_HINT = 'Write the old address from the site root, without the domain, e.g. "2019/03/old-slug/" or "/old/story.html".';

/**
 * An alias as written ("/2019/03/old-slug", "old/story.html", percent-encoding
 * allowed) → its normal form: decoded, relative to the site root, without
 * empty segments, ending in "/" unless it names an .html file. Or why it is
 * not a path on this site.
 */
export function parseAlias(written: string): ParsedAlias {
  const refuse = (problem: string, hint = PATH_HINT): ParsedAlias => ({ ok: false, problem, hint });
  if (written.trim() === '') return refuse('it is empty');
  if (schemeOf(written) !== undefined) return refuse('it is a full address with a scheme, not a path on this site');
  if (/^[\\/]{2}/.test(written)) return refuse('it names another host ("//…"), not a path on this site');
  if (written.includes('?')) return refuse('it has a query ("?…"), which static hosts do not match', 'Leave out the "?" and everything after it.');
  if (written.includes('#')) return refuse('it has a fragment ("#…"), which never reaches the server', 'Leave out the "#" and everything after it.');
  // A space is written %20, as in a link; decoded, it is part of the file name, but control characters are not.
  // eslint-disable-next-line no-control-regex
  const controls = /[\u0000-\u001f\u007f]/;
  const decoded = safeDecode(written);
  if (/\s/.test(written) || controls.test(decoded)) return refuse('it has spaces or control characters', 'Write a space as %20, or leave it out.');
  if (decoded.includes('\\')) return refuse('it has a backslash', 'Separate folders with "/".');
  const segments = decoded.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '..' || segment === '.')) {
    return refuse('it has "." or ".." segments, which could lead out of the site');
  }
  const top = segments[0];
  if (top !== undefined && (FILE_FOLDERS as readonly string[]).includes(top)) {
    return refuse(`it is inside ${top}/, which holds the site's files, not pages`, 'Choose an address outside assets/, media/ and sitemaps/.');
  }
  if (segments.length === 0) return { ok: true, path: '' };
  const path = segments.join('/');
  return { ok: true, path: isHtmlFile(path) ? path : `${path}/` };
}

function isHtmlFile(path: string): boolean {
  return !path.endsWith('/') && /\.html?$/i.test(path);
}

/** The file under public/ that serves an alias's redirect page. */
export function aliasOutputPath(path: string): string {
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}
