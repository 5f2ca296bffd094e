/**
 * Layout shifts of a page load, as Chromium reports them to a
 * PerformanceObserver. Scripts are held back until the first paint, as on a
 * slow connection, so anything a script adds or reveals after the page is
 * visible shows up as a shift.
 */
import type { BrowserContext, Route } from 'playwright-core';

export interface Rect { x: number; y: number; width: number; height: number }

export interface ShiftSource {
  /** "DIV.share", or null for a node Chromium does not expose (inside a native control). */
  node: string | null;
  from: Rect;
  to: Rect;
}

export interface Shift {
  value: number;
  sources: ShiftSource[];
}

export interface LoadShifts {
  shifts: Shift[];
  /** Where each <audio> ended up, to tell the player's own internal layout from the page's. */
  players: Rect[];
}

const OBSERVE = `
window.__shifts = [];
new PerformanceObserver(function (list) {
  list.getEntries().forEach(function (entry) {
    if (entry.hadRecentInput) return;
    window.__shifts.push({
      value: entry.value,
      sources: (entry.sources || []).map(function (s) {
        var rect = function (r) { return { x: r.x, y: r.y, width: r.width, height: r.height }; };
        var node = s.node ? s.node.nodeName + (s.node.className ? '.' + s.node.className : '') : null;
        return { node: node, from: rect(s.previousRect), to: rect(s.currentRect) };
      }),
    });
  });
}).observe({ type: 'layout-shift', buffered: true });
`;

/** Load `url` in a new page of `context` with scripts delayed past first paint; return the shifts. */
export async function layoutShifts(context: BrowserContext, url: string): Promise<LoadShifts> {
  const held: Route[] = [];
  let released = false;
  await context.route(/\.m?js(\?|$)/, (route) => (released ? route.continue() : void held.push(route)));
  const page = await context.newPage();
  try {
    await page.addInitScript(OBSERVE);
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
    released = true;
    for (const route of held) await route.continue();
    await page.waitForLoadState('load');
    // Two frames after load: every shift of the load has been laid out and reported.
    return await page.evaluate(
      () =>
        new Promise<LoadShifts>((resolve) =>
          requestAnimationFrame(() =>
            requestAnimationFrame(() =>
              resolve({
                shifts: (window as unknown as { __shifts: Shift[] }).__shifts,
                players: [...document.querySelectorAll('audio')].map((audio) => audio.getBoundingClientRect().toJSON() as Rect),
              }),
            ),
          ),
        ),
    );
  } finally {
    await page.close();
  }
}

/**
 * Split shifts into the page's own and those inside a native audio player.
 * Chromium's <audio controls> lays out its time display one frame after the
 * first paint, moving its own timeline; a page cannot style that away
 * without hiding the player's clock, so it is reported apart.
 */
export function partitionShifts({ shifts, players }: LoadShifts): { page: Shift[]; insidePlayers: Shift[] } {
  const inside = (rect: Rect, box: Rect) =>
    rect.x >= box.x - 0.5 && rect.y >= box.y - 0.5 && rect.x + rect.width <= box.x + box.width + 0.5 && rect.y + rect.height <= box.y + box.height + 0.5;
  const inPlayer = (shift: Shift) =>
    shift.sources.length > 0 &&
    shift.sources.every((source) => source.node === null && players.some((box) => inside(source.from, box) && inside(source.to, box)));
  return { page: shifts.filter((shift) => !inPlayer(shift)), insidePlayers: shifts.filter(inPlayer) };
}
