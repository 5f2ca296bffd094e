/**
 * Types for the two files of juice@11 Edition loads: its client (juice
 * without web-resource-inliner, which fetches files and is not needed) and
 * the cheerio wrapper the client parses with, so links and pictures are fixed
 * in the same parse that inlines the CSS. juice ships types for its main
 * module only.
 */
declare module 'juice/client.js' {
  import juice = require('juice');
  export = juice;
}

declare module 'juice/lib/cheerio.js' {
  /** An element of the parsed document (domhandler's): attribute values as written, entities not decoded. */
  export interface DomElement {
    name: string;
    attribs: Record<string, string>;
  }
  export interface Selection {
    toArray(): DomElement[];
    remove(): Selection;
    replaceWith(html: string): Selection;
    closest(selector: string): { length: number };
  }
  /** cheerio's $: select, and serialise the whole document. */
  export interface Document {
    (selector: string | DomElement): Selection;
    html(): string;
  }
  /** Parse `html`, hand the document to `callback`, and serialise what it returns. */
  function parse(html: string, options: { xmlMode: boolean }, callback: (document: Document) => Document, args?: unknown[]): string;
  namespace parse {
    /** Patterns of template code juice hides from the parser while it works ({{ … }}, <% … %>). */
    let codeBlocks: Record<string, { start: string; end: string }>;
  }
  export default parse;
}
