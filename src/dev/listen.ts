/** Listen on the asked port, or the next free one; each way it can fail is one sentence that says what to do. */
import type { Server } from 'node:http';

/** How many ports after the asked one are tried before giving up. */
export const PORT_TRIES = 20;

export class ListenError extends Error {
  override readonly name = 'ListenError';
}

/** Resolves with the port listened on. `strict` refuses to move to another port. */
export async function listenOnFreePort(server: Server, host: string, port: number, strict: boolean): Promise<number> {
  const last = strict || port === 0 ? port : Math.min(65535, port + PORT_TRIES - 1);
  for (let candidate = port; candidate <= last; candidate++) {
    const result = await tryListen(server, host, candidate);
    if (result === 'ok') {
      const address = server.address();
      return typeof address === 'object' && address ? address.port : candidate;
    }
    if (result === 'EADDRINUSE') continue;
    if (result === 'EACCES') {
      throw new ListenError(`Port ${candidate} needs administrator rights on this machine. Pass a port above 1023, e.g. --port 4000.`);
    }
    if (result === 'EADDRNOTAVAIL' || result === 'ENOTFOUND' || result === 'EAI_AGAIN') {
      throw new ListenError(`The address "${host}" is not one of this machine's. Leave out --host, or pass --host 0.0.0.0 to be reachable from other devices.`);
    }
    throw new ListenError(`Could not listen on ${host}:${candidate} (${result}). Try another --port.`);
  }
  throw new ListenError(
    strict
      ? `Port ${port} is in use by another program. Stop it, pass another --port, or leave out --strict-port to take the next free one.`
      : `Ports ${port}-${last} are all in use. Stop one of the programs using them, or pass another --port.`,
  );
}

function tryListen(server: Server, host: string, port: number): Promise<string> {
  return new Promise((resolve) => {
    const onError = (error: NodeJS.ErrnoException) => {
      server.off('listening', onListening);
      resolve(error.code ?? error.message);
    };
    const onListening = () => {
      server.off('error', onError);
      resolve('ok');
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}
