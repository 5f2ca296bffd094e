/** What a command may use of the outside world: cli.ts fills it from `process`, tests can fill it from buffers. */

/** A place to write text: process.stdout or process.stderr, or a test's buffer. */
export interface Output {
  write(text: string): unknown;
  /** True on an interactive terminal: progress lines are shown only there. */
  isTTY?: boolean;
}

export interface Io {
  stdout: Output;
  stderr: Output;
  /** The folder the command was started in; --root and --content are relative to it. */
  cwd: string;
  /** Aborted on Ctrl+C: a long-running command (dev) stops cleanly and returns. */
  signal: AbortSignal;
  /** The current time in ms; injected so scaffolding and tests agree on "today". */
  now(): number;
  /** Environment variables (SMTP_URL, EMAIL_FROM for edition send). */
  env: Readonly<Record<string, string | undefined>>;
}

/** Exit codes: 0 all good, 1 problems in the content or the environment, 2 the command line itself is wrong. */
export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

/** A one-line message for the editor and the exit code to end with; thrown by commands, printed once by the CLI. */
export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(
    message: string,
    readonly exitCode: number = EXIT.problems,
  ) {
    super(message);
  }
}

/** The command line is wrong (unknown option, missing argument): exit code 2. */
export class UsageError extends CliError {
  constructor(message: string) {
    super(message, EXIT.usage);
  }
}
