import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../../../src/stages/read/parse-front-matter.js';

const parse = (text: string, optional = false) => parseFrontMatter({ path: 'content/x.md', text }, { optional });

describe('parseFrontMatter', () => {
  it('should split front matter from the body and know where the body starts', () => {
    const result = parse('---\nheadline: Hi\ndate: 2024-03-12\n---\nBody text\n');
    if (!result.ok) throw new Error('expected success');
    expect(result.document.data).toEqual({ headline: 'Hi', date: '2024-03-12' });
    expect(result.document.body).toBe('Body text\n');
    expect(result.document.bodyLine).toBe(5);
  });

  it('should keep dates as the text the editor wrote', () => {
    const result = parse('---\ndate: 2024-03-12T07:00:00-04:00\n---\n');
    expect(result.ok && result.document.data).toEqual({ date: '2024-03-12T07:00:00-04:00' });
  });

  it('should locate nested keys and list items by file line', () => {
    const result = parse('---\nheadline: Hi\naudio:\n  src: media/a.mp3\ntags:\n  - one\n  - two\n---\n');
    if (!result.ok) throw new Error('expected success');
    expect(result.document.locate(['audio', 'src'])).toEqual({ line: 4, column: 3 });
    expect(result.document.locate(['tags', 1])).toEqual({ line: 7, column: 5 });
    expect(result.document.locate(['missing'])).toBeUndefined();
  });

  it('errors with the file line and column of a YAML mistake', () => {
    const result = parse('---\nheadline: Hi\n  bad: indent\n---\n');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.diagnostics[0]).toMatchObject({ code: 'yaml-syntax', file: 'content/x.md', line: 2, column: 11 });
  });

  it('errors on a duplicated key', () => {
    const result = parse('---\nheadline: A\nheadline: B\n---\n');
    expect(!result.ok && result.diagnostics[0]).toMatchObject({ code: 'yaml-syntax', line: 3 });
  });

  it('errors when there is no front matter, with a hint about ---', () => {
    const result = parse('headline: Hi\n\nBody\n');
    expect(!result.ok && result.diagnostics[0]).toMatchObject({ code: 'front-matter-missing', line: 1 });
    expect(!result.ok && result.diagnostics[0]!.hint).toMatch(/"---"/);
  });

  it('errors when the front matter is never closed', () => {
    const result = parse('---\nheadline: Hi\nBody\n');
    expect(!result.ok && result.diagnostics[0]!.message).toMatch(/never closed/);
  });

  it('refuses front matter languages other than YAML', () => {
    for (const opener of ['---js', '---javascript', '---coffee', '--- js']) {
      const result = parse(`${opener}\n{ headline: "x" }\n---\n`);
      expect(!result.ok && result.diagnostics[0]!.code).toBe('front-matter-engine');
    }
  });

  it('should accept a file without front matter when it is optional', () => {
    const result = parse('Just text\n', true);
    expect(result.ok && result.document.body).toBe('Just text\n');
  });

  it('should not leak data between files with the same text', () => {
    const a = parse('---\ntags: [a]\n---\n');
    if (!a.ok) throw new Error('expected success');
    (a.document.data as { tags: string[] }).tags.push('mutated');
    const b = parse('---\ntags: [a]\n---\n');
    expect(b.ok && b.document.data).toEqual({ tags: ['a'] });
  });
});
