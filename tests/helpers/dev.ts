/** Drive `edition dev` as an editor would: start it on a free port, read its reload channel, stop it. */
import { spawn, type ChildProcess } from 'node:child_process';
import { CLI } from './cli.js';

export interface DevProcess {
  /** http://127.0.0.1:PORT/ (the server prints localhost; tests use the loopback address it is bound to). */
  url: string;
  port: number;
  child: ChildProcess;
  /** Everything printed so far, stdout and stderr together. */
  output(): string;
  /** Resolves when the output contains `text` (bounded by `timeoutMs`). */
  waitForOutput(text: string | RegExp, timeoutMs?: number): Promise<void>;
  /** Ctrl+C, then wait for the exit code. */
  stop(): Promise<number | null>;
}

/** Start `edition dev --port 0 ...args` in `root`; resolves once it prints its address. */
export async function startDev(root: string, args: readonly string[] = []): Promise<DevProcess> {
  const child = spawn(process.execPath, [CLI, 'dev', '--port', '0', ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const listeners = new Set<() => void>();
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    for (const listener of listeners) listener();
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

  const waitForOutput = (text: string | RegExp, timeoutMs = 15_000) =>
    new Promise<void>((resolve, reject) => {
      const found = () => (typeof text === 'string' ? output.includes(text) : text.test(output));
      if (found()) return resolve();
      const timer = setTimeout(() => {
        listeners.delete(check);
        reject(new Error(`timed out waiting for ${String(text)} in:\n${output}`));
      }, timeoutMs);
      const check = () => {
        if (!found()) return;
        clearTimeout(timer);
        listeners.delete(check);
        resolve();
      };
      listeners.add(check);
      void exited.then(() => {
        if (!found()) {
          clearTimeout(timer);
          reject(new Error(`edition dev exited before printing ${String(text)}:\n${output}`));
        }
      });
    });

  await waitForOutput(/at http:\/\/localhost:\d+\//);
  const port = Number(/at http:\/\/localhost:(\d+)\//.exec(output)![1]);
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    child,
    output: () => output,
    waitForOutput,
    async stop() {
      if (child.exitCode === null) child.kill('SIGINT');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}

export interface ServerEvent {
  event: string;
  data: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- JSON from the server, checked by each test
}

export interface EventStream {
  /** The next event that matches, waiting at most `timeoutMs`. Earlier events are consumed. */
  next(predicate?: (e: ServerEvent) => boolean, timeoutMs?: number): Promise<ServerEvent>;
  close(): void;
}

/** Listen on the reload channel like a page does. */
export async function openEvents(baseUrl: string): Promise<EventStream> {
  const controller = new AbortController();
  const response = await fetch(new URL('__edition/events', baseUrl), { signal: controller.signal });
  if (!response.ok || !response.body) throw new Error(`reload channel answered ${response.status}`);
  const queue: ServerEvent[] = [];
  let wake: (() => void) | undefined;
  let buffer = '';
  void (async () => {
    const decoder = new TextDecoder();
    try {
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let end;
        while ((end = buffer.indexOf('\n\n')) !== -1) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (event && data) queue.push({ event, data: JSON.parse(data) });
          wake?.();
        }
      }
    } catch {
      // closed
    }
  })();
  return {
    async next(predicate = () => true, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        while (queue.length > 0) {
          const event = queue.shift()!;
          if (predicate(event)) return event;
        }
        const left = deadline - Date.now();
        if (left <= 0) throw new Error('timed out waiting for an event on the reload channel');
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left);
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
    },
    close: () => controller.abort(),
  };
}
