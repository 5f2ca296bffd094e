/** The fonts shipped in fonts/ are the very files of the packages they are copied from (fonts/README.md). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { FONTS, fontFiles } from '../../../../src/stages/share-image/card-fonts.js';

const require = createRequire(import.meta.url);

describe("the share images' fonts", () => {
  it('are byte for byte the files of the dev dependencies they were copied from', () => {
    const shipped = fontFiles();
    Object.values(FONTS).forEach((font, index) => {
      expect(readFileSync(shipped[index]!).equals(readFileSync(require.resolve(font.source))), `${font.file} differs from ${font.source}: copy it again`).toBe(true);
    });
  });
});
