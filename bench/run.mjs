#!/usr/bin/env node
/**
 * `npm run bench [-- --n 1000,10000 --runs 5 --tools edition,eleventy,hugo]`
 *
 * For each N: generate (or reuse) the seeded corpus, then, run after run and
 * tool after tool, time a cold, a warm, a one-changed and a one-added build,
 * and print medians, peak memory and the goals of issue 6 as a Markdown table
 * (also saved to bench/.work/results.md, with every sample in results.json).
 */
import { cpus, totalmem } from 'node:os';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { addEdition, changeEdition, ensureCorpus, extraEdition, formats, resetCorpus } from './corpus.mjs';
import { hasGnuTime, measure } from './measure.mjs';
import { formatKb, formatMs, formatReport, median, MODES } from './report.mjs';
import { REPO, TOOLS } from './tools.mjs';

const USAGE = `Usage: npm run bench -- [options]

  --n LIST        editions per corpus, comma-separated; 10k = 10000 (default 1000,10000)
  --runs R        timed runs per tool and N; the table shows medians (default 5)
  --warmup W      untimed cold builds per tool and N before the runs (default 1)
  --tools LIST    any of edition,edition-npm,eleventy,hugo (default all four);
                  edition runs node dist/cli.js build, edition-npm the README's npm run build
  --seed TEXT     corpus seed (default edition-bench)
  --work DIR      where corpora and results go (default bench/.work)
  -h, --help      show this help`;

const log = (line) => process.stderr.write(`${line}\n`);

