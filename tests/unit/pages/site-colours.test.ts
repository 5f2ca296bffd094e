import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coloursOf, DEFAULT_COLOURS } from '../../../src/pages/site-colours.js';
import { TEMPLATES } from '../../helpers/site.js';

describe('coloursOf', () => {
  it('should give Edition’s own light colours from its own stylesheet', () => {
    expect(coloursOf(readFileSync(join(TEMPLATES, 'assets/style.css'), 'utf8'))).toEqual(DEFAULT_COLOURS);
  });

  it('should take a site’s own tokens, the first value of each, and leave the rest', () => {
    const css = `:root { --accent: #0A5; --ink:#102030; }
      @media (prefers-color-scheme: dark) { :root { --accent: #ffffff; --paper: #000000; } }`;
    expect(coloursOf(css)).toEqual({ ...DEFAULT_COLOURS, accent: '#0a5', ink: '#102030', paper: '#000000' });
  });

  it('should pass over commented tokens and values that are no plain hex colour', () => {
    const css = `/* --accent: #123456; */ :root { --paper: rgb(0 0 0); --ink: var(--x); --muted: #12345; --rule: #abc" onload="x; }`;
    expect(coloursOf(css)).toEqual(DEFAULT_COLOURS);
  });
});
