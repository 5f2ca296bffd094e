/**
 * The real command line (dist/cli.js, bundled by the tests' global setup) in a
 * child process, with what the fuzz properties need to know about the run:
 * its exit code or signal, all of its output, how long it took and its peak
 * memory (max RSS, reported by the child itself as it exits).
 */
import { spawn } from 'node:child_process';
import { CLI } from '../helpers/cli.js';

export interface MeasuredRun {
  /** The exit code; null when a signal ended the process. */
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
  /** Peak resident memory of the child, in bytes. */
  maxRss: number;
}

const MAX_RSS_MARK = '\n[max-rss] ';
/** Written by the child as it exits, to stderr after everything else. */
const REPORT_MAX_RSS = `data:text/javascript,process.on("exit",()=>process.stderr.write(${JSON.stringify(MAX_RSS_MARK)}+process.resourceUsage().maxRSS*1024))`;

/** `edition ...args` in `cwd`, killed after `timeoutMs`. `nodeOptions` go before the script (e.g. a heap limit). */
export function runMeasured(args: readonly string[], cwd: string, options: { timeoutMs?: number; nodeOptions?: string[] } = {}): Promise<MeasuredRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [...(options.nodeOptions ?? []), '--import', REPORT_MAX_RSS, CLI, ...args], {
      cwd,
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: options.timeoutMs ?? 60_000,
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const ms = performance.now() - started;
      const stderrAll = Buffer.concat(err).toString('utf8');
      const mark = stderrAll.lastIndexOf(MAX_RSS_MARK);
      const maxRss = mark === -1 ? Number.NaN : Number(stderrAll.slice(mark + MAX_RSS_MARK.length));
      resolve({ code, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: mark === -1 ? stderrAll : stderrAll.slice(0, mark), ms, maxRss });
    });
  });
}

/** A stack frame as Node prints one ("    at fn (file.js:1:2)"), or the CLI's report of an unexpected error. */
export const STACK_TRACE = /^\s+at .*(?:\(.*:\d+:\d+\)|:\d+:\d+)$|Internal error|Please report this/m;
