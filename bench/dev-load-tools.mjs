/**
 * What bench/dev-load.mjs and tests/e2e/dev-load.test.ts share: `edition dev`
 * started with the probe loaded into it (bench/dev-load-probe.mjs), plain GETs
 * on connections of their own, and reload-channel connections by the hundred.
 * Everything talks to 127.0.0.1 only.
 */
import { fork } from 'node:child_process';
import { get } from 'node:http';
import { connect } from 'node:net';
import { fileURLToPath } from 'node:url';

const PROBE = fileURLToPath(new URL('./dev-load-probe.mjs', import.meta.url));

/**
 * `node --expose-gc --import probe <cli> dev --port 0 ...args` in `root` (args default: --quiet).
 * Resolves once the first build is served, with its port and `ask(type)`:
 * 'stats' (heap after gc, handles, listeners, connections, reload clients)
 * or 'idle' (no rebuild waiting or running).
 */
export async function startProbedDev({ cli, root, args = ['--quiet'], timeoutMs = 120_000 }) {
  const child = fork(cli, ['dev', '--port', '0', ...args], {
    cwd: root,
    execArgv: ['--expose-gc', '--import', PROBE],
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
  const waiting = new Map();
  let nextId = 0;
  child.on('message', (message) => {
    const key = message.id ?? message.type;
    const done = waiting.get(key);
    if (done) {
      waiting.delete(key);
      done(message);
    }
  });
  const ask = (type) =>
    new Promise((resolve, reject) => {
      const id = ++nextId;
      waiting.set(id, (message) => (message.error ? reject(new Error(message.error)) : resolve(message[type] ?? message)));
      child.send({ type, id });
    });
  let timer;
  const ready = await Promise.race([
    new Promise((resolve) => waiting.set('ready', resolve)),
    exited.then((code) => Promise.reject(new Error(`edition dev exited with ${code} before it was ready:\n${output}`))),
    new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`edition dev was not ready after ${timeoutMs} ms:\n${output}`)), timeoutMs))),
  ]).finally(() => clearTimeout(timer));
  return {
    port: ready.port,
    ask,
    output: () => output,
    /** Ctrl+C, then the exit code (SIGKILL after 10 s). */
    async stop() {
      if (child.exitCode === null) child.kill('SIGINT');
      const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
      const code = await exited;
      clearTimeout(kill);
      return code;
    },
  };
}

/** GET `path` on a connection of its own (closed after), so no pooled connection lingers into the counts. */
export function getText(port, path) {
  return new Promise((resolve, reject) => {
    get({ host: '127.0.0.1', port, path, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode, body }));
    }).on('error', reject);
  });
}

/**
 * Open `count` connections to the reload channel, `batch` at a time, each
 * until its "hello" arrives. Resolves with the sockets and the slowest hello
 * in ms; each socket's `updates` then counts the "update" events it gets.
 * Errors after the hello (a reset on drop) are expected and ignored.
 */
export async function openReloads(port, count, batch = 100) {
  const sockets = [];
  let slowest = 0;
  const open = () => {
    const begun = performance.now();
    return new Promise((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => socket.write(`GET /__edition/events HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`));
      let text = '';
      let hello = false;
      socket.updates = 0;
      socket.on('data', (chunk) => {
        text += chunk;
        if (!hello && text.includes('event: hello')) {
          hello = true;
          slowest = Math.max(slowest, performance.now() - begun);
          resolve(socket);
        }
        // Chunked transfer encoding puts a size line before each event: look for the event line anywhere in the block.
        const events = text.split('\n\n');
        text = events.pop();
        socket.updates += events.filter((event) => event.includes('event: update')).length;
      });
      socket.on('error', reject);
    });
  };
  for (let start = 0; start < count; start += batch) {
    sockets.push(...(await Promise.all(Array.from({ length: Math.min(batch, count - start) }, open))));
  }
  return { sockets, slowest };
}

/** Drop reload connections: half reset (a crashed tab), half closed (a tab closed). */
export function dropAll(sockets) {
  sockets.forEach((socket, i) => (i % 2 ? socket.end() : socket.resetAndDestroy()));
}
