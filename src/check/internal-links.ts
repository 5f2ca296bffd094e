/**
 * Links from an edition to the site itself that lead nowhere: a mistyped
 * permalink, a link to the Markdown file instead of the page, or an edition
 * that is still a draft or scheduled. Links elsewhere are not followed.
 */
import type { Root } from 'mdast';
import { posix } from 'node:path';
import { visit } from 'unist-util-visit';
import { warning } from '../diagnostics.js';
import type { Diagnostic, RenderedEdition } from '../model/index.js';
import { didYouMean } from '../util/did-you-mean.js';
import { isScheduled } from '../stages/plan/select-editions.js';
import { safeDecode, schemeOf } from '../util/urls.js';
import type { markdownTree } from './markdown-tree.js';

/** What the site contains, from a build that includes drafts and scheduled editions. */
export interface SiteMap {
  /** Absolute site URL with a trailing slash. */
  siteUrl: string;
  /** Every output path ("index.html", "2024/03/12/slug/index.html", "assets/…"). */
  paths: ReadonlySet<string>;
  /** Every edition, to tell unpublished targets and suggest permalinks. */
  editions: readonly RenderedEdition[];
  /** The build's "now": editions dated after it are scheduled, not published. */
  now: number;
}

/** Dated paths are Edition's own: an absolute link to one on the site's address is checked too. */
const PERMALINK_LIKE = /^\d{4}\/\d{2}\/\d{2}\//;

export function checkInternalLinks(
  tree: Root,
  at: ReturnType<typeof markdownTree>['at'],
  site: SiteMap,
): Diagnostic[] {
  const found: Diagnostic[] = [];
  const base = new URL(site.siteUrl);
  const byUrl = new Map(site.editions.map((e) => [e.url, e]));
  const permalinks = site.editions.map((e) => e.url);
  const example = permalinks[0] ?? '2024/03/12/punching-back/';

  visit(tree, (node) => {
    if (node.type !== 'link' && node.type !== 'definition') return;
    const href = node.url;
    if (href === '' || href.startsWith('#') || href.startsWith('?') || href.startsWith('media/')) return;
    const scheme = schemeOf(href);
    if (scheme !== undefined && scheme !== 'http:' && scheme !== 'https:') return;
    let target: URL;
    try {
      // As in rendering, a path in Markdown is read from the site root.
      target = scheme === undefined ? new URL(href.replace(/^\/+/, ''), base) : new URL(href);
    } catch {
      return;
    }
    if (target.origin !== base.origin) return;
    const insideSite = target.pathname.startsWith(base.pathname);
    const path = insideSite ? safeDecode(target.pathname.slice(base.pathname.length)) : undefined;
    // An absolute link on the site's own address is checked only when it looks like a permalink;
    // the same domain may serve other pages (a subscription page) that Edition does not build.
    if (scheme !== undefined && (path === undefined || !PERMALINK_LIKE.test(path))) return;

    const linked = path === undefined ? undefined : byUrl.get(path.endsWith('/') ? path : `${path}/`);
    if (linked && (linked.draft || isScheduled(linked, site.now))) {
      const why = linked.draft ? 'a draft' : `scheduled for ${linked.date.iso}`;
      found.push(
        warning({
          code: 'broken-link',
          ...at(node),
          message: `The link "${href}" points to ${linked.file}, which is ${why} and not published, so the link is broken until it is.`,
          hint: linked.draft ? 'Publish that edition first (remove draft: true), or remove the link.' : 'Publish this edition after that one, or remove the link.',
        }),
      );
      return;
    }
    if (path !== undefined && exists(site.paths, path)) return;

    const fromFile = path?.endsWith('.md')
      ? site.editions.find((e) => posix.basename(e.file) === posix.basename(path))?.url
      : undefined;
    const guess = fromFile ?? (path === undefined ? undefined : didYouMean(path, permalinks));
    found.push(
      warning({
        code: 'broken-link',
        ...at(node),
        message: insideSite
          ? `The link "${href}" points to no edition or page of this site.`
          : `The link "${href}" points outside the site's folder (${base.pathname}).`,
        hint: guess
          ? `Did you mean ${new URL(guess, base).href}? Link to an edition by its full permalink.`
          : `Link to an edition by its full permalink, e.g. ${new URL(example, base).href}; check the date and the slug.`,
      }),
    );
  });
  return found;
}

/** A site path is there as a file, or as a folder with an index.html. */
function exists(paths: ReadonlySet<string>, path: string): boolean {
  if (path === '' || path.endsWith('/')) return paths.has(`${path}index.html`);
  return paths.has(path) || paths.has(`${path}/index.html`);
}

