/**
 * How many cases each fuzz property runs, and from which seed.
 *
 * In `npm test` every property runs a small, fixed number of cases from a
 * fixed seed, so CI is deterministic and a failure reproduces on any machine.
 * `npm run fuzz` (scripts/fuzz.mjs) sets FUZZ_RUNS and FUZZ_SEED to run many
 * more cases from a random seed; to replay a failure it printed, run
 * `FUZZ_SEED=<seed> npm run fuzz` (fast-check prints the seed and the
 * shrunk counterexample of every failure, and the path to replay it).
 */
import type { Parameters } from 'fast-check';

/** The seed every property uses by default: issue 15. */
export const DEFAULT_SEED = 15;

const runsFromEnv = process.env.FUZZ_RUNS ? Number(process.env.FUZZ_RUNS) : undefined;
const seedFromEnv = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
if (runsFromEnv !== undefined && !(Number.isInteger(runsFromEnv) && runsFromEnv > 0)) {
  throw new Error(`FUZZ_RUNS must be a whole number above 0, found "${process.env.FUZZ_RUNS}".`);
}
if (seedFromEnv !== undefined && !Number.isInteger(seedFromEnv)) {
  throw new Error(`FUZZ_SEED must be a whole number, found "${process.env.FUZZ_SEED}".`);
}

/** True under `npm run fuzz`: long runs, no per-test time limit. */
export const FUZZING = runsFromEnv !== undefined;

/**
 * fast-check parameters for one property: `ciRuns` cases in `npm test`;
 * under `npm run fuzz`, FUZZ_RUNS × `share` (expensive properties, such as
 * those that start a process per case, take a smaller share).
 */
export function fuzzParameters<T>(name: string, ciRuns: number, share = 1): Parameters<T> {
  const numRuns = runsFromEnv === undefined ? ciRuns : Math.max(1, Math.round(runsFromEnv * share));
  const seed = seedFromEnv ?? DEFAULT_SEED;
  if (FUZZING) console.log(`[fuzz] ${name}: ${numRuns} runs, seed ${seed}`);
  // endOnFailure: shrinking a failing build can take minutes; the first counterexample and its seed are enough to replay it.
  return { numRuns, seed, endOnFailure: !FUZZING, verbose: 1 };
}

/** A test's time limit: `ciMs` in `npm test`, none while fuzzing (the runs decide how long it takes). */
export function fuzzTimeout(ciMs: number): number {
  return FUZZING ? 24 * 60 * 60 * 1000 : ciMs;
}
