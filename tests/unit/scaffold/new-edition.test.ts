import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planNewEdition, writeNewEdition } from '../../../src/scaffold/new-edition.js';
import { parseFrontMatter } from '../../../src/stages/read/parse-front-matter.js';
import { tempDir } from '../../helpers/temp.js';

// 02:30 UTC on 12 March 2024 is still 11 March in New York.
const NOW = Date.parse('2024-03-12T02:30:00Z');

function plan(request: Partial<Parameters<typeof planNewEdition>[0]> = {}) {
  return planNewEdition({ headline: 'Punching Back', timezone: 'UTC', now: NOW, ...request });
}

describe('planNewEdition', () => {
  it('should name the file after today in the site time zone and the headline', () => {
    expect(plan()).toMatchObject({ ok: true, file: 'editions/2024-03-12-punching-back.md' });
    expect(plan({ timezone: 'America/New_York' })).toMatchObject({ file: 'editions/2024-03-11-punching-back.md' });
  });

  it('should take the date and slug when given', () => {
    expect(plan({ date: '2024-04-01', slug: 'fools' })).toMatchObject({ ok: true, file: 'editions/2024-04-01-fools.md' });
  });

  it('should fill in the front matter as a draft with a body to write over', () => {
    const result = plan({ headline: 'Energy: "the" winter test' });
    if (!result.ok) throw new Error(result.message);
    const parsed = parseFrontMatter({ path: result.file, text: result.text });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.diagnostics));
    expect(parsed.document.data).toEqual({ headline: 'Energy: "the" winter test', date: '2024-03-12', tags: [], draft: true });
    expect(parsed.document.body.trim()).toMatch(/^Write the brief here\./);
  });

  it('errors when the headline gives an empty slug, saying to pass --slug', () => {
    expect(plan({ headline: '¿¡!?' })).toMatchObject({ ok: false, problem: 'slug', message: expect.stringContaining('--slug') });
    expect(plan({ headline: '🌊 🔥' })).toMatchObject({ ok: false, problem: 'slug', message: expect.stringContaining('no letters or digits') });
    expect(plan({ headline: 'مرحبا', slug: 'marhaba' })).toMatchObject({ ok: true, file: 'editions/2024-03-12-marhaba.md' });
  });

  it('should name the file after a headline in any script', () => {
    expect(plan({ headline: 'فيضانات ليبيا' })).toMatchObject({ ok: true, file: 'editions/2024-03-12-فيضانات-ليبيا.md' });
    expect(plan({ headline: 'Удар в ответ' })).toMatchObject({ ok: true, file: 'editions/2024-03-12-удар-в-ответ.md' });
    expect(plan({ headline: '東京の洪水' })).toMatchObject({ ok: true, file: 'editions/2024-03-12-東京の洪水.md' });
    expect(plan({ slug: 'удар-в-ответ'.normalize('NFD') })).toMatchObject({ ok: true, file: 'editions/2024-03-12-удар-в-ответ.md' });
  });

  it("should cut a long headline's slug to 100 bytes after a whole word, or a whole letter", () => {
    const words = plan({ headline: 'Удар в ответ: Украина атакует нефтеперерабатывающие заводы России' });
    expect(words).toMatchObject({ ok: true, file: 'editions/2024-03-12-удар-в-ответ-украина-атакует-нефтеперерабатывающие.md' });
    const letters = plan({ headline: 'हिन्दी'.repeat(10) });
    if (!letters.ok) throw new Error(letters.message);
    const slug = letters.file.slice('editions/2024-03-12-'.length, -'.md'.length);
    const rest = 'हिन्दी'.repeat(10).slice(slug.length);
    expect(Buffer.byteLength(slug)).toBeGreaterThan(90);
    expect(Buffer.byteLength(slug)).toBeLessThanOrEqual(100);
    // Cut before a letter, never between a letter and its vowel sign or virama.
    expect(rest).toMatch(/^\P{M}/u);
    expect(plan({ slug: 'a'.repeat(101) })).toMatchObject({ ok: false, problem: 'slug', message: expect.stringContaining('shorter --slug') });
  });

  it('errors on an empty headline, a date that does not exist, and a slug with spaces', () => {
    expect(plan({ headline: '  ' })).toMatchObject({ ok: false, problem: 'headline' });
    expect(plan({ date: '2024-02-30' })).toMatchObject({ ok: false, problem: 'date' });
    expect(plan({ date: '12/03/2024' })).toMatchObject({ ok: false, problem: 'date' });
    expect(plan({ slug: 'Two Words' })).toMatchObject({ ok: false, problem: 'slug' });
    expect(plan({ slug: 'élections' })).toMatchObject({ ok: false, problem: 'slug' });
  });
});

describe('writeNewEdition', () => {
  it('should create editions/ and the file, and never overwrite it', async () => {
    const content = tempDir('edition-new-');
    expect(await writeNewEdition(content, { file: 'editions/a.md', text: 'first' })).toBe(true);
    expect(await writeNewEdition(content, { file: 'editions/a.md', text: 'second' })).toBe(false);
    expect(await readFile(join(content, 'editions/a.md'), 'utf8')).toBe('first');
  });
});
