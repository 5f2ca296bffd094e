/**
 * Regression (found by fuzzing, tests/fuzz/build.test.ts, once messages were
 * held to what an editor reads): messages quoted content whole and raw. A file
 * with old Mac line endings (CR alone) is one long line, so its
 * front-matter-engine error quoted the whole file; a link to a missing media
 * file quoted its address however long; field names were quoted raw; and the
 * terminal printed line breaks and escape sequences from them as they were.
 * An unreadable picture was explained in the image reader's own words
 * ("Offset is outside the bounds of the DataView"), and a link hiding a scheme
 * in percent-encoding ("ABOUt%3A…") was said to climb out of the site with "..".
 */
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/diagnostics.js';
import { buildErrors, edition } from '../helpers/site.js';
import { PNG_1X1 } from '../fuzz/arbitraries.js';

const long = 'x'.repeat(5000);
const longish = 'x'.repeat(3000);

describe('messages', () => {
  it('tell an editor about old Mac line endings instead of quoting the whole file', async () => {
    const [d] = await buildErrors({ 'content/editions/2024-03-12-x.md': `---\rheadline: X\rdate: 2024-03-12\r---\r${long}\r` });
    expect(d).toMatchObject({ code: 'front-matter-missing', line: 1 });
    expect(d!.message).toBe('The lines of this file end in a carriage return alone (old Mac line endings), so its front matter cannot be found.');
  });

  it('quote content cut short, with control characters escaped', async () => {
    const diagnostics = await buildErrors({
      'content/editions/2024-03-12-a.md': `---js ${long}\nheadline: X\n---\nText.\n`,
      'content/editions/2024-03-12-b.md': edition({ headline: 'B', date: '2024-03-12' }, `[x](media/${longish}.png) and [y](<java\tscript:${longish}>) and [z](ABOUt%3A+1)\n`),
      'content/editions/2024-03-12-c.md': edition({ headline: 'C', date: '2024-03-12', [`"k\\u001b[31m${'x'.repeat(500)}"`]: '1' }),
    });
    expect(diagnostics.map((d) => d.code)).toEqual(['front-matter-engine', 'missing-file', 'unsafe-url', 'unsafe-url', 'unknown-field']);
    for (const d of diagnostics) {
      expect(d.message.length, d.message).toBeLessThan(200);
      expect(d.message).not.toMatch(/[\u0000-\u001f]/);
    }
    expect(diagnostics[1]!.message).toMatch(/^The file "media\/x+…" does not exist in content\/media\/\.$/);
    expect(diagnostics[3]!.message).toBe('The link "ABOUt%3A+1" is not a path to a page or file of this site.');
    expect(diagnostics[4]!.message).toMatch(/^Unknown field "k\\u001b\[31mx+…"\.$/);
  });

  it('are printed without line breaks or escape sequences from content', () => {
    const printed = formatDiagnostic({ severity: 'error', code: 'invalid-field', file: 'content/a\nb.md', line: 1, message: 'Found "\u001b]0;title\u0007".\nNext', hint: 'A\u009bhint' });
    expect(printed).toBe('content/a\ufffdb.md:1: error [invalid-field] Found "\ufffd]0;title\ufffd".\ufffdNext\n  hint: A\ufffdhint');
  });

  it('explain an unreadable picture in plain words', async () => {
    const [d] = await buildErrors({
      'content/editions/2024-03-12-x.md': edition({ headline: 'X', date: '2024-03-12', image: '\n  src: media/pic.png\n  alt: A picture' }),
      'content/media/pic.png': PNG_1X1.subarray(0, 6),
    });
    expect(d).toMatchObject({ code: 'unreadable-media', line: 4, field: 'image.src' });
    expect(d!.message).toBe('The image "media/pic.png" could not be read as an image: it is not a JPEG, PNG, WebP, GIF or AVIF picture, or the file is damaged.');
  });
});
