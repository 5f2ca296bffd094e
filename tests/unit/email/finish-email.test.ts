/** The finishing pass on its own: what a designer's template may write, made safe and absolute for mail clients. */
import { describe, expect, it } from 'vitest';
import { finishEmail } from '../../../src/email/finish-email.js';
import { attribute, parseHtml } from '../../helpers/html.js';

const CANONICAL = 'https://news.example.org/brief/2024/03/12/talks/';
const finish = (body: string, images = new Map<string, { width: number; height: number }>()) =>
  parseHtml(finishEmail(`<!DOCTYPE html><html><head><style>p { color: #123456; }</style></head><body>${body}</body></html>`, {
    canonical: CANONICAL,
    images,
    imageLink: (alt) => `Image: ${alt}`,
  }));

describe('finishEmail', () => {
  it('should resolve relative links and fragments against the permalink', () => {
    const doc = finish('<a id="a" href="../../11/first/">a</a><a id="b" href="#fn-1">b</a><a id="c" href="/about/?x=1&amp;y=2">c</a>');
    expect(doc.attr('#a', 'href')).toBe('https://news.example.org/brief/2024/03/11/first/');
    expect(doc.attr('#b', 'href')).toBe(`${CANONICAL}#fn-1`);
    expect(doc.attr('#c', 'href')).toBe('https://news.example.org/about/?x=1&y=2');
  });

  it('should leave absolute links and merge tags alone, and drop links with unsafe schemes', () => {
    const doc = finish('<a id="a" href="mailto:desk@example.org">a</a><a id="b" href="*|UNSUB|*">b</a><a id="c" href="%%unsubscribe_url%%">c</a><a id="d" href="javascript:alert(1)">d</a>');
    expect(doc.attr('#a', 'href')).toBe('mailto:desk@example.org');
    expect(doc.attr('#b', 'href')).toBe('*|UNSUB|*');
    expect(doc.attr('#c', 'href')).toBe('%%unsubscribe_url%%');
    expect(doc.attr('#d', 'href')).toBeUndefined();
  });

  it('should remove what mail clients neither play nor run', () => {
    const doc = finish('<p>Text</p><script>x()</script><audio src="a.mp3"><source src="a.ogg"></audio><video></video><iframe src="https://x.example/"></iframe><form><button>Go</button></form>');
    expect(doc.all('script, audio, source, video, iframe, form, button')).toEqual([]);
    expect(doc.text('p')).toBe('Text');
  });

  it("should write HTML5's sections as <div> and its text elements as <span>, for Outlook", () => {
    const doc = finish('<section id="a" aria-label="Table 1"><p>In <time datetime="2024-03-12">March</time> <mark>this</mark>.</p></section><section id="b" data-footnotes><h2>Notes</h2></section>');
    expect([doc.one('#a').tagName, doc.attr('#a', 'role'), doc.one('#b').tagName, doc.attr('#b', 'role')]).toEqual(['div', 'region', 'div', undefined]);
    expect(doc.all('time, mark, section')).toEqual([]);
    expect(doc.all('span').map((span) => Object.keys(span.properties))).toEqual([[], []]);
  });

  it('should size a picture it knows, keep one sized by the template, and make one it cannot size a link', () => {
    const images = new Map([['https://news.example.org/brief/media/wide.png', { width: 2000, height: 500 }]]);
    const doc = finish(
      '<img id="a" src="https://news.example.org/brief/media/wide.png" alt="Wide"><img id="b" src="logo.png" alt="Logo" width="120" height="40"><img src="https://x.example/p.jpg" alt="Elsewhere &amp; then">',
      images,
    );
    expect([doc.attr('#a', 'width'), doc.attr('#a', 'height')]).toEqual(['560', '140']);
    expect([doc.attr('#b', 'src'), doc.attr('#b', 'width')]).toEqual(['https://news.example.org/brief/2024/03/12/talks/logo.png', '120']);
    expect(doc.text('a[href="https://x.example/p.jpg"]')).toBe('Image: Elsewhere & then');
  });

  it('should inline the CSS, and not mistake {{ … }} in an edition\'s text for template code', () => {
    const doc = finish('<p>Write {{ name }} <a id="a" href="#x">here</a> and }} there.</p>');
    const p = doc.one('p');
    expect(attribute(p, 'style')).toBe('color: #123456;');
    expect(doc.text('p')).toBe('Write {{ name }} here and }} there.');
    expect(doc.attr('#a', 'href')).toBe(`${CANONICAL}#x`);
  });
});
