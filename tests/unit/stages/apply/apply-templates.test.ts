import { describe, expect, it } from 'vitest';
import { DamagedCacheError } from '../../../../src/cache/damaged-cache-error.js';
import type { Page, TemplateGlobals, TemplateSet } from '../../../../src/model/index.js';
import { createRenderer } from '../../../../src/stages/apply/apply-templates.js';

const globals: TemplateGlobals = { site: { url: 'https://ex.org/', base_path: '/', language: 'en', timezone: 'UTC' } };
const templates = (source: string): TemplateSet => ({
  dir: 'templates',
  templates: { 'page.liquid': source, 'partials/body.liquid': '<main>{{ edition.html | raw }}</main>' },
  assets: [],
  files: {},
});
const page = (data: Record<string, unknown>): Page => ({ kind: 'edition', url: 'a/', path: 'a/index.html', template: 'page', data: () => data, sources: ['content/a.md'] });

describe('applying templates', () => {
  it('reports a template mistake as a template-error naming the template', () => {
    const render = createRenderer(templates('{{ nothing_here }}'), globals);
    const result = render(page({}), {});
    expect(result.ok).toBe(false);
    expect(!result.ok && result.diagnostic).toMatchObject({ code: 'template-error', file: 'templates/page.liquid', line: 1 });
  });

  it('lets damaged cached HTML through as DamagedCacheError, even from an included template, so the build starts over', () => {
    const render = createRenderer(templates('{% include "partials/body" %}'), globals);
    const edition = {
      get html(): string {
        throw new DamagedCacheError('content/editions/a.md');
      },
    };
    expect(() => render(page({ edition }), { edition })).toThrow(DamagedCacheError);
  });
});
