/** Run the bundled command line (dist/cli.js, made by the global setup) as an editor would. */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { REPO } from './site.js';

export const CLI = join(REPO, 'dist/cli.js');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** `edition ...args` in `cwd`; resolves with the exit code and output whatever the code. */
export function runCli(args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [CLI, ...args],
      { cwd: options.cwd ?? REPO, env: { ...process.env, ...options.env }, timeout: 30_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}
