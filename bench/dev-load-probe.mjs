/**
 * Loaded into `edition dev` by bench/dev-load.mjs (`node --expose-gc --import
 * ./bench/dev-load-probe.mjs dist/cli.js dev ...`, with an IPC channel): it
 * picks up the dev server from the diagnostics channel it is published on and
 * answers the harness's questions over IPC, so what is measured is the real
 * command, bundled as editors run it.
 *
 *   { type: 'stats', id }  →  { type: 'stats', id, stats }   heap after gc, handles, listeners, reload clients (while no rebuild runs)
 *   { type: 'idle', id }   →  { type: 'idle', id }            once no rebuild is waiting or running
 */
import { subscribe } from 'node:diagnostics_channel';
import { setTimeout as sleep } from 'node:timers/promises';
import { isMainThread } from 'node:worker_threads';

const CHANNEL = 'edition:dev-server'; // DEV_SERVER_CHANNEL in src/dev/dev-server.ts
let server;

// Worker threads (the build's render pool) inherit --import: the probe belongs to the main thread only.
if (isMainThread) start();

function start() {
  if (!process.send || typeof globalThis.gc !== 'function') {
    throw new Error('dev-load-probe.mjs needs an IPC channel and node --expose-gc');
  }
  // The IPC channel must not keep the preview alive after Ctrl+C; and when the harness goes away, stop as on Ctrl+C.
  process.channel?.unref();
  process.once('disconnect', () => process.kill(process.pid, 'SIGINT'));

  subscribe(CHANNEL, (devServer) => {
    server = devServer;
    process.send({ type: 'ready', port: devServer.port, url: devServer.url });
  });

  /**
   * Heap after full collections, and every count that must come back down
   * after the load, taken while no rebuild runs: a save seen late (the
   * watcher's second look, a slow file event) would otherwise be measured
   * half done. Tries again until a measurement starts and ends quiet.
   */
  async function stats() {
    for (let attempt = 1; ; attempt++) {
      await server.idle();
      // Let the watcher's second looks (75 ms), closing sockets and finished streams settle.
      await sleep(300);
      const first = await server.stats();
      if (first.rebuilding && attempt < 20) continue;
      for (let i = 0; i < 4; i++) {
        globalThis.gc();
        await sleep(20);
      }
      const memory = process.memoryUsage();
      const resources = process.getActiveResourcesInfo();
      const counts = await server.stats();
      if ((counts.rebuilding || counts.rebuilds !== first.rebuilds) && attempt < 20) continue;
      const handleTypes = {};
      for (const type of resources) handleTypes[type] = (handleTypes[type] ?? 0) + 1;
      return {
        heapUsed: memory.heapUsed,
        rss: memory.rss,
        external: memory.external + memory.arrayBuffers,
        handles: resources.length,
        handleTypes,
        processListeners: process.eventNames().reduce((sum, event) => sum + process.listenerCount(event), 0),
        ...counts,
        attempts: attempt,
      };
    }
  }

  process.on('message', async (message) => {
    if (!server) return process.send({ type: message.type, id: message.id, error: 'the dev server has not started' });
    if (message.type === 'stats') process.send({ type: 'stats', id: message.id, stats: await stats() });
    if (message.type === 'idle') {
      await server.idle();
      process.send({ type: 'idle', id: message.id });
    }
  });
}
