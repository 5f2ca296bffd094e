/**
 * The `search:` setting of site.yml: search is on unless a site says
 * `search: false`; a block names where the search form sends readers whose
 * browser runs no JavaScript (the archive's index is searched in the browser).
 */
import * as z from 'zod/mini';
import type { SearchSettings, WebSearch } from '../../model/index.js';
import type { FieldDocs } from './schema-check.js';

export const WEB_SEARCHES = ['duckduckgo', 'google', 'none'] as const satisfies readonly WebSearch[];

export const searchFields: FieldDocs = {
  search: {
    expected: 'true, false, or a block with web_search: the search page and the search box in every page\'s header',
    hint: 'Search is on by default; search: false turns it off. See "Search" in the README.',
  },
  'search.web_search': {
    expected: '"duckduckgo", "google" or "none": where the search form sends readers whose browser runs no JavaScript, restricted to this site',
    hint: 'The default is duckduckgo.',
  },
};

export const searchSchema = z.union([z.boolean(), z.strictObject({ web_search: z.optional(z.enum(WEB_SEARCHES)) })]);

/** The settings as the build uses them: undefined when search is off. */
export function resolveSearch(raw: z.infer<typeof searchSchema> | undefined): SearchSettings | undefined {
  if (raw === false) return undefined;
  return { webSearch: (typeof raw === 'object' ? raw.web_search : undefined) ?? 'duckduckgo' };
}
