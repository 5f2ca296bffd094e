#!/usr/bin/env node
/**
 * A digest of everything `edition build` writes, for proving that a change
 * which must not alter the output did not: run it before and after, compare.
 *
 *   node bench/output-digest.mjs                  # the seed site and a 1,000-edition corpus
 *   node bench/output-digest.mjs --n 200 --list   # every file's hash, not just the totals
 *
 * Each site is built cold (no cache) and then warm, with the compiled CLI
 * (dist/cli.js, so run `npm run compile` first); the two must agree, and the
 * printed digest is the one to compare across commits.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ensureCorpus } from './corpus.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ options: { n: { type: 'string', default: '1000' }, list: { type: 'boolean', default: false } } });

function filesUnder(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function digestOf(dir) {
  const total = createHash('sha256');
  const lines = filesUnder(dir).map((path) => {
    const hash = createHash('sha256').update(readFileSync(join(dir, path))).digest('hex');
    total.update(`${path}\0${hash}\n`);
    return `${hash}  ${path}`;
  });
  return { digest: total.digest('hex'), lines };
}

function build(project) {
  execFileSync(process.execPath, [join(root, 'dist/cli.js'), 'build', '--quiet'], { cwd: project, stdio: ['ignore', 'ignore', 'inherit'] });
  return digestOf(join(project, 'public'));
}

function digestSite(name, source) {
  const project = mkdtempSync(join(tmpdir(), 'edition-digest-'));
  try {
    cpSync(source, join(project, 'content'), { recursive: true });
    const cold = build(project);
    const warm = build(project);
    if (cold.digest !== warm.digest) throw new Error(`${name}: a warm build differs from the cold one`);
    console.log(`${cold.digest}  ${name} (${cold.lines.length} files)`);
    if (values.list) for (const line of cold.lines) console.log(`  ${line}`);
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
}

digestSite('seed site', join(root, 'content'));
const corpus = ensureCorpus({ workDir: join(root, 'bench/.work'), n: Number(values.n), seed: 'edition-bench' });
digestSite(`${values.n}-edition corpus`, join(corpus.dir, 'edition/content'));
