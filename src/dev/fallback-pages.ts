/** The pages the dev server makes itself: "no site yet" while the first build has errors, and a plain 404. */
import { escapeAttribute } from './client-script.js';
import type { OverlayProblem } from './problems.js';

const escape = escapeAttribute;

function page(title: string, body: string, tag: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(title)}</title></head>
<body style="font:16px/1.5 system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem">
${body}
${tag}</body>
</html>
`;
}

/** Shown for every page while no build has succeeded yet; readable without JavaScript. */
export function noSitePage(problems: readonly OverlayProblem[], tag: string): string {
  const items = problems
    .map(
      (p) =>
        `<li><code>${escape(p.location)}</code> ${escape(p.message)}${p.frame ? `<pre>${escape(p.frame)}</pre>` : ''}` +
        `${p.hint ? `<p>Hint: ${escape(p.hint)}</p>` : ''}</li>`,
    )
    .join('\n');
  return page(
    'The site could not be built',
    `<h1>The site could not be built</h1>\n<p>Fix these problems and save; this page reloads by itself.</p>\n<ol>\n${items}\n</ol>`,
    tag,
  );
}

/** A 404 for sites without a 404.html of their own. */
export function notFoundPage(path: string, tag: string): string {
  return page(
    'Not found',
    `<h1>Not found</h1>\n<p>No page at <code>${escape(path)}</code> in the preview. <a href="/">Go to the home page</a>.</p>`,
    tag,
  );
}
