import { describe, expect, it } from 'vitest';
import { references, templateKeys } from '../../../../src/stages/apply/template-dependencies.js';

const set = (templates: Record<string, string>) => ({ dir: 'templates', templates, assets: [], files: {} });

describe('template dependencies', () => {
  it('should find layouts, includes and renders by their quoted names, in tags and {% liquid %} lines', () => {
    const source = [
      '{%- layout "layouts/base" -%}',
      "{% include 'partials/a' %}{% render \"partials/b\", x: 1 %}",
      '{% liquid\n  assign y = 2\n  render "partials/c" with y\n%}',
      '{% layout none %}<p>render "not a tag"</p>',
    ].join('\n');
    expect(references('page.liquid', source)).toEqual(['layouts/base.liquid', 'partials/a.liquid', 'partials/b.liquid', 'partials/c.liquid']);
  });

  it('should look beside the including file first for "./" and "../" names, as LiquidJS does', () => {
    expect(references('partials/a.liquid', '{% include "./b" %}{% render "../c" %}')).toEqual(['partials/b.liquid', './b.liquid', 'c.liquid', '../c.liquid']);
  });

  it('should make a template that names another by an expression depend on every template', () => {
    expect(references('page.liquid', '{% include partial_name %}')).toBe('any');
    expect(references('page.liquid', '{% include "partials/{{ kind }}-header" %}')).toBe('any');
    expect(references('page.liquid', '{% liquid\n  layout page.layout\n%}')).toBe('any');
    const keys = templateKeys(set({ 'page.liquid': '{% render name %}', 'other.liquid': 'x', 'unrelated.liquid': 'y' }));
    const edited = templateKeys(set({ 'page.liquid': '{% render name %}', 'other.liquid': 'x', 'unrelated.liquid': 'changed' }));
    expect(edited.of('page')).not.toBe(keys.of('page'));
  });

  it('should change a page template\'s key exactly when a file it is made of changes', () => {
    const files = {
      'edition.liquid': '{% layout "layouts/base" %}{% include "partials/article" %}',
      'tag.liquid': '{% layout "layouts/base" %}list',
      'layouts/base.liquid': '<main>{% block %}{% endblock %}</main>',
      'partials/article.liquid': '{% render "partials/share" %}',
      'partials/share.liquid': 'share',
    };
    const before = templateKeys(set(files));
    const afterShare = templateKeys(set({ ...files, 'partials/share.liquid': 'share, edited' }));
    expect(afterShare.of('edition')).not.toBe(before.of('edition'));
    expect(afterShare.of('tag')).toBe(before.of('tag'));
    const afterLayout = templateKeys(set({ ...files, 'layouts/base.liquid': '<main class="x">{% block %}{% endblock %}</main>' }));
    expect(['edition', 'tag'].map((name) => afterLayout.of(name) === before.of(name))).toEqual([false, false]);
    // A partial that appears where a missing one was named changes the key too.
    const withNew = templateKeys(set({ ...files, 'tag.liquid': '{% layout "layouts/base" %}{% include "partials/new" %}' }));
    const created = templateKeys(set({ ...files, 'tag.liquid': '{% layout "layouts/base" %}{% include "partials/new" %}', 'partials/new.liquid': 'n' }));
    expect(created.of('tag')).not.toBe(withNew.of('tag'));
    expect(afterShare.all).not.toBe(before.all);
  });
});
