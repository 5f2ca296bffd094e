/** Edition HTML is kept as UTF-8 bytes (half the memory of a two-byte JS string); these convert. */
const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function htmlToBytes(html: string): Uint8Array {
  return encoder.encode(html);
}

/** An edition's HTML as a string, for templates and feeds. */
export function editionHtml(edition: { html: Uint8Array }): string {
  return decoder.decode(edition.html);
}
