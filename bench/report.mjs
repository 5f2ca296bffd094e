/**
 * Turns the measurements into one Markdown report: medians per tool and N,
 * then the goals of issue 6 ("Speed at scale") as ratios with pass/fail marks.
 * Cells are padded so the same text reads as a table in a terminal.
 */

export const MODES = ['cold', 'warm', 'change', 'add'];
const MODE_LABELS = { cold: 'cold', warm: 'warm', change: 'one changed', add: 'one added' };

export function median(values) {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const int = (n) => n.toLocaleString('en-US');
export const formatMs = (ms) => (ms === undefined ? '–' : ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`);
/** Decimal megabytes, as the goal (400 MB) is written. */
export const formatKb = (kb) => (kb === undefined ? '–' : `${Math.round((kb * 1024) / 1e6)} MB`);
const ratio = (r) => (r === undefined ? '–' : `${r.toFixed(2)}×`);
const mark = (ok) => (ok === undefined ? 'n/a' : ok ? 'pass ✓' : 'FAIL ✗');

function table(header, rows, align) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => String(row[i]).length)));
  const line = (cells) => `| ${cells.map((cell, i) => (align[i] === 'r' ? String(cell).padStart(widths[i]) : String(cell).padEnd(widths[i]))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (align[i] === 'r' ? `${'-'.repeat(w + 1)}:` : `${'-'.repeat(w + 2)}`)).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

/** Medians of one tool at one N: { cold, warm, change, add, rssKb } (undefined where not measured). */
export function summarize(samples) {
  if (!samples) return undefined;
  return {
    ...Object.fromEntries(MODES.map((mode) => [mode, median(samples[mode].map((s) => s.ms))])),
    rssKb: median(samples.cold.map((s) => s.peakKb)),
  };
}

function goalRows(n, ed, ev, hu) {
  const below = (value, limit) => (value === undefined || limit === undefined ? undefined : value < limit);
  const r = (a, b) => (a === undefined || b === undefined ? undefined : a / b);
  const coldVsEleventy = r(ed?.cold, ev?.cold);
  const warmVsHugo = r(ed?.warm, hu?.cold);
  const rssVsEleventy = r(ed?.rssKb, ev?.rssKb);
  return [
    [int(n), 'Edition cold ÷ Eleventy cold', ratio(coldVsEleventy), '< 1×', mark(below(coldVsEleventy, 1))],
    [int(n), 'Edition warm ÷ Hugo cold', ratio(warmVsHugo), '< 0.25×', mark(below(warmVsHugo, 0.25))],
    [int(n), 'Edition warm', formatMs(ed?.warm), '< 2 s', mark(below(ed?.warm, 2000))],
    [int(n), 'Edition one changed', formatMs(ed?.change), '< 500 ms', mark(below(ed?.change, 500))],
    [int(n), 'Edition one added', formatMs(ed?.add), '< 500 ms', mark(below(ed?.add, 500))],
    [int(n), 'Edition peak RSS, cold', rssVsEleventy === undefined ? formatKb(ed?.rssKb) : `${formatKb(ed?.rssKb)} (${ratio(rssVsEleventy)} Eleventy)`, '< 400 MB', mark(below(ed?.rssKb, 400_000_000 / 1024))],
  ];
}

/**
 * Peak RSS above a 1-edition build, per edition, at each N: linear growth keeps it
 * level as N grows. Pass when the largest N's is at most 1.25× the smallest N's.
 */
function memoryGrowthRow(sizes, summaries, baselineKb) {
  const perEdition = sizes
    .filter((n) => n > 1 && summaries[n]?.rssKb !== undefined)
    .map((n) => [n, (summaries[n].rssKb - baselineKb) / (n - 1)]);
  if (baselineKb === undefined || perEdition.length < 2) {
    return ['–', 'Edition peak RSS per edition, above a 1-edition build', 'needs two N', '≤ linear', mark(undefined)];
  }
  const text = perEdition.map(([n, kb]) => `${int(n)}: ${kb.toFixed(1)} KB/edition`).join(', ');
  const first = perEdition[0][1];
  const last = perEdition.at(-1)[1];
  return [
    `${int(perEdition[0][0])} → ${int(perEdition.at(-1)[0])}`,
    'Edition peak RSS per edition, above a 1-edition build',
    text,
    '≤ linear (≤ 1.25×)',
    mark(last <= Math.max(first, 0) * 1.25 + 1),
  ];
}

/** The whole report as Markdown. */
export function formatReport({ meta, sizes, tools, results, baseline }) {
  const summaries = Object.fromEntries(tools.map((t) => [t.id, Object.fromEntries(sizes.map((n) => [n, summarize(results[t.id]?.[n])]))]));
  const resultRows = sizes.flatMap((n) =>
    tools.map((t) => {
      const s = summaries[t.id][n];
      return [t.label, int(n), ...MODES.map((mode) => formatMs(s?.[mode])), formatKb(s?.rssKb)];
    }),
  );
  const edition = summaries.edition ?? {};
  const goals = [
    ...sizes.flatMap((n) => goalRows(n, edition[n], summaries.eleventy?.[n], summaries.hugo?.[n])),
    memoryGrowthRow(sizes, edition, baseline?.kb),
  ];
  return [
    `## Edition benchmark (${meta.date})`,
    '',
    `- Machine: ${meta.cpus} × ${meta.cpuModel}, ${meta.memory} RAM; load average ${meta.loadStart} at start, ${meta.loadEnd} at end.`,
    `- Versions: Node.js ${meta.node}; ${tools.map((t) => `${t.label} ${t.version ?? ''}`.trim()).join('; ')}${meta.skipped.length ? `; skipped: ${meta.skipped.join('; ')}` : ''}.`,
    `- Corpus: seed "${meta.seed}", editions of ${meta.averageKb} KB Markdown on average; ${meta.runs} run${meta.runs === 1 ? '' : 's'} per cell (median), ${meta.warmup} untimed warm-up build${meta.warmup === 1 ? '' : 's'} per tool and N.`,
    '- Modes: cold = no cache and no output; warm = again, nothing changed; one changed = the newest edition\'s first paragraph edited; one added = a new newest edition. Wall time of the whole command, startup included.',
    `- Peak RSS: of the cold build's process tree (${meta.memorySource}).`,
    ...(meta.npmStartMs === undefined ? [] : [`- "Edition (npm run build)" is the README's command; npm's own start-up (\`npm run\` of a missing script with --if-present) is ${formatMs(meta.npmStartMs)} of it.`]),
    ...(baseline ? [`- Edition's fixed cost, a 1-edition cold build: ${formatMs(baseline.ms)}, ${formatKb(baseline.kb)}.`] : []),
    '',
    table(['Tool', 'N', ...MODES.map((m) => MODE_LABELS[m]), 'peak RSS (cold)'], resultRows, ['l', 'r', 'r', 'r', 'r', 'r', 'r']),
    '',
    ...(meta.output && Object.keys(meta.output).length
      ? [
          'What Edition\'s build leaves in public/ (after the last one-added build), and of it the search index (pagefind/):',
          '',
          table(
            ['N', 'files', 'bytes', 'search files', 'search bytes'],
            Object.entries(meta.output).map(([n, o]) => [int(Number(n)), int(o.site.files), formatKb(o.site.bytes / 1024), int(o.search.files), formatKb(o.search.bytes / 1024)]),
            ['r', 'r', 'r', 'r', 'r'],
          ),
          '',
        ]
      : []),
    'Goals of issue 6 (stated for N = 10,000; rows at other N are indicative):',
    '',
    table(['N', 'Goal', 'Measured', 'Target', 'Result'], goals, ['r', 'l', 'l', 'l', 'l']),
    '',
  ].join('\n');
}