function options() {
  const { values } = parseArgs({
    options: {
      n: { type: 'string', default: '1000,10000' },
      runs: { type: 'string', default: '5' },
      warmup: { type: 'string', default: '1' },
      tools: { type: 'string', default: 'edition,edition-npm,eleventy,hugo' },
      seed: { type: 'string', default: 'edition-bench' },
      work: { type: 'string', default: join(REPO, 'bench/.work') },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  const count = (text) => {
    const n = /^(\d+)(k?)$/i.exec(text.trim());
    if (!n) throw new Error(`"${text}" is not a number of editions (e.g. 1000 or 10k)`);
    return Number(n[1]) * (n[2] ? 1000 : 1);
  };
  const tools = values.tools.split(',').map((id) => {
    if (!TOOLS[id.trim()]) throw new Error(`Unknown tool "${id}"; choose from ${Object.keys(TOOLS).join(', ')}`);
    return TOOLS[id.trim()];
  });
  return {
    sizes: values.n.split(',').map(count).filter((n) => n > 0),
    runs: Math.max(1, count(values.runs)),
    warmup: count(values.warmup),
    tools,
    seed: values.seed,
    work: resolve(values.work),
  };
}

function machine() {
  const cpuModel = /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpus()[0]?.model ?? 'unknown';
  return { cpus: cpus().length, cpuModel, memory: `${(totalmem() / 2 ** 30).toFixed(1)} GiB`, node: process.version };
}
const loadAverage = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

/** One build; fails loudly, since a broken build's time means nothing. */
async function timedBuild(tool, corpus, what) {
  const [command, args] = tool.command(corpus);
  const result = await measure(command, args, { cwd: tool.cwd?.() ?? tool.project(corpus) });
  if (result.code !== 0) {
    throw new Error(`${tool.label} ${what} build of N=${corpus.n} exited with ${result.code}:\n${(result.stderr || result.stdout).slice(-3000)}`);
  }
  return { ms: result.ms, peakKb: result.peakKb, exactKb: result.exactKb, sampledKb: result.sampledKb };
}

/** The page for `e` must exist and hold `text`: a build that skipped the change would be timed for nothing. */
function expectPage(tool, corpus, e, text) {
  let html = '';
  try {
    html = readFileSync(tool.page(corpus, e), 'utf8');
  } catch {}
  if (!html.includes(text)) throw new Error(`${tool.label} N=${corpus.n}: ${tool.page(corpus, e)} does not contain "${text}" after the build.`);
}

function expectPageCount(tool, corpus, expected) {
  const found = tool.countPages(corpus);
  if (found !== expected) throw new Error(`${tool.label} N=${corpus.n}: expected ${expected} edition pages, found ${found}.`);
}

/** Cold, warm, one changed, one added; leaves the corpus as generated. */
async function cycle(tool, corpus, run, check) {
  const samples = {};
  tool.clean(corpus);
  samples.cold = await timedBuild(tool, corpus, 'cold');
  if (check) expectPageCount(tool, corpus, corpus.n);
  samples.warm = await timedBuild(tool, corpus, 'warm');

  const latest = corpus.editions[0];
  const changeMarker = `Benchchange${run}.`;
  const undoChange = changeEdition(corpus, tool.format ?? tool.id, latest, changeMarker);
  try {
    samples.change = await timedBuild(tool, corpus, 'one-changed');
    expectPage(tool, corpus, latest, changeMarker);
  } finally {
    undoChange();
  }

  const added = extraEdition({ seed: corpus.seed, marker: `Benchadded${run}.` });
  const undoAdd = addEdition(corpus, tool.format ?? tool.id, added);
  try {
    samples.add = await timedBuild(tool, corpus, 'one-added');
    expectPage(tool, corpus, added, `Benchadded${run}.`);
    if (check) expectPageCount(tool, corpus, corpus.n + 1);
  } finally {
    undoAdd();
  }
  return samples;
}

async function main() {
  const opts = options();
  mkdirSync(opts.work, { recursive: true });
  const meta = { ...machine(), date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC', loadStart: loadAverage(), seed: opts.seed, runs: opts.runs, warmup: opts.warmup, skipped: [] };
  meta.memorySource = hasGnuTime()
    ? 'the larger of GNU time %M, exact for the largest process, and the sum of RSS over the tree sampled every 100 ms'
    : 'sum of RSS over the tree sampled every 100 ms; /usr/bin/time missing (apt-get install -y time) so short peaks may be missed';
  const tools = [];
  for (const tool of opts.tools) {
    const problem = tool.prepare();
    if (problem) {
      log(`${tool.label} skipped: ${problem}`);
      meta.skipped.push(`${tool.label} (${problem})`);
    } else tools.push(tool);
  }
  log(`Tools: ${tools.map((t) => `${t.label} ${t.version}`).join(', ')}. Load average: ${meta.loadStart}.`);

  if (tools.includes(TOOLS['edition-npm'])) {
    // npm's own start-up, so the README command's numbers can be read against the direct CLI's.
    const samples = [];
    for (let i = 0; i < 5; i++) samples.push((await measure('npm', ['run', '--silent', '--if-present', 'no-such-script'], { cwd: REPO })).ms);
    meta.npmStartMs = median(samples);
    log(`npm run start-up (no script): ${formatMs(meta.npmStartMs)}.`);
  }

  const results = Object.fromEntries(tools.map((t) => [t.id, {}]));
  let baseline;
  const averageBytes = [];
  /** What the last Edition build left in public/ at each N: files and bytes, and those of the search index. */
  const outputs = {};
  if (tools.includes(TOOLS.edition)) {
    // A 1-edition build: the fixed cost (startup, modules, templates), so growth per edition can be read off the larger builds.
    const tiny = ensureCorpus({ workDir: opts.work, n: 1, seed: opts.seed });
    const samples = [];
    for (let i = 0; i < Math.min(opts.runs, 3); i++) {
      TOOLS.edition.clean(tiny);
      samples.push(await timedBuild(TOOLS.edition, tiny, 'baseline'));
    }
    baseline = { ms: median(samples.map((s) => s.ms)), kb: median(samples.map((s) => s.peakKb)) };
    log(`Edition 1-edition build: ${formatMs(baseline.ms)}, peak RSS ${formatKb(baseline.kb)}.`);
  }

  for (const n of opts.sizes) {
    const started = performance.now();
    const corpus = ensureCorpus({ workDir: opts.work, n, seed: opts.seed });
    resetCorpus(corpus);
    averageBytes.push(corpus.editions.reduce((sum, e) => sum + formats.edition(e).length, 0) / n);
    log(`N=${n}: corpus ${corpus.generated ? 'generated' : 'reused'} in ${formatMs(performance.now() - started)} at ${corpus.dir}`);
    for (const tool of tools) {
      results[tool.id][n] = Object.fromEntries(MODES.map((mode) => [mode, []]));
      for (let w = 0; w < opts.warmup; w++) {
        tool.clean(corpus);
        const s = await timedBuild(tool, corpus, 'warm-up');
        expectPageCount(tool, corpus, n);
        log(`N=${n} warm-up ${tool.label}: ${formatMs(s.ms)}, ${formatKb(s.peakKb)}`);
      }
    }
    for (let run = 1; run <= opts.runs; run++) {
      for (const tool of tools) {
        const samples = await cycle(tool, corpus, run, run === 1);
        for (const mode of MODES) results[tool.id][n][mode].push(samples[mode]);
        log(`N=${n} run ${run}/${opts.runs} ${tool.label}: ${MODES.map((m) => `${m} ${formatMs(samples[m].ms)}`).join(', ')}; peak ${formatKb(samples.cold.peakKb)} (load ${loadAverage()})`);
      }
    }
    if (tools.includes(TOOLS.edition)) {
      const publicDir = join(TOOLS.edition.project(corpus), 'public');
      outputs[n] = { site: treeSize(publicDir), search: treeSize(join(publicDir, 'pagefind')) };
      log(`N=${n} Edition's public/: ${outputs[n].site.files} files, ${formatKb(outputs[n].site.bytes / 1024)}; of them the search index pagefind/: ${outputs[n].search.files} files, ${formatKb(outputs[n].search.bytes / 1024)}.`);
    }
  }

  meta.loadEnd = loadAverage();
  meta.output = outputs;
  meta.averageKb = (averageBytes.reduce((a, b) => a + b, 0) / averageBytes.length / 1000).toFixed(1);
  const report = formatReport({ meta, sizes: opts.sizes, tools, results, baseline });
  process.stdout.write(`\n${report}`);
  writeFileSync(join(opts.work, 'results.md'), report);
  writeFileSync(join(opts.work, 'results.json'), `${JSON.stringify({ meta, sizes: opts.sizes, tools: tools.map((t) => ({ id: t.id, version: t.version })), baseline, results }, null, 1)}\n`);
  log(`\nSaved to ${join(opts.work, 'results.md')} and results.json.`);
}

/** Files under `dir` and their bytes (0 and 0 when it does not exist). */
function treeSize(dir) {
  let files = 0;
  let bytes = 0;
  let entries;
  try {
    entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  } catch {
    return { files, bytes };
  }
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    files++;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}

main().catch((cause) => {
  log(`bench: ${cause.message}`);
  process.exitCode = 1;
});
