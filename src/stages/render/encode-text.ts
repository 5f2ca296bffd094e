/**
 * The HTML serializer leaves ">" in text as it is, which HTML allows but
 * html-validate's recommended rules (no-raw-characters), which every page is
 * held to, do not: an editor's "prices > $100" would make the page fail them.
 */

/**
 * `html`, made by the serializer, with every ">" in text written "&#x3E;" (as
 * the serializer writes "<"). Text never holds a raw "<" (the serializer
 * encodes it), so each "<" starts a tag, which ends at the first ">" outside
 * its double-quoted attribute values.
 */
export function encodeGreaterThanInText(html: string): string {
  let out = '';
  let at = 0;
  while (at < html.length) {
    const tag = html.indexOf('<', at);
    const textEnd = tag === -1 ? html.length : tag;
    out += html.slice(at, textEnd).replaceAll('>', '&#x3E;');
    if (tag === -1) break;
    let end = tag + 1;
    let quoted = false;
    while (end < html.length && (quoted || html[end] !== '>')) {
      if (html[end] === '"') quoted = !quoted;
      end++;
    }
    out += html.slice(tag, end + 1);
    at = end + 1;
  }
  return out;
}
