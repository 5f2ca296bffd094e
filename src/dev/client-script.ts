/**
 * The script the dev server adds to every page it serves (never to a build's
 * output). It listens on the reload channel (Server-Sent Events): reloads the
 * page when it changed, and shows the build's errors in an overlay until a
 * rebuild succeeds. Plain ES2017 so any browser an editor uses runs it.
 */

/** Where the reload channel and this script are served; no site page lives under it. */
export const DEV_PREFIX = '/__edition/';
export const EVENTS_PATH = `${DEV_PREFIX}events`;
export const CLIENT_PATH = `${DEV_PREFIX}client.js`;

/** The id of the overlay element, for tests and for anyone styling around it. */
export const OVERLAY_ID = 'edition-dev-overlay';

export const CLIENT_SCRIPT = `(function () {
  'use strict';
  var me = document.currentScript;
  var page = me.getAttribute('data-page');
  var version = me.getAttribute('data-version');
  var initial = JSON.parse(me.getAttribute('data-problems') || '[]');

  function el(tag, style, text) {
    var node = document.createElement(tag);
    if (style) node.setAttribute('style', style);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function hide() {
    var old = document.getElementById('${OVERLAY_ID}');
    if (old) old.remove();
  }

  function show(problems) {
    hide();
    if (!problems.length) return;
    var overlay = el('div', 'position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(20,20,20,.86);' +
      'font:15px/1.5 system-ui,sans-serif;color:#f5f5f5;padding:2rem 1rem;');
    overlay.id = '${OVERLAY_ID}';
    overlay.setAttribute('role', 'alertdialog');
    overlay.setAttribute('aria-labelledby', '${OVERLAY_ID}-title');
    var box = el('div', 'max-width:56rem;margin:0 auto;background:#1e1e1e;border-top:6px solid #e5484d;padding:1.25rem 1.5rem;border-radius:4px;');
    var title = el('h2', 'margin:0 0 .25rem;font-size:1.3rem;color:#ff8589;',
      problems.length === 1 ? 'The site could not be rebuilt: 1 error' : 'The site could not be rebuilt: ' + problems.length + ' errors');
    title.id = '${OVERLAY_ID}-title';
    box.appendChild(title);
    box.appendChild(el('p', 'margin:0 0 1rem;color:#bbb;', 'This page shows the last good version. Fix the file and save: this message goes away by itself.'));
    problems.forEach(function (p) {
      var item = el('section', 'margin:0 0 1.25rem;');
      item.className = 'edition-dev-problem';
      item.appendChild(el('p', 'margin:0;font-family:ui-monospace,monospace;color:#7cc4ff;', p.location + '  ' + p.severity + ' [' + p.code + ']'));
      item.appendChild(el('p', 'margin:.25rem 0;font-weight:600;', p.message));
      if (p.frame) item.appendChild(el('pre', 'margin:.5rem 0;padding:.5rem;background:#111;overflow:auto;font:13px/1.4 ui-monospace,monospace;color:#ddd;', p.frame));
      if (p.hint) item.appendChild(el('p', 'margin:.25rem 0;color:#9fe89f;', 'Hint: ' + p.hint));
      box.appendChild(item);
    });
    var close = el('button', 'font:inherit;padding:.3rem .8rem;cursor:pointer;', 'Dismiss');
    close.type = 'button';
    close.onclick = hide;
    box.appendChild(close);
    overlay.appendChild(box);
    document.body.appendChild(overlay);
  }

  function affects(changed) {
    // A page without a path (an error or 404 page) reloads on any good build;
    // a change to CSS, JS or media reloads every page.
    return !page || changed.some(function (p) { return p === page || !/\\.html$/.test(p); });
  }

  if (initial.length) {
    if (document.body) show(initial);
    else document.addEventListener('DOMContentLoaded', function () { show(initial); });
  }

  var events = new EventSource('${EVENTS_PATH}');
  events.addEventListener('hello', function (e) {
    var state = JSON.parse(e.data);
    if (state.ok && state.version !== version) location.reload();
    else show(state.problems);
  });
  events.addEventListener('update', function (e) {
    var update = JSON.parse(e.data);
    if (!update.ok) return show(update.problems);
    hide();
    if (affects(update.changed)) location.reload();
    else version = update.version;
  });
})();
`;

/** The tag that loads the client into one served page. */
export function clientTag(state: { page: string; version: string; problems: readonly unknown[] }): string {
  return (
    `<script src="${CLIENT_PATH}" data-page="${escapeAttribute(state.page)}" data-version="${escapeAttribute(state.version)}"` +
    ` data-problems="${escapeAttribute(JSON.stringify(state.problems))}"></script>`
  );
}

/** Add the client to an HTML page, just before </body> (or at the end). */
export function injectClient(html: string, tag: string): string {
  const at = html.lastIndexOf('</body>');
  return at === -1 ? html + tag : html.slice(0, at) + tag + html.slice(at);
}

export function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
