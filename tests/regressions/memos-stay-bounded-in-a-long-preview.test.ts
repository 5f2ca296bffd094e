/**
 * Regression (issue 15 review): what Edition remembers between builds of one
 * process (the dev server runs for hours) stays bounded, and is keyed by
 * everything it depends on. Tag slugs depend on the tag alone and edition
 * schemas on the time zone alone, but every tag and every spelling of a time
 * zone typed over a long preview ("europe/paris", "Europe/Paris") was kept
 * forever. Durations of media files: see media-replaced-with-same-size-and-time.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import type { SiteConfig } from '../../src/model/index.js';
import { parseFrontMatter } from '../../src/stages/read/parse-front-matter.js';
import { schemas, validateEdition } from '../../src/stages/validate/validate-edition.js';
import { slugifyTag, tagSlugs } from '../../src/util/slug.js';
import { REPO } from '../helpers/site.js';

const site: SiteConfig = { title: 'T', url: 'https://example.org/', basePath: '/', language: 'en', dir: 'ltr', description: 'D', timezone: 'UTC' };

/** Every upper/lower-case spelling of `name` Intl accepts, up to `count` of them. */
function spellings(name: string, count: number): string[] {
  const letters = [...name].map((c, i) => [c, i] as const).filter(([c]) => c.toLowerCase() !== c.toUpperCase());
  return Array.from({ length: count }, (_, n) => {
    const chars = [...name];
    letters.forEach(([c, i], bit) => (chars[i] = (n >> bit) & 1 ? c.toUpperCase() : c.toLowerCase()));
    return chars.join('');
  });
}

describe('memos kept by a long-running process', () => {
  it('keep a bounded number of tag slugs, and give every tag its own', () => {
    for (let n = 0; n < 30_000; n++) expect(slugifyTag(`Tag ${n} Énergie`)).toBe(`tag-${n}-energie`);
    expect(tagSlugs.size).toBeLessThanOrEqual(10_000);
    expect(slugifyTag('Україна')).toBe('україна');
  });

  it('keep a bounded number of edition schemas, and validate each edition in its own time zone', () => {
    const parsed = parseFrontMatter({ path: 'content/editions/2024-03-12-x.md', text: '---\nheadline: X\ndate: 2024-03-12T00:30:00\n---\nBody\n' });
    if (!parsed.ok) throw new Error('front matter');
    const epochIn = (timezone: string) => {
      const result = validateEdition(parsed.document, { ...site, timezone });
      if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
      return result.edition.date.epoch;
    };
    const zones = spellings('America/Argentina/Buenos_Aires', 500);
    expect(new Set(zones).size).toBe(500);
    for (const zone of zones) expect(epochIn(zone)).toBe(Date.parse('2024-03-12T00:30:00-03:00'));
    expect(schemas.size).toBeLessThanOrEqual(4);
    expect(epochIn('UTC')).toBe(Date.parse('2024-03-12T00:30:00Z'));
    expect(epochIn('Asia/Tokyo')).toBe(Date.parse('2024-03-12T00:30:00+09:00'));
  });

  it('are never a plain Map or Set filled at the top level of a module in src/', () => {
    const src = join(REPO, 'src');
    const found: string[] = [];
    for (const file of readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'))) {
      const source = ts.createSourceFile(file, readFileSync(join(src, file), 'utf8'), ts.ScriptTarget.Latest);
      for (const statement of source.statements) {
        if (!ts.isVariableStatement(statement)) continue;
        for (const declaration of statement.declarationList.declarations) {
          const init = declaration.initializer;
          // An empty collection at the top level is filled while the process runs: a memo. Tables built from constants are not.
          if (init && ts.isNewExpression(init) && ts.isIdentifier(init.expression) && /^(Map|Set)$/.test(init.expression.text) && !init.arguments?.length) {
            found.push(`${file}: ${declaration.name.getText(source)}`);
          }
        }
      }
    }
    expect(found, 'use BoundedMap (src/util/bounded-map.ts) for memos').toEqual([]);
  });
});
