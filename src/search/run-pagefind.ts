/**
 * Pagefind, the indexer: a separate program (npm `pagefind` installs it as
 * @pagefind/<platform>) that turns documents into the index files the search
 * page loads. Started only when an index must be made: a warm build never
 * starts it (it only reads the installed version, for the indexes' fingerprints).
 *
 * Edition speaks to the program itself, as Pagefind's own Node wrapper does
 * (`pagefind --service`: base64 JSON messages, each ended by a comma, on its
 * stdin and stdout), because the wrapper leaves its callers waiting for ever
 * when the program exits mid-index and prints stack traces when it cannot
 * start. Here the program is looked for where the wrapper looks (the same
 * environment variables, then the platform's package), checked before it is
 * started, and any way it stops rejects every request with IndexerStopped.
 */
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { arch, platform } from 'node:process';
import type { Readable, Writable } from 'node:stream';

/** One index's files, in memory (Pagefind's GetFiles), paths relative to its folder. */
export interface IndexFile {
  path: string;
  content: Uint8Array;
}

export interface IndexRequest {
  /** ISO 639-1: Pagefind's stemmer and word rules for every document, whatever its own language. */
  language: string;
  /** Fragments (one per edition) are bundled into at most this many files. */
  maxFragments: number;
  documents: Iterable<{ url: string; content: string }>;
}

/** A started Pagefind: index() as often as needed, then close(), which stops the program. */
export interface Indexer {
  index(request: IndexRequest): Promise<IndexFile[]>;
  close(): Promise<void>;
}

/** Pagefind could not be started, or stopped before it answered: the machine's problem, not the content's. */
export class IndexerStopped extends Error {
  override name = 'IndexerStopped';
}

/** How many documents are in flight to the program at once: enough to keep it busy, few enough to bound memory. */
const IN_FLIGHT = 64;

/** The program's names, preferred first, as Pagefind's wrapper tries them (resolveBinary.js). */
const PROGRAMS = ['pagefind_extended', 'pagefind'];

/**
 * Where the program is, as Pagefind's wrapper finds it: PAGEFIND_EXTENDED_BINARY_PATH
 * or PAGEFIND_BINARY_PATH when set, else the platform's npm package, resolved
 * from the `pagefind` package's folder (`pagefindPackage`), whose optional
 * dependency it is. Throws IndexerStopped, saying where it looked, when there
 * is no program to run there.
 */
export function findPagefind(pagefindPackage: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  for (const name of PROGRAMS) {
    const variable = `${name.toUpperCase()}_BINARY_PATH`;
    const path = env[variable];
    if (path) return runnable(path, `${variable} names ${path}`);
  }
  if (!pagefindPackage) throw new IndexerStopped('the npm package pagefind is not installed');
  const system = platform === 'win32' ? 'windows' : platform;
  const cpu = env.npm_config_arch || arch;
  const require = createRequire(join(pagefindPackage, 'package.json'));
  for (const name of PROGRAMS) {
    let path: string;
    try {
      path = require.resolve(`@pagefind/${system}-${cpu}/bin/${system === 'windows' ? `${name}.exe` : name}`);
    } catch {
      continue;
    }
    return runnable(path, path);
  }
  throw new IndexerStopped(`the npm package @pagefind/${system}-${cpu} is not installed`);
}

/** `path` when it is a file this process may run; `where` says how it was found, for the message. */
function runnable(path: string, where: string): string {
  let info;
  try {
    info = statSync(path, { throwIfNoEntry: false });
  } catch (cause) {
    throw new IndexerStopped(`${where}, which cannot be read (${(cause as NodeJS.ErrnoException).code ?? String(cause)})`);
  }
  if (!info) throw new IndexerStopped(`${where}, which does not exist`);
  if (!info.isFile()) throw new IndexerStopped(`${where}, which is not a file`);
  if (platform !== 'win32') {
    try {
      accessSync(path, constants.X_OK);
    } catch {
      throw new IndexerStopped(`${where}, which is not executable`);
    }
  }
  return path;
}

/** Start the program (see findPagefind); rejects with IndexerStopped when it cannot be found or started. */
export async function startIndexer(pagefindPackage: string | undefined): Promise<Indexer> {
  const service = await startService(findPagefind(pagefindPackage));
  return {
    async index({ language, maxFragments, documents }) {
      const created = await service.request({ type: 'NewIndex', config: { force_language: language, max_fragments: maxFragments } });
      const indexId = created.index_id;
      if (typeof indexId !== 'number') throw new Error('Pagefind made no index');
      try {
        await addAll(service, indexId, documents);
        const { files } = await service.request({ type: 'GetFiles', index_id: indexId });
        if (!Array.isArray(files)) throw new Error('Pagefind sent no files');
        return (files as { path: string; content: string }[]).map((file) => ({ path: file.path, content: Buffer.from(file.content, 'base64') }));
      } finally {
        // A stopped program has no index left to delete.
        await service.request({ type: 'DeleteIndex', index_id: indexId }).catch(() => undefined);
      }
    },
    close: () => service.stop(),
  };
}

