/**
 * The files that are not pages (feeds, sitemaps, copies of assets and media,
 * share images) into the writer, each only when its inputs changed since the
 * last build.
 */
import { keyOf } from '../../cache/content-keys.js';
import type { MadeFile, MediaFile, PlannedFile } from '../../model/index.js';
import type { OutputWriter } from './write-output.js';

/**
 * Draws the pictures of made files whose inputs changed, and hands each to
 * `accept` by its index in `files` as it is ready (the build passes one that
 * uses worker threads and the image cache); returns what that took.
 */
export type DrawFiles<Stats> = (files: readonly MadeFile[], accept: (index: number, bytes: Uint8Array) => Promise<void>) => Promise<Stats>;

/** `shared` is the build's sharedFingerprint(): settings and globals every file depends on. Returns what drawing took, or undefined when nothing needed drawing. */
export async function writeFiles<Stats>(
  files: readonly PlannedFile[],
  writer: OutputWriter,
  context: { shared: string; media: readonly MediaFile[]; draw: DrawFiles<Stats> },
): Promise<Stats | undefined> {
  const mediaStamps = new Map(context.media.map((file) => [file.absolutePath, file.stamp]));
  const toDraw: { file: MadeFile; fingerprint: string }[] = [];
  for (const file of files) {
    const fingerprint = fileFingerprint(file, mediaStamps, context.shared);
    if (await writer.isCurrent(file.path, fingerprint)) writer.keep(file.path);
    else if ('draw' in file) toDraw.push({ file, fingerprint });
    else await writer.write({ ...file, contents: typeof file.contents === 'function' ? file.contents() : file.contents }, fingerprint);
  }
  // Nothing to draw (a warm build): the renderer is not even loaded.
  if (toDraw.length === 0) return undefined;
  return context.draw(
    toDraw.map(({ file }) => file),
    async (index, bytes) => {
      const { file, fingerprint } = toDraw[index]!;
      await writer.write({ path: file.path, contents: bytes, sources: file.sources }, fingerprint);
    },
  );
}

/** A generated or copied file's fingerprint: from its key when it has one, else from its bytes. */
function fileFingerprint(file: PlannedFile, mtimes: ReadonlyMap<string, string>, shared: string): string {
  if (file.key !== undefined) return keyOf(`${shared}\0${file.path}\0${file.key}`);
  if ('draw' in file) throw new Error(`Internal error: ${file.path}: a file to draw needs a key`);
  const { contents } = file;
  if (typeof contents === 'object' && 'copyFrom' in contents) return `copy:${mtimes.get(contents.copyFrom) ?? ''}`;
  if (typeof contents === 'function') throw new Error(`${file.path}: a file made on demand needs a key`);
  return keyOf(contents);
}
