/**
 * Edition HTML, kept on disk instead of in memory: one append-only pack file
 * of blobs, each named by its offset, length and CRC-32. A build holds only
 * these small references; a page reads its edition's HTML back when, and only
 * when, it is rendered. 10,000 editions' HTML (about 60 MB) never sits in the
 * heap, and a warm build reads none of it.
 *
 * A blob whose bytes no longer match its CRC (a corrupt or truncated pack)
 * reads as undefined; the build then starts over without the cache.
 */
import { closeSync, fstatSync, mkdirSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { crc32 } from 'node:zlib';
import { DamagedCacheError } from './damaged-cache-error.js';
import type { HtmlRef } from '../model/index.js';

const decoder = new TextDecoder();
/** Writes are gathered into chunks this big: one syscall per chunk, not per edition. */
const FLUSH_BYTES = 1 << 20;

export class HtmlPack {
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;

  private constructor(
    readonly path: string,
    private fd: number,
    /** Bytes in the file plus bytes waiting to be written: the offset of the next blob. */
    private end: number,
    private readonly temporary: boolean,
  ) {}

  /** Open (or create) the pack at `path`; new blobs are appended. */
  static open(path: string): HtmlPack {
    mkdirSync(dirname(path), { recursive: true });
    const fd = openSync(path, 'a+');
    return new HtmlPack(path, fd, fstatSync(fd).size, false);
  }

  /** A pack for one build only (no cache): removed on close. */
  static temporary(): HtmlPack {
    const path = join(tmpdir(), `edition-html-${process.pid}-${Date.now().toString(36)}.pack`);
    const fd = openSync(path, 'w+');
    return new HtmlPack(path, fd, 0, true);
  }

  /** Bytes in the pack, written or pending. */
  get size(): number {
    return this.end;
  }

  /** True when `ref` lies inside the pack: a cheap check that catches a truncated file up front. */
  holds(ref: HtmlRef): boolean {
    return ref.offset >= 0 && ref.length >= 0 && ref.offset + ref.length <= this.end;
  }

  put(bytes: Uint8Array): HtmlRef {
    const ref = { offset: this.end, length: bytes.length, crc: crc32(bytes) };
    this.pending.push(bytes);
    this.pendingBytes += bytes.length;
    this.end += bytes.length;
    if (this.pendingBytes >= FLUSH_BYTES) this.flush();
    return ref;
  }

  /** The HTML of `ref`, or undefined when the pack no longer holds those exact bytes. */
  get(ref: HtmlRef): string | undefined {
    const bytes = this.read(ref);
    return bytes && decoder.decode(bytes);
  }

  read(ref: HtmlRef): Uint8Array | undefined {
    if (!this.holds(ref)) return undefined;
    this.flush();
    const bytes = Buffer.allocUnsafe(ref.length);
    if (readSync(this.fd, bytes, 0, ref.length, ref.offset) !== ref.length) return undefined;
    return crc32(bytes) === ref.crc ? bytes : undefined;
  }

  flush(): void {
    if (this.pendingBytes === 0) return;
    const chunk = Buffer.concat(this.pending, this.pendingBytes);
    this.pending = [];
    this.pendingBytes = 0;
    let written = 0;
    while (written < chunk.length) written += writeSync(this.fd, chunk, written);
  }

  /**
   * Rewrite the pack with only the blobs in `live`, in order, when at least
   * half of it is dead. Returns the new references (same order), or the old
   * ones when nothing was rewritten.
   */
  compact(live: HtmlRef[]): HtmlRef[] {
    const liveBytes = live.reduce((sum, ref) => sum + ref.length, 0);
    if (this.temporary || liveBytes * 2 >= this.end) return live;
    const next = HtmlPack.open(`${this.path}.${process.pid}.tmp`);
    const moved = live.map((ref) => {
      const bytes = this.read(ref);
      // Damage found here, after the output is committed, still deletes the cache (damaged-cache.ts).
      if (!bytes) throw new DamagedCacheError(`${this.path} (blob at ${ref.offset})`);
      return next.put(bytes);
    });
    next.flush();
    closeSync(next.fd);
    closeSync(this.fd);
    renameSync(next.path, this.path);
    this.fd = openSync(this.path, 'a+');
    this.end = fstatSync(this.fd).size;
    return moved;
  }

  /** Safe to call twice. */
  close(): void {
    if (this.fd < 0) return;
    this.flush();
    closeSync(this.fd);
    this.fd = -1;
    if (this.temporary) rmSync(this.path, { force: true });
  }
}