/** Every document, a bounded number at a time; every failure is reported, none left unhandled. */
async function addAll(service: Service, indexId: number, documents: Iterable<{ url: string; content: string }>): Promise<void> {
  const inFlight = new Set<Promise<void>>();
  const failures: string[] = [];
  let stopped: IndexerStopped | undefined;
  for (const document of documents) {
    if (stopped) break;
    const added: Promise<void> = service.request({ type: 'AddFile', index_id: indexId, url: document.url, file_contents: document.content }).then(
      () => {
        inFlight.delete(added);
      },
      (cause: unknown) => {
        inFlight.delete(added);
        if (cause instanceof IndexerStopped) stopped = cause;
        else failures.push(`${document.url}: ${(cause as Error).message}`);
      },
    );
    inFlight.add(added);
    if (inFlight.size >= IN_FLIGHT) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  if (stopped) throw stopped;
  if (failures.length > 0) throw new Error(`Pagefind could not index ${failures.slice(0, 3).join(', ')}${failures.length > 3 ? ` and ${failures.length - 3} more` : ''}`);
}

type Payload = Record<string, unknown> & { type: string };

interface Service {
  /** Send one message; resolves with the answer's payload, rejects with its error or IndexerStopped. */
  request(payload: Payload): Promise<Payload>;
  /** Stop the program and wait until it has gone. */
  stop(): Promise<void>;
}

/** What the program last wrote to stderr, for the message when it stops: its own words, the last line. */
const STDERR_KEPT = 4096;

/** `pagefind --service`, started: resolves once it runs, rejects with IndexerStopped when it cannot. */
function startService(program: string): Promise<Service> {
  let child: ChildProcessByStdio<Writable, Readable, Readable>;
  try {
    child = spawn(program, ['--service'], { stdio: ['pipe', 'pipe', 'pipe'], windowsHide: true });
  } catch (cause) {
    return Promise.reject(new IndexerStopped(`${program} could not be run (${(cause as NodeJS.ErrnoException).code ?? String(cause)})`));
  }
  const waiting = new Map<number, { resolve: (payload: Payload) => void; reject: (cause: Error) => void }>();
  let lastId = 0;
  let stopped: IndexerStopped | undefined;
  let stopping = false;
  let stderr = '';
  const exited = new Promise<void>((resolve) => child.once('close', () => resolve()));

  /** The program has gone (or cannot talk): every request now and later rejects with the reason. */
  const fail = (reason: string) => {
    if (stopped) return;
    const said = stderr.trim().split('\n').at(-1)?.trim();
    stopped = new IndexerStopped(said ? `${reason}: ${said}` : reason);
    for (const { reject } of waiting.values()) reject(stopped);
    waiting.clear();
    if (child.exitCode === null && child.signalCode === null) child.kill();
  };

  const answer = (message: string) => {
    let parsed: { message_id?: unknown; payload?: Payload };
    try {
      parsed = JSON.parse(Buffer.from(message, 'base64').toString('utf8')) as typeof parsed;
    } catch {
      return fail('it sent a message Edition cannot read');
    }
    const payload = parsed.payload;
    let id = parsed.message_id;
    if (typeof id !== 'number' && payload?.type === 'Error' && typeof payload.original_message === 'string') {
      // An error about a message it could not read names that message only by its text.
      try {
        id = (JSON.parse(payload.original_message) as { message_id?: unknown }).message_id;
      } catch {
        id = undefined;
      }
    }
    const request = typeof id === 'number' ? waiting.get(id) : undefined;
    if (!request || !payload) {
      if (payload?.type === 'Error') fail(`it reported ${String(payload.message)}`);
      return;
    }
    waiting.delete(id as number);
    if (payload.type === 'Error') request.reject(new Error(`Pagefind: ${String(payload.message)}`));
    else request.resolve(payload);
  };

  // Messages end with a comma (base64 has none); one may arrive in many chunks, many in one.
  let partial: string[] = [];
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    let start = 0;
    for (let end = chunk.indexOf(',', start); end !== -1; end = chunk.indexOf(',', start)) {
      partial.push(chunk.slice(start, end));
      const message = partial.join('');
      partial = [];
      start = end + 1;
      answer(message);
    }
    if (start < chunk.length) partial.push(chunk.slice(start));
  });
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-STDERR_KEPT);
  });
  // A program that stops reading has stopped working: it is ended, and its exit says why when it ended itself.
  let deaf: string | undefined;
  child.stdin.on('error', (cause: NodeJS.ErrnoException) => {
    deaf ??= `it stopped reading its input (${cause.code ?? cause.message})`;
    if (child.exitCode === null && child.signalCode === null) child.kill();
  });
  // Its last words on stderr may come after its exit: it has stopped when its pipes close too (or a second
  // after its exit, when a process it started keeps them open).
  let ended: string | undefined;
  child.on('exit', (code, signal) => {
    ended = code !== null ? `exit code ${code}` : (deaf ?? `signal ${signal}`);
    if (!stopping) setTimeout(() => fail(ended!), 1000).unref();
  });
  child.on('close', () => {
    if (!stopping) fail(ended ?? 'it stopped');
  });

  const service: Service = {
    request(payload) {
      if (stopped) return Promise.reject(stopped);
      const id = ++lastId;
      return new Promise<Payload>((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        child.stdin.write(`${Buffer.from(JSON.stringify({ message_id: id, payload })).toString('base64')},`);
      });
    },
    async stop() {
      stopping = true;
      fail('it was stopped');
      child.stdin.destroy();
      await exited;
    },
  };

  return new Promise<Service>((resolve, reject) => {
    child.once('spawn', () => resolve(service));
    child.on('error', (cause: NodeJS.ErrnoException) => {
      // Before 'spawn': it never ran (ENOENT, EACCES, ENOEXEC…). After: it cannot be talked to any more.
      fail(`${program} could not be run (${cause.code ?? cause.message})`);
      reject(stopped);
    });
  });
}
