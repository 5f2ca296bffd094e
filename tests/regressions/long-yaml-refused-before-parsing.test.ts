/**
 * Regression (found by `npm run fuzz`, seed 307620116, in
 * tests/fuzz/resource-limits.test.ts): a 40-level alias bomb 1,169 aliases
 * wide, 330 KB of front matter, was refused, but only after yaml had built a
 * syntax tree of 47,000 aliases: 72 MB of heap, over the property's 64 MB.
 * YAML over 100,000 characters (front matter or settings) is now refused
 * before it is parsed, at its first line.
 */
import { describe, expect, it } from 'vitest';
import { MAX_YAML_CHARACTERS } from '../../src/stages/read/yaml-limits.js';
import { buildErrors, SITE_YML } from '../helpers/site.js';
import { aliasBomb } from '../fuzz/arbitraries.js';

describe('YAML over 100,000 characters', () => {
  it('is refused unparsed, in front matter at its first line and in settings at line 1', async () => {
    const bomb = aliasBomb(40, 1169);
    expect(bomb.length).toBeGreaterThan(MAX_YAML_CHARACTERS);
    const heapBefore = process.memoryUsage().heapUsed;
    const edition = await buildErrors({ 'content/editions/2024-03-12-x.md': `---\nheadline: X\ndate: 2024-03-12\n${bomb}\n---\nText.\n` });
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(32 * 1024 * 1024);
    expect(edition).toMatchObject([{ code: 'too-large', file: 'content/editions/2024-03-12-x.md', line: 2 }]);
    expect(edition[0]!.message).toMatch(/^The YAML is [\d,]+ characters long; front matter and settings may have at most 100,000\.$/);

    const settings = await buildErrors({ 'content/site.yml': `${SITE_YML}description2: "${'x'.repeat(MAX_YAML_CHARACTERS)}"\n` });
    expect(settings).toMatchObject([{ code: 'too-large', file: 'content/site.yml', line: 1 }]);
  });

  it('is read up to the limit', async () => {
    const summary = 'x'.repeat(MAX_YAML_CHARACTERS - 100);
    const diagnostics = await buildErrors({ 'content/editions/2024-03-12-x.md': `---\nheadline: X\ndate: 2024-03-12\nsummary: ${summary}\ntypo: 1\n---\nText.\n` });
    expect(diagnostics).toMatchObject([{ code: 'unknown-field', field: 'typo', line: 5 }]);
  });
});
