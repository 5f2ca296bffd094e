#!/usr/bin/env node
/**
 * `npm run fuzz`: the property-based fuzz tests (tests/fuzz/) with many more
 * cases than `npm test` runs, from a random seed, one test file at a time.
 *
 *   FUZZ_RUNS  cases per property (default 300; properties that start a process per case run a tenth)
 *   FUZZ_SEED  the seed (default: a random one, printed so a failure can be replayed)
 *
 * Replay a failure with the seed it printed: FUZZ_SEED=123 FUZZ_RUNS=300 npm run fuzz.
 * Extra arguments go to vitest, e.g. `npm run fuzz -- tests/fuzz/cli.test.ts`.
 */
import { spawnSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const runs = process.env.FUZZ_RUNS ?? '300';
const seed = process.env.FUZZ_SEED ?? String(randomInt(2 ** 31));
const args = process.argv.slice(2);
console.log(`Fuzzing with FUZZ_RUNS=${runs} FUZZ_SEED=${seed}; replay with: FUZZ_SEED=${seed} FUZZ_RUNS=${runs} npm run fuzz`);
const started = Date.now();
const result = spawnSync(
  process.execPath,
  ['node_modules/vitest/vitest.mjs', 'run', '--no-file-parallelism', ...(args.length > 0 ? args : ['tests/fuzz'])],
  { cwd: root, stdio: 'inherit', env: { ...process.env, FUZZ_RUNS: runs, FUZZ_SEED: seed } },
);
console.log(`Fuzzing with seed ${seed} ${result.status === 0 ? 'found nothing' : 'FAILED'} in ${Math.round((Date.now() - started) / 1000)} s.`);
process.exit(result.status ?? 1);
