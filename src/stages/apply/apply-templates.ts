/**
 * Page + templates → HTML. All LiquidJS-specific code lives here. Output is
 * escaped by default; only HTML we sanitized ourselves is passed through `raw`.
 */
import { Liquid, type Context } from 'liquidjs';
import { DamagedCacheError } from '../../cache/damaged-cache-error.js';
import { error } from '../../diagnostics.js';
import type { Diagnostic, Page, RenderResult, TemplateGlobals, TemplateSet } from '../../model/index.js';
import { encodePath, relativeUrl } from '../../util/urls.js';
import { templateFile } from '../read/load-templates.js';
import { translator } from '../../i18n/catalogue.js';


/** Build the template engine once per build: its parse cache is what makes 10,000 pages cheap. */
export function createRenderer(set: TemplateSet, globals: TemplateGlobals) {
  const liquid = new Liquid({
    templates: set.templates,
    extname: '.liquid',
    outputEscape: 'escape',
    strictVariables: true,
    strictFilters: true,
    lenientIf: true,
    ownPropertyOnly: true,
    cache: true,
    // The `date` filter writes in the publication's language and time zone, not the machine's, so a
    // custom template builds the same page anywhere (and the engine need not load the machine's locale: 20 ms).
    locale: globals.site.language,
    timezoneOffset: globals.site.timezone,
    globals,
  });
  const assets = new Map(set.assets.map((asset) => [asset.name, asset.path]));
  const currentPage = (context: Context) => context.getSync(['page']) as Pick<Page, 'path'> & { absolute_links?: boolean };
  const link = (context: Context, target: string) => {
    const page = currentPage(context);
    // The 404 page is served at any depth, so only root-relative links work there.
    if (page.absolute_links) return `${globals.site.base_path}${encodePath(target)}`;
    return encodePath(relativeUrl(page.path, target));
  };

  liquid.registerFilter('url', function (this: { context: Context }, target: unknown) {
    return link(this.context, String(target ?? ''));
  });
  // {{ 'archive.title_page' | t: page: 3 }}: the site's words for a message key, placeholders filled in by name.
  const translate = translator(globals.strings, globals.site.language);
  liquid.registerFilter('t', (key: unknown, ...named: unknown[]) => {
    const values = Object.fromEntries(named.filter((arg): arg is [string, string | number] => Array.isArray(arg) && arg.length === 2));
    return translate(String(key) as Parameters<typeof translate>[0], values);
  });
  liquid.registerFilter('absolute_url', (target: unknown) => new URL(encodePath(String(target ?? '')), globals.site.url).href);
  liquid.registerFilter('asset', function (this: { context: Context }, name: unknown) {
    const path = assets.get(String(name));
    if (!path) throw new Error(`no asset "${String(name)}" in the templates' assets/ (have: ${[...assets.keys()].join(', ')})`);
    return link(this.context, path);
  });

  /** Render one page, or a diagnostic naming the template and its line. */
  return function render(page: Page, data: Record<string, unknown>): RenderResult {
    if (!(`${page.template}.liquid` in set.templates)) {
      return {
        ok: false,
        diagnostic: error({
          code: 'template-error',
          file: `${set.dir}/${page.template}.liquid`,
          message: `The template "${page.template}" for ${page.kind} pages does not exist.`,
          hint: `Templates available: ${Object.keys(set.templates).join(', ')}.`,
        }),
      };
    }
    try {
      const html = liquid.renderFileSync(page.template, {
        ...data,
        page: { kind: page.kind, url: page.url, path: page.path, absolute_links: page.absoluteLinks === true },
      }) as string;
      return { ok: true, file: { path: page.path, contents: html, sources: page.sources } };
    } catch (cause) {
      // Cached HTML that no longer verifies is the cache's problem, not the template's: the build starts over.
      for (let inner = cause; inner instanceof Error; inner = (inner as { originalError?: unknown }).originalError) {
        if (inner instanceof DamagedCacheError) throw inner;
      }
      return { ok: false, diagnostic: templateDiagnostic(cause, page, set) };
    }
  };
}

function templateDiagnostic(cause: unknown, page: Page, set: TemplateSet): Diagnostic {
  const err = cause as Error & { token?: { file?: string; input?: string; getPosition?: () => [number, number] } };
  const position = err.token?.getPosition?.();
  // LiquidJS names the file of some errors only (not an undefined variable's), but every token holds its file's source.
  const input = err.token?.input;
  const bySource = input === undefined ? undefined : Object.keys(set.templates).find((name) => set.templates[name] === input);
  const templateName = err.token?.file ?? bySource ?? `${page.template}.liquid`;
  return error({
    code: 'template-error',
    file: templateFile(set, templateName),
    ...(position ? { line: position[0], column: position[1] } : {}),
    message: `Rendering the ${page.kind} page for ${page.sources[0] ?? page.path} failed: ${err.message.split('\n')[0]}`,
    hint: 'Fix the template; an unknown variable or filter name is the usual cause.',
  });
}
