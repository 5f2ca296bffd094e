/**
 * The files that are not pages (feeds, sitemaps, copies of assets and media)
 * into the writer, each only when its inputs changed since the last build.
 */
import { keyOf } from '../../cache/content-keys.js';
import type { MediaFile, PlannedFile } from '../../model/index.js';
import type { OutputWriter } from './write-output.js';

/** `shared` is the build's sharedFingerprint(): settings and globals every file depends on. */
export async function writeFiles(files: readonly PlannedFile[], writer: OutputWriter, context: { shared: string; media: readonly MediaFile[] }): Promise<void> {
  const mediaStamps = new Map(context.media.map((file) => [file.absolutePath, file.stamp]));
  for (const file of files) {
    const fingerprint = fileFingerprint(file, mediaStamps, context.shared);
    if (await writer.isCurrent(file.path, fingerprint)) writer.keep(file.path);
    else await writer.write({ ...file, contents: typeof file.contents === 'function' ? file.contents() : file.contents }, fingerprint);
  }
}

/** A generated or copied file's fingerprint: from its key when it has one, else from its bytes. */
function fileFingerprint(file: PlannedFile, mtimes: ReadonlyMap<string, string>, shared: string): string {
  if (file.key !== undefined) return keyOf(`${shared}\0${file.path}\0${file.key}`);
  const { contents } = file;
  if (typeof contents === 'object' && 'copyFrom' in contents) return `copy:${mtimes.get(contents.copyFrom) ?? ''}`;
  if (typeof contents === 'function') throw new Error(`${file.path}: a file made on demand needs a key`);
  return keyOf(contents);
}
