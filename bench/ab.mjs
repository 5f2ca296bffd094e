#!/usr/bin/env node
/**
 * Two builds of Edition side by side on one corpus, run in turn (A, B, A,
 * B…) so the machine's drift hits both alike: how a change on the build path
 * is measured against the commit before it.
 *
 *   node bench/ab.mjs --a /tmp/old/dist/cli.js --b dist/cli.js --n 1000 --pairs 5
 *
 * Scenarios: cold (output and cache deleted), warm (nothing changed), one
 * changed (the newest edition edited, then restored). Medians and ranges in ms.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CORPUS_VERSION } from './corpus.mjs';

const { values } = parseArgs({
  options: {
    a: { type: 'string' },
    b: { type: 'string', default: 'dist/cli.js' },
    n: { type: 'string', default: '1000' },
    pairs: { type: 'string', default: '5' },
    scenarios: { type: 'string', default: 'cold,warm,changed' },
    // An older corpus version, for a commit before the settings the current one uses: e.g. --corpus-version 1.
    'corpus-version': { type: 'string', default: String(CORPUS_VERSION) },
  },
});
if (!values.a) throw new Error('--a OLD/dist/cli.js is required');
const corpus = resolve(`bench/.work/corpus-v${values['corpus-version']}-edition-bench-${values.n}/edition`);
if (!existsSync(corpus)) throw new Error(`no corpus of ${values.n}: run npm run bench -- --n ${values.n} --runs 1 first`);
/** Each side builds its own copy, so neither reads the other's cache or output. */
const sides = Object.entries({ A: values.a, B: values.b }).map(([name, cli]) => {
  const project = resolve(`bench/.work/ab-${name}-${values.n}`);
  rmSync(project, { recursive: true, force: true });
  cpSync(join(corpus, 'content'), join(project, 'content'), { recursive: true });
  const editions = join(project, 'content/editions');
  const newest = join(editions, readdirSync(editions).sort().at(-1));
  return { name, cli: resolve(cli), project, newest, original: readFileSync(newest, 'utf8') };
});

function run({ cli, project }) {
  const started = performance.now();
  execFileSync(process.execPath, [cli, 'build', '--root', project, '--quiet'], { stdio: ['ignore', 'ignore', 'inherit'] });
  return performance.now() - started;
}
function clear({ project }) {
  for (const entry of readdirSync(project)) if (entry === 'public' || entry.startsWith('.edition-')) rmSync(join(project, entry), { recursive: true, force: true });
}

const samples = {};
for (const scenario of values.scenarios.split(',')) {
  for (let pair = 0; pair < Number(values.pairs); pair++) {
    for (const side of sides) {
      if (scenario === 'cold') clear(side);
      else if (!existsSync(join(side.project, 'public'))) run(side);
      if (scenario === 'changed') writeFileSync(side.newest, side.original.replace(/\n\n/, `\n\nEdited ${pair}.\n\n`));
      (samples[`${scenario} ${side.name}`] ??= []).push(run(side));
    }
  }
}
for (const side of sides) rmSync(side.project, { recursive: true, force: true });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`| N = ${values.n} | median | min–max |\n|---|--:|--:|`);
for (const [name, xs] of Object.entries(samples)) {
  console.log(`| ${name} | ${median(xs).toFixed(0)} ms | ${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)} ms |`);
}
