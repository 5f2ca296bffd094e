/**
 * What the preview refuses before it looks anything up, and why. The preview
 * serves unpublished drafts from an editor's machine, so a request that is
 * not plainly "a path of the built site, asked for by this machine" gets a
 * short error and never a file:
 *
 * - a Host header that does not name this machine (403): a web page elsewhere
 *   could point its own domain at 127.0.0.1 (DNS rebinding) and read drafts;
 * - a request target that is not a path (absolute-form, "*": 400), or longer
 *   than MAX_TARGET_LENGTH (414);
 * - a path with backslashes, encoded slashes or backslashes, control
 *   characters (NUL included), bad percent-encoding, or "." and ".." segments,
 *   encoded or not (400): no page of the site has them, and they are how a
 *   path climbs out of a folder;
 * - a media file whose real location (symbolic links followed) is not inside
 *   the media folder (404), e.g. one replaced by a link after it was built.
 */
import { STATUS_CODES } from 'node:http';
import { realpath } from 'node:fs/promises';
import type { Duplex } from 'node:stream';
import { sep } from 'node:path';

/** The longest request target answered. Browsers send far less; Node refuses a whole request head over 16 KB. */
export const MAX_TARGET_LENGTH = 8 * 1024;

/** True for a Host header naming this machine: localhost (and *.localhost), 127.0.0.1 or [::1], any port. */
export function isLocalHost(header: string): boolean {
  const name = header.toLowerCase().replace(/:\d+$/, '').replace(/^\[(.*)\]$/, '$1');
  return name === 'localhost' || name.endsWith('.localhost') || name === '127.0.0.1' || name === '::1';
}

export type Target =
  | { ok: true; /** decoded, starts with "/" */ path: string; /** "?..." as sent, or "" */ search: string }
  | { ok: false; status: 400 | 414; message: string };

/** The path and query of a raw request target (req.url), decoded once, or why it is refused. */
export function parseTarget(raw: string): Target {
  if (raw.length > MAX_TARGET_LENGTH) return refuse(414, `The address is longer than ${MAX_TARGET_LENGTH} characters.`);
  if (!raw.startsWith('/')) return refuse(400, 'The request must name a path on this server.');
  const query = raw.indexOf('?');
  const encoded = query === -1 ? raw : raw.slice(0, query);
  if (/\\|%2f|%5c/i.test(encoded)) return refuse(400, 'The address has a backslash or an encoded slash.');
  let path: string;
  try {
    path = decodeURIComponent(encoded);
  } catch {
    return refuse(400, 'The address has a "%" that is not followed by two hexadecimal digits or valid UTF-8.');
  }
  // eslint-disable-next-line no-control-regex -- control characters are what is being refused
  if (/[\u0000-\u001f\u007f]/.test(path)) return refuse(400, 'The address has a control character.');
  if (path.split('/').some((segment) => segment === '.' || segment === '..')) return refuse(400, 'The address has a "." or ".." segment.');
  return { ok: true, path, search: query === -1 ? '' : raw.slice(query) };
}

function refuse(status: 400 | 414, message: string): Target {
  return { ok: false, status, message };
}

/**
 * The real path of the media file `file` when it lies inside `folder` (both
 * with symbolic links followed), else undefined: a build lists only plain
 * files, but one can be replaced by a link to anywhere while the last good
 * build is still being served.
 */
export async function realMediaPath(file: string, folder: string): Promise<string | undefined> {
  const [real, realFolder] = await Promise.all([realpath(file).catch(() => undefined), realpath(folder).catch(() => undefined)]);
  if (!real || !realFolder) return undefined;
  return real.startsWith(realFolder.endsWith(sep) ? realFolder : realFolder + sep) ? real : undefined;
}

/**
 * The server's answer to a request Node could not parse ('clientError'). Like
 * Node's own, except that a request line over the size limit gets 414 (URI
 * Too Long) rather than 431, so the reason is clear.
 */
export function answerClientError(error: NodeJS.ErrnoException & { rawPacket?: Buffer }, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const status =
    error.code === 'HPE_HEADER_OVERFLOW' ? (requestLineTooLong(error.rawPacket) ? 414 : 431) : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`, () => socket.destroy());
}

/** True when `packet` starts a request whose line runs past MAX_TARGET_LENGTH without ending. */
function requestLineTooLong(packet: Buffer | undefined): boolean {
  if (!packet) return false;
  const head = packet.subarray(0, MAX_TARGET_LENGTH + 32).toString('latin1');
  return /^[A-Z]+ \S/.test(head) && !head.includes('\r\n');
}
