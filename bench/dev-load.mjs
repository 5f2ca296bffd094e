#!/usr/bin/env node
/**
 * `npm run bench:load [-- --editions 1000 --connections 100 --duration 10]`
 *
 * The preview under load. Starts `edition dev` (the bundled CLI, with
 * bench/dev-load-probe.mjs loaded into it) on the seeded benchmark corpus and,
 * against 127.0.0.1 only:
 *
 *   a. pages: autocannon, many connections over a mix of edition, list, home
 *      and media URLs, while an edition is changed every 200 ms;
 *   b. reload channel: N connections to /__edition/events opened (each waits
 *      for its "hello"), then dropped, half reset and half closed;
 *   c. edits: M saves of one edition in a row under lighter load, then the
 *      final text must be what the page serves.
 *
 * Prints requests/s, p50/p99 latency, errors, timeouts and non-2xx per
 * scenario, and heap (after gc), handles, listeners and reload clients before
 * and after, with their bounds; exits 1 when a bound or an answer fails.
 */
import autocannon from 'autocannon';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import { AUDIO_SRC, ensureCorpus, formats, sourcePath } from './corpus.mjs';
import { dropAll, getText, openReloads, startProbedDev } from './dev-load-tools.mjs';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(REPO, 'dist/cli.js');

const USAGE = `Usage: npm run bench:load -- [options]   (node bench/dev-load.mjs after node scripts/bundle.mjs)

  --editions N      corpus size (default 1000)
  --connections C   autocannon connections for the page load (default 100)
  --duration S      seconds of page load (default 10)
  --edit-every MS   an edition is saved this often during the page load (default 200; 0: none)
  --reload N        reload-channel connections opened and dropped (default 1000)
  --edits M         saves in a row in the edit scenario (default 100)
  --seed TEXT       corpus seed (default edition-load)
  --work DIR        where the corpus goes (default bench/.work)
  -h, --help        show this help

Bounds (exit 1 when broken): no errors, timeouts or non-2xx answers; reload
clients back to 0; connections back to where they were; handles and
listeners at most 2 above before; heap used (after gc) at most 16 MB or 25%
above before, whichever is larger.`;

