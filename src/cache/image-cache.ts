/**
 * Share images made by earlier builds: one PNG per card in
 * `<cache>/share-images/<key>.png`, the key naming everything the picture is
 * made from. A build whose output folder was deleted, a preview, or a build
 * after a template change (which makes every page's output fingerprint new)
 * takes its images from here instead of drawing them again.
 *
 * Nothing is trusted unverified: a PNG is a signature and chunks that each
 * carry a CRC-32, so a file is used only when it is one whole PNG whose
 * every chunk checks out, ending in IEND. Files are written under a
 * temporary name and renamed, so a build stopped mid-write leaves none half
 * written. Deleting the folder at any time costs only the time to draw again.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';

export const IMAGE_FOLDER = 'share-images';
const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** Keys are content keys (base64url SHA-256): nothing else is ever read or deleted from the folder. */
const NAME = /^([A-Za-z0-9_-]{43})\.png$/;
const TEMPORARY = /^\.[A-Za-z0-9_-]{43}\.\d+\.tmp$/;

export class ImageCache {
  private constructor(private readonly dir: string) {}

  /** The image cache inside the build's cache folder (made when the first image is put). */
  static in(cacheDir: string): ImageCache {
    return new ImageCache(join(cacheDir, IMAGE_FOLDER));
  }

  /** The PNG made for `key`, or undefined when there is none or it fails verification. */
  get(key: string): Uint8Array | undefined {
    const path = this.pathOf(key);
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch {
      return undefined;
    }
    return isWholePng(bytes) ? bytes : undefined;
  }

  put(key: string, png: Uint8Array): void {
    mkdirSync(this.dir, { recursive: true });
    const temporary = join(this.dir, `.${key}.${process.pid}.tmp`);
    writeFileSync(temporary, png);
    renameSync(temporary, this.pathOf(key));
  }

  /** Delete the images no key in `used` names (a build that made new ones leaves only its own), and what stopped builds left half written. */
  keepOnly(used: ReadonlySet<string>): void {
    let names: string[];
    try {
      names = readdirSync(this.dir);
    } catch {
      return;
    }
    for (const name of names) {
      const key = NAME.exec(name)?.[1];
      const unused = key !== undefined && !used.has(key);
      const leftOver = TEMPORARY.test(name) && !name.endsWith(`.${process.pid}.tmp`);
      if (unused || leftOver) rmSync(join(this.dir, name), { force: true });
    }
  }

  private pathOf(key: string): string {
    if (!NAME.test(`${key}.png`)) throw new Error(`Internal error: "${key}" is not an image cache key.`);
    return join(this.dir, `${key}.png`);
  }
}

/** A PNG signature, then chunks (length, type, data, CRC-32 of type and data) up to an IEND that ends the file. */
export function isWholePng(bytes: Uint8Array): boolean {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.length < SIGNATURE.length || !buffer.subarray(0, SIGNATURE.length).equals(SIGNATURE)) return false;
  let at = SIGNATURE.length;
  while (at + 12 <= buffer.length) {
    const length = buffer.readUInt32BE(at);
    const end = at + 12 + length;
    if (end > buffer.length) return false;
    if (crc32(buffer.subarray(at + 4, at + 8 + length)) !== buffer.readUInt32BE(at + 8 + length)) return false;
    if (buffer.toString('latin1', at + 4, at + 8) === 'IEND') return end === buffer.length;
    at = end;
  }
  return false;
}
