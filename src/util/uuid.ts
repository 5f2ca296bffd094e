/** Name-based UUIDs (version 5, RFC 9562 §5.5): the same name in the same namespace always gives the same id. */
import { createHash } from 'node:crypto';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for a UUID written as 36 hexadecimal digits and hyphens, in either case. */
export function isUuid(text: string): boolean {
  return UUID.test(text);
}

/** The version 5 UUID of `name` (as UTF-8) in `namespace`: SHA-1 of the namespace's 16 bytes and the name. */
export function uuidV5(name: string, namespace: string): string {
  if (!isUuid(namespace)) throw new Error(`Internal error: "${namespace}" is not a UUID.`);
  const bytes = createHash('sha1').update(Buffer.from(namespace.replaceAll('-', ''), 'hex')).update(name, 'utf8').digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50; // version 5
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // the RFC's variant
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
