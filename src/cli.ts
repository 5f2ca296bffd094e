#!/usr/bin/env node
/**
 * The `edition` program: the only module that touches `process`. It hands the
 * subcommands a small Io (streams, cwd, clock, a Ctrl+C signal) and sets the
 * exit code; anything unexpected is reported as an internal error, once.
 */
import { main } from './cli/main.js';
import { describeSystemError } from './cli/report.js';
import type { Io } from './cli/io.js';

const stop = new AbortController();
// The first Ctrl+C asks a running command (the dev server) to stop cleanly; a second one exits at once.
process.on('SIGINT', () => {
  if (stop.signal.aborted) process.exit(130);
  stop.abort();
});
process.on('SIGTERM', () => stop.abort());

const io: Io = {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  signal: stop.signal,
  now: () => Date.now(),
  env: process.env,
};

main(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (cause: unknown) => {
    const trouble = describeSystemError(cause);
    if (trouble) {
      process.stderr.write(`${trouble}\n`);
      process.exitCode = 1;
      return;
    }
    process.stderr.write(
      `Internal error: ${(cause as Error)?.stack ?? String(cause)}\nPlease report this; it is a bug in Edition, not in your content.\n`,
    );
    process.exitCode = 70;
  },
);
