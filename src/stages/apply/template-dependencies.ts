/**
 * Which template files each page template is made of: itself, its layout and
 * the partials it includes or renders, all the way down. A page's fingerprint
 * hashes only those, so editing tag.liquid renders the tag pages again, not
 * 10,000 edition pages; editing the layout still renders every page.
 *
 * Found by reading the tags, not by rendering. A name that is not a plain
 * quoted literal ({% include some_variable %}, or "{{ kind }}-header", which
 * LiquidJS renders) could be any file, so a template that uses one depends on
 * every template. Tags inside comments or raw blocks count too: a dependency
 * too many costs a render, one too few a stale page.
 */
import { keyOf } from '../../cache/content-keys.js';
import type { TemplateSet } from '../../model/index.js';

const EXTENSION = '.liquid';
/** The inside of every {% … %} tag, whitespace control included. */
const TAG = /\{%-?([\s\S]*?)-?%\}/g;
/** A tag that names another template: the quoted name, or the bare expression that names it. */
const REFERENCE = /^\s*(?:render|include|layout)\s+(?:(["'])(.*?)\1|([^\s,]+))/;

export interface TemplateKeys {
  /** Key of the files page template `name` ("edition") is made of. */
  of(name: string): string;
  /** Key of every template file: what a renderer was built from. */
  readonly all: string;
}

export function templateKeys(set: TemplateSet): TemplateKeys {
  const files = set.templates;
  const every = Object.keys(files).sort();
  const keyOfFiles = (names: readonly string[]) => keyOf(names.map((name) => `${name}\0${files[name] ?? '(missing)'}`).join('\0'));
  const direct = new Map<string, string[] | 'any'>();
  const referencesOf = (file: string) => {
    let found = direct.get(file);
    if (found === undefined) direct.set(file, (found = references(file, files[file] ?? '')));
    return found;
  };
  const keys = new Map<string, string>();
  return {
    all: keyOfFiles(every),
    of(name) {
      let key = keys.get(name);
      if (key !== undefined) return key;
      const closure = new Set<string>();
      const pending = [`${name}${EXTENSION}`];
      for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
        if (closure.has(file)) continue;
        closure.add(file);
        const found = referencesOf(file);
        if (found === 'any') {
          every.forEach((each) => closure.add(each));
          break;
        }
        pending.push(...found);
      }
      keys.set(name, (key = keyOfFiles([...closure].sort())));
      return key;
    },
  };
}

/** The template files `source` (the file `file`) names, or 'any' when a name is an expression. */
export function references(file: string, source: string): string[] | 'any' {
  const found: string[] = [];
  for (const [, inside = ''] of source.matchAll(TAG)) {
    // {% liquid %} holds one tag per line, without delimiters.
    const lines = /^\s*liquid\s/.test(inside) ? inside.replace(/^\s*liquid/, '').split('\n') : [inside];
    for (const line of lines) {
      const match = REFERENCE.exec(line);
      if (!match) continue;
      const [, , quoted, bare] = match;
      // LiquidJS renders a quoted name as a template itself: "{{ kind }}-header" could be any file.
      if (quoted !== undefined && !/\{[{%]/.test(quoted)) found.push(...candidates(file, quoted));
      else if (bare !== 'none') return 'any';
    }
  }
  return found;
}

/**
 * Where LiquidJS looks for `name` (its Loader with our in-memory templates):
 * beside the including file when the name starts with "./" or "../", then
 * at the root; the extension is always added. Every place counts: a file
 * created later at an earlier place would be the one used.
 */
function candidates(from: string, name: string): string[] {
  const file = `${name}${EXTENSION}`;
  if (!/^\.\.?[\\/]/.test(name)) return [file];
  const segments = from.split('/').slice(0, -1).join('/').split(/\/+/);
  for (const segment of file.split('/')) {
    if (segment === '.' || segment === '') continue;
    if (segment !== '..') segments.push(segment);
    else if (segments.length > 1 || segments[0] !== '') segments.pop();
  }
  return [segments.join('/'), file];
}