const { values } = parseArgs({
  options: {
    editions: { type: 'string', default: '1000' },
    connections: { type: 'string', default: '100' },
    duration: { type: 'string', default: '10' },
    'edit-every': { type: 'string', default: '200' },
    reload: { type: 'string', default: '1000' },
    edits: { type: 'string', default: '100' },
    seed: { type: 'string', default: 'edition-load' },
    work: { type: 'string', default: join(REPO, 'bench/.work') },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const options = {
  editions: Number(values.editions),
  connections: Number(values.connections),
  duration: Number(values.duration),
  editEvery: Number(values['edit-every']),
  reload: Number(values.reload),
  edits: Number(values.edits),
};
const log = (line) => process.stderr.write(`${line}\n`);
const loadAverage = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run node scripts/bundle.mjs (npm run bench:load does)');

// ---------------------------------------------------------------- the corpus and the server

log(`Corpus of ${options.editions} editions…`);
const corpus = ensureCorpus({ workDir: values.work, n: options.editions, seed: values.seed });
const root = join(corpus.dir, 'edition');
/** The editions this run saves, rotated; each written back to its original text at the end (and at the start, after an interrupted run). */
const edited = corpus.editions.slice(0, 5);
const editionFile = (e) => join(corpus.dir, sourcePath.edition(e));
const restore = () => edited.forEach((e) => writeFileSync(editionFile(e), formats.edition(e)));
const save = (e, marker) => writeFileSync(editionFile(e), formats.edition({ ...e, body: `${marker} ${e.body}` }));
restore();
// However the run ends: the corpus is left as generated (edition dev stops by itself when this process goes).
process.once('exit', restore);

log('Starting edition dev…');
const started = performance.now();
// Not --quiet: the line edition dev prints per rebuild gives how many there were and how long each took.
const dev = await startProbedDev({ cli: CLI, root, args: [] });
/** Rebuild times (ms) printed since `from` (an offset in the output). */
const rebuilds = (from) =>
  [...dev.output().slice(from).matchAll(/updated in (\d+(?:\.\d+)?) (ms|s)\.$/gm)].map((m) => Number(m[1]) * (m[2] === 's' ? 1000 : 1));
const summary = (times) => {
  const sorted = [...times].sort((x, y) => x - y);
  return { count: sorted.length, medianMs: sorted[Math.floor(sorted.length / 2)] ?? null, maxMs: sorted.at(-1) ?? null };
};
const ask = dev.ask;
const base = `http://127.0.0.1:${dev.port}`;
/** The body of a page that must answer 200. */
const text = async (path) => {
  const { status, body } = await getText(dev.port, path);
  if (status !== 200) throw new Error(`${path} answered ${status}`);
  return body;
};
log(`Serving ${base}/ after ${((performance.now() - started) / 1000).toFixed(1)} s.`);

// ---------------------------------------------------------------- the URL mix

/** Every page the sitemaps list, as paths. */
async function sitemapPaths() {
  const locs = async (path) => [...(await text(path)).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  const sitemaps = await locs('/sitemap.xml');
  const pages = [];
  for (const sitemap of sitemaps) pages.push(...(sitemap.endsWith('.xml') ? await locs(sitemap) : [sitemap]));
  return pages;
}
const pages = await sitemapPaths();
const isEdition = (path) => /^\/\d{4}\/\d{2}\/\d{2}\/[^/]+\/$/.test(path);
const mix = {
  edition: pages.filter(isEdition),
  list: pages.filter((path) => path !== '/' && !isEdition(path)),
  home: ['/'],
  media: [`/${AUDIO_SRC}`],
};
if (mix.edition.length < options.editions || mix.list.length === 0) {
  throw new Error(`the sitemaps list ${mix.edition.length} edition pages and ${mix.list.length} others; expected ${options.editions} and some`);
}
/** 70% edition pages, 15% lists (archive, tags), 10% home, 5% the narration (223 KB). */
function pick() {
  const r = Math.random();
  const from = r < 0.7 ? mix.edition : r < 0.85 ? mix.list : r < 0.95 ? mix.home : mix.media;
  return from[Math.floor(Math.random() * from.length)];
}

/** autocannon over the mix; resolves with its result. */
function cannon(connections, duration) {
  return autocannon({
    url: base,
    connections,
    duration,
    timeout: 10,
    requests: [{ setupRequest: (request) => ({ ...request, path: pick() }) }],
  });
}

// ---------------------------------------------------------------- reload channel and edits

/** Poll the probe until `test(stats)` holds (at most `ms`); resolves with the last stats and how long it took. */
async function until(test, ms = 10_000) {
  const begun = performance.now();
  for (;;) {
    const stats = await ask('stats');
    if (test(stats) || performance.now() - begun > ms) return { stats, ms: performance.now() - begun };
  }
}

/** Saves one of the edited editions every `every` ms until stopped; counts them. */
function keepEditing(every) {
  let count = 0;
  if (!(every > 0)) return { stop: () => 0 };
  const timer = setInterval(() => save(edited[count % edited.length], `Loadtick${++count}.`), every);
  return { stop: () => (clearInterval(timer), count) };
}

// ---------------------------------------------------------------- the run

const figures = (result) => ({
  requests: result.requests.total,
  rps: Math.round(result.requests.average),
  p50: result.latency.p50,
  p99: result.latency.p99,
  max: result.latency.max,
  errors: result.errors,
  timeouts: result.timeouts,
  non2xx: result.non2xx,
  // Requests still on their way when the time ran out; at most one per connection.
  unanswered: result.requests.sent - result.requests.total,
  status5xx: Object.entries(result.statusCodeStats ?? {}).reduce((sum, [code, { count }]) => sum + (Number(code) >= 500 ? Number(count) : 0), 0),
});
const report = { machine: { cpus: cpus().length, node: process.version }, options, pages: pages.length, scenarios: {} };
const failures = [];

log('Warming up (2 s of light load and one save)…');
await cannon(10, 2);
save(edited[0], 'Warmup.');
await sleep(300);
await ask('idle');
const before = (await until(() => true)).stats;
report.before = before;
report.loadBefore = loadAverage();

log(`a. ${options.connections} connections for ${options.duration} s over ${pages.length} pages and the narration, an edition saved every ${options.editEvery} ms…`);
{
  const load = loadAverage();
  const mark = dev.output().length;
  const editing = keepEditing(options.editEvery);
  const result = await cannon(options.connections, options.duration);
  const saves = editing.stop();
  const after = (await until((s) => s.connections <= before.connections)).stats;
  report.scenarios.pages = { load, saves, rebuilds: summary(rebuilds(mark)), ...figures(result), after };
}

log(`b. ${options.reload} reload-channel connections opened, then dropped…`);
{
  const load = loadAverage();
  const begun = performance.now();
  const { sockets, slowest } = await openReloads(dev.port, options.reload);
  const openMs = performance.now() - begun;
  const open = (await until((s) => s.reloadClients >= options.reload, 5000)).stats;
  // One save while they are all open: every page is told.
  save(edited[2], 'Loadreload.');
  const told = performance.now();
  while (sockets.some((socket) => socket.updates === 0) && performance.now() - told < 10_000) await sleep(25);
  const updated = sockets.filter((socket) => socket.updates > 0).length;
  const tellMs = performance.now() - told;
  dropAll(sockets);
  const dropped = await until((s) => s.reloadClients === 0 && s.connections <= before.connections);
  report.scenarios.reload = {
    load,
    opened: sockets.length,
    openMs: Math.round(openMs),
    slowestHelloMs: Math.round(slowest),
    clientsWhileOpen: open.reloadClients,
    heapWhileOpen: open.heapUsed,
    updated,
    tellMs: Math.round(tellMs),
    connectionsWhileOpen: open.connections,
    dropToZeroMs: Math.round(dropped.ms),
    after: dropped.stats,
  };
  if (open.reloadClients !== options.reload) failures.push(`b: ${open.reloadClients} reload clients while ${options.reload} were open`);
  if (updated !== sockets.length) failures.push(`b: ${updated} of ${sockets.length} open pages were told of a save`);
}

log(`c. ${options.edits} saves of one edition in a row, under 10 connections of load…`);
{
  const load = loadAverage();
  const target = edited[1];
  const page = mix.edition.find((path) => path.endsWith(`/${target.slug}/`));
  const mark = dev.output().length;
  const running = cannon(10, Math.max(5, Math.ceil(options.edits / 20)));
  await sleep(500);
  const begun = performance.now();
  for (let i = 1; i <= options.edits; i++) {
    save(target, `Loadedit${i}.`);
    await sleep(2);
  }
  const writtenMs = performance.now() - begun;
  const final = `Loadedit${options.edits}.`;
  let servedMs;
  for (const deadline = performance.now() + 15_000; performance.now() < deadline; await sleep(25)) {
    if ((await text(page)).includes(final)) {
      servedMs = performance.now() - begun - writtenMs;
      break;
    }
  }
  const result = await running;
  await ask('idle');
  const html = await text(page);
  const after = (await until((s) => s.connections <= before.connections)).stats;
  report.scenarios.edits = {
    load,
    saves: options.edits,
    writtenMs: Math.round(writtenMs),
    finalServedMs: servedMs === undefined ? null : Math.round(servedMs),
    finalServedAfterIdle: html.includes(final),
    rebuilds: summary(rebuilds(mark)),
    ...figures(result),
    after,
  };
  if (!html.includes(final)) failures.push(`c: the page does not show "${final}" after the rebuilds settled`);
}

log('Restoring the edited editions…');
restore();
await sleep(300);
await ask('idle');
const after = (await until((s) => s.connections <= before.connections && s.reloadClients === 0)).stats;
report.after = after;
report.loadAfter = loadAverage();

const code = await dev.stop();
report.exitCode = code;
report.internalErrors = (dev.output().match(/Internal error/g) ?? []).length;

// ---------------------------------------------------------------- bounds and the table

const MB = 1024 * 1024;
const heapBound = Math.max(16 * MB, before.heapUsed * 0.25);
for (const [name, s] of Object.entries(report.scenarios)) {
  if (s.errors || s.timeouts || s.non2xx || s.status5xx) failures.push(`${name}: ${s.errors} errors, ${s.timeouts} timeouts, ${s.non2xx} non-2xx`);
  if (s.unanswered > (name === 'pages' ? options.connections : 10)) failures.push(`${name}: ${s.unanswered} requests unanswered`);
}
if (after.reloadClients !== 0) failures.push(`${after.reloadClients} reload clients left`);
if (after.connections > before.connections) failures.push(`${after.connections} connections left, ${before.connections} before`);
if (after.handles > before.handles + 2) failures.push(`${after.handles} handles, ${before.handles} before`);
if (after.serverListeners > before.serverListeners + 2) failures.push(`${after.serverListeners} server listeners, ${before.serverListeners} before`);
if (after.processListeners > before.processListeners + 2) failures.push(`${after.processListeners} process listeners, ${before.processListeners} before`);
if (after.heapUsed - before.heapUsed > heapBound) failures.push(`heap grew ${((after.heapUsed - before.heapUsed) / MB).toFixed(1)} MB (bound ${(heapBound / MB).toFixed(1)} MB)`);
if (code !== 0) failures.push(`edition dev exited with ${code}`);
if (report.internalErrors) failures.push(`${report.internalErrors} internal errors printed`);
report.failures = failures;

const mb = (bytes) => `${(bytes / MB).toFixed(1)} MB`;
const row = (name, s) =>
  `| ${name} | ${s.requests} | ${s.rps} | ${s.p50} | ${s.p99} | ${s.max} | ${s.errors} / ${s.timeouts} / ${s.non2xx} | ${s.unanswered} | ${s.load} |`;
const counts = (s) => `${mb(s.heapUsed)} | ${s.handles} | ${s.connections} | ${s.reloadClients} | ${s.serverListeners} | ${s.processListeners}`;
const { pages: a, reload: b, edits: c } = report.scenarios;
const lines = [
  `Preview under load: ${options.editions} editions (${pages.length} pages in the sitemaps), ${cpus().length} CPUs, Node ${process.version}.`,
  '',
  '| Scenario | Requests answered | Requests/s | p50 ms | p99 ms | max ms | errors / timeouts / non-2xx | in flight at the end | load average (1, 5, 15 min) |',
  '|---|---|---|---|---|---|---|---|---|',
  row(`a. ${options.connections} connections, ${options.duration} s, ${a.saves} saves`, a),
  row(`c. ${options.edits} saves in a row, 10 connections`, c),
  '',
  `a. ${a.saves} saves gave ${a.rebuilds.count} rebuilds (median ${a.rebuilds.medianMs} ms, longest ${a.rebuilds.maxMs} ms); requests wait while one runs.`,
  `b. ${b.opened} reload connections open in ${b.openMs} ms (slowest hello ${b.slowestHelloMs} ms); ${b.clientsWhileOpen} clients (heap ${mb(b.heapWhileOpen)}) while open, all ${b.updated === b.opened ? '' : `but ${b.opened - b.updated} `}told of a save ${b.tellMs} ms after it; all gone ${b.dropToZeroMs} ms after the drop (load ${b.load}).`,
  `c. the last of ${c.saves} saves (written in ${c.writtenMs} ms) was served ${c.finalServedMs ?? 'never'} ms after it, after ${c.rebuilds.count} rebuilds (median ${c.rebuilds.medianMs} ms); once they settled the page shows it: ${c.finalServedAfterIdle ? 'yes' : 'NO'}.`,
  '',
  '| Measured (after gc) | heap used | handles | connections | reload clients | server listeners | process listeners |',
  '|---|---|---|---|---|---|---|',
  `| before | ${counts(before)} |`,
  `| after a (pages) | ${counts(a.after)} |`,
  `| after b (reload channel) | ${counts(b.after)} |`,
  `| after c (edits) | ${counts(c.after)} |`,
  `| after all | ${counts(after)} |`,
  '',
  `Handles before: ${JSON.stringify(before.handleTypes)}; after: ${JSON.stringify(after.handleTypes)}.`,
  `Bounds: heap +${mb(heapBound)}, handles and listeners +2, connections and reload clients back to before. ${failures.length ? `FAILED: ${failures.join('; ')}` : 'All held.'}`,
];
process.stdout.write(`${lines.join('\n')}\n`);
writeFileSync(join(values.work, 'dev-load.json'), `${JSON.stringify(report, null, 2)}\n`);
process.exitCode = failures.length ? 1 : 0;
