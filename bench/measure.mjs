/**
 * Run one command and measure it: wall time, and peak resident memory.
 *
 * Peak memory comes from two sources, and the larger wins:
 * - GNU time's %M (`/usr/bin/time`, Debian package `time`): the kernel's exact
 *   high-water RSS of the largest single process in the tree (rusage maxrss);
 *   works the same for node and for Go binaries such as hugo.
 * - Sampling /proc every SAMPLE_MS: the sum of RSS over the whole process tree,
 *   so a build that forks worker processes is counted whole. Samples can miss
 *   a short spike; that is what the exact %M covers for a single process.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const GNU_TIME = '/usr/bin/time';
const SAMPLE_MS = 100;
const PAGE_KB = 4;

export const hasGnuTime = () => existsSync(GNU_TIME);

/** Parent pid of `pid`, from /proc/PID/stat (the command name may hold spaces and parentheses). */
function parentOf(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined;
  }
}

/** `root` and every process below it. */
function processTree(root) {
  const children = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const parent = parentOf(name);
    if (parent === undefined) continue;
    if (!children.has(parent)) children.set(parent, []);
    children.get(parent).push(Number(name));
  }
  const tree = [];
  for (const queue = [root]; queue.length > 0; ) {
    const pid = queue.pop();
    tree.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

/** Resident KiB of `pid` (0 once it has gone). */
function residentKb(pid) {
  try {
    return Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_KB;
  } catch {
    return 0;
  }
}

/**
 * Run `command args` in `cwd`; resolves with { ms, peakKb, exactKb, sampledKb, code, stdout, stderr }.
 * The `time` wrapper's own few hundred KiB are left out of the sampled sum.
 */
export function measure(command, args, { cwd, env = process.env } = {}) {
  const useTime = hasGnuTime();
  const dir = useTime ? mkdtempSync(join(tmpdir(), 'edition-bench-')) : undefined;
  const timeFile = dir && join(dir, 'time.txt');
  const [file, argv] = useTime ? [GNU_TIME, ['-f', '%M', '-o', timeFile, command, ...args]] : [command, args];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(file, argv, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    let sampledKb = 0;
    const sample = () => {
      const pids = processTree(child.pid).filter((pid) => !(useTime && pid === child.pid));
      sampledKb = Math.max(sampledKb, pids.reduce((sum, pid) => sum + residentKb(pid), 0));
    };
    const timer = setInterval(sample, SAMPLE_MS);
    child.on('error', (cause) => {
      clearInterval(timer);
      reject(cause);
    });
    child.on('close', (code) => {
      const ms = performance.now() - started;
      clearInterval(timer);
      let exactKb;
      if (timeFile) {
        const lines = existsSync(timeFile) ? readFileSync(timeFile, 'utf8').trim().split('\n') : [];
        exactKb = Number(lines.at(-1)) || undefined;
        rmSync(dir, { recursive: true, force: true });
      }
      resolve({ ms, peakKb: Math.max(exactKb ?? 0, sampledKb), exactKb, sampledKb, code, stdout, stderr });
    });
  });
}
