/**
 * Gmail's two size limits, the ones an email edition can run into: it clips
 * a message whose HTML is over about 102 KB (the rest, the unsubscribe link
 * included, hides behind "View entire message"), and drops a <style> block
 * over 16 KB (and with it dark mode and the phone layout).
 */
import { warning } from '../diagnostics.js';
import type { Diagnostic } from '../model/index.js';
import type { Email } from './render-email.js';

/** Bytes of HTML Gmail shows before it clips; 102 KB as Gmail counts, rounded down. */
export const CLIP_BYTES = 102_000;
/** Bytes of CSS in <style> blocks Gmail keeps. */
export const STYLE_BYTES = 16_000;

export function emailBytes(html: string): { html: number; style: number } {
  let style = 0;
  for (const [, css = ''] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) style += Buffer.byteLength(css);
  return { html: Buffer.byteLength(html), style };
}

/** Warnings for an email over either limit; `file` is the edition's, `styleFile` the template that holds the CSS. */
export function sizeWarnings(email: Email, file: string, styleFile: string): Diagnostic[] {
  const bytes = emailBytes(email.html);
  const kb = (n: number) => `${Math.ceil(n / 1000)} KB`;
  const found: Diagnostic[] = [];
  if (bytes.html > CLIP_BYTES) {
    found.push(
      warning({
        code: 'email-too-large',
        file,
        message: `This edition's email is ${kb(bytes.html)} of HTML: Gmail clips an email over 102 KB, hiding the rest of it, the unsubscribe link too, behind "View entire message".`,
        hint: 'Shorten the edition, or split it in two.',
      }),
    );
  }
  if (bytes.style > STYLE_BYTES) {
    found.push(
      warning({
        code: 'email-too-large',
        file: styleFile,
        message: `The email's <style> block is ${kb(bytes.style)}: Gmail drops one over 16 KB, and with it dark mode and the phone layout.`,
        hint: 'Keep fewer @media rules in the email stylesheet; the other rules are written into the elements and do not count.',
      }),
    );
  }
  return found;
}
