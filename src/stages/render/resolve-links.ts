/**
 * Every link, image and definition URL: unsafe schemes and paths out of the
 * site are refused (the URL is emptied and the build fails), links to missing
 * media files are errors, and site paths become absolute URLs, so the same
 * HTML is right in pages at any depth and in feeds.
 */
import type { Definition, Image, Link, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { error } from '../../diagnostics.js';
import { quoted } from '../../util/text.js';
import { encodePath, isSafeHref, safeDecode, safeRelativePath, schemeOf } from '../../util/urls.js';
import { fileData, placeIn, type MarkdownFileData } from './file-data.js';

const SITE_PATHS_HINT = 'Write links to other editions as 2024/03/11/slug/ and to files as media/<file>.';

export function resolveLinks() {
  return (tree: Root, vfile: VFile) => {
    const data = fileData(vfile);
    // A definition a picture uses ("![map][ref]") is held to the rules for pictures.
    const pictures = new Set<string>();
    visit(tree, 'imageReference', (node) => void pictures.add(node.identifier));
    visit(tree, ['link', 'image', 'definition'], (node) => {
      const target = node as Link | Image | Definition;
      resolveLink(target, data, target.type === 'image' || (target.type === 'definition' && pictures.has(target.identifier)));
    });
  };
}

function resolveLink(node: Link | Image | Definition, data: MarkdownFileData, picture: boolean): void {
  const url = node.url;
  const refuse = (message: string, hint = SITE_PATHS_HINT) => data.diagnostics.push(error({ code: 'unsafe-url', ...placeIn(data, node), message, hint }));
  if (!isSafeHref(url)) {
    refuse(`The link ${quoted(url)} uses the ${schemeOf(url)} scheme, which is not allowed.`, 'Links may use http:, https:, mailto: or tel:, or point to a file in media/.');
    node.url = '';
    return;
  }
  const scheme = schemeOf(url);
  // The sanitizer keeps an image's src only for http(s): any other scheme would leave an <img> without one.
  if (picture && scheme !== undefined && scheme !== 'http:' && scheme !== 'https:') {
    refuse(`The image ${quoted(url)} uses the ${scheme} scheme; a picture must be a file in media/ or an http(s) address.`, 'Put the picture in content/media/ and write ![what it shows](media/<file>).');
    node.url = '';
    return;
  }
  if (picture && url.trim() === '') {
    data.diagnostics.push(
      error({
        code: 'missing-file',
        ...placeIn(data, node),
        message: 'The picture has no address, so there is nothing to show.',
        hint: 'Write the file between the parentheses: ![what it shows](media/<file>).',
      }),
    );
    return;
  }
  // The sanitizer compares schemes as written: "HTTPS://…" or "Mailto:…" would lose its link.
  if (scheme !== undefined) node.url = scheme + url.slice(url.indexOf(':') + 1);
  if (url === '' || url.startsWith('#') || scheme !== undefined || url.startsWith('//')) return;
  // Paths in content are relative to the site root.
  const [pathPart = '', ...rest] = url.replace(/^\/+/, '').split(/(?=[?#])/);
  // Markdown URLs are percent-encoded ("media/ep%231.mp3"); files on disk are not.
  const decoded = safeDecode(pathPart);
  const path = decoded === '' ? '' : safeRelativePath(decoded);
  if (path === undefined) {
    // Refused for climbing out with "..", or for a scheme or absolute path hidden by percent-encoding ("java%09script:").
    const climbs = decoded.split(/[\\/]+/).includes('..');
    return void refuse(climbs ? `The link ${quoted(url)} climbs out of the site with "..".` : `The link ${quoted(url)} is not a path to a page or file of this site.`);
  }
  if (path.startsWith('media/') && !data.context.mediaFiles.has(path)) {
    data.diagnostics.push(
      error({
        code: 'missing-file',
        ...placeIn(data, node),
        message: `The file ${quoted(url)} does not exist in content/media/.`,
        hint: 'Check the spelling, or add the file to content/media/.',
      }),
    );
    return;
  }
  const resolved = new URL(encodePath(path) + (pathPart.endsWith('/') && path !== '' ? '/' : '') + rest.join(''), data.context.siteUrl).href;
  // Percent-encoded dots ("%2e%2e/") are resolved by URL, not by safeRelativePath: check where they landed.
  if (!resolved.startsWith(data.context.siteUrl)) return void refuse(`The link ${quoted(url)} leads out of the site.`);
  node.url = resolved;
}
