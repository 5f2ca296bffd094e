/** Parse built HTML and query it with CSS selectors, so tests assert on elements, not substrings. */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { find, html } from 'property-information';

export interface Doc {
  root: Root;
  one(selector: string): Element;
  maybe(selector: string): Element | undefined;
  all(selector: string): Element[];
  text(selector: string): string;
  attr(selector: string, name: string): string | undefined;
}

export function parseHtml(html: string): Doc {
  const root = fromHtml(html);
  const one = (selector: string) => {
    const found = select(selector, root);
    if (!found) throw new Error(`no element matches ${selector}`);
    return found;
  };
  return {
    root,
    one,
    maybe: (selector) => select(selector, root) ?? undefined,
    all: (selector) => selectAll(selector, root),
    text: (selector) => toString(one(selector)).replace(/\s+/g, ' ').trim(),
    attr: (selector, name) => attribute(one(selector), name),
  };
}

/** An attribute as the page wrote it (hast camel-cases property names). */
export function attribute(element: Element, name: string): string | undefined {
  const value = element.properties[find(html, name).property];
  if (value === undefined || value === null || value === false) return undefined;
  return Array.isArray(value) ? value.join(' ') : String(value);
}

export function textOf(element: Element): string {
  return toString(element).replace(/\s+/g, ' ').trim();
}
