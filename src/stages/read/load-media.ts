/** Reads the facts pages need about media (audio duration and size, image dimensions, transcripts) from the files themselves. */
import { error } from '../../diagnostics.js';
import type { AudioRef, Diagnostic, ImageInfo, ImageRef, ImageSize, MediaFile, MediaInfo, TranscriptRef } from '../../model/index.js';
import { BoundedMap } from '../../util/bounded-map.js';
import { audioMimeType, imageMimeType, transcriptMimeType } from '../../util/media-types.js';

/** Facts about `audio` as referenced from `file`, or a diagnostic pointing at its front matter line. */
export async function loadAudioInfo(
  audio: AudioRef,
  file: string,
  media: ReadonlyMap<string, MediaFile>,
): Promise<{ ok: true; info: MediaInfo } | { ok: false; diagnostic: Diagnostic }> {
  const where = { file, field: 'audio.src', ...(audio.line ? { line: audio.line } : {}) };
  const found = media.get(audio.src);
  if (!found) return { ok: false, diagnostic: missingMedia('audio file', 'audio.src', audio.src, where) };
  const read = await readDuration(found);
  if (!read.ok) {
    return {
      ok: false,
      diagnostic: error({
        code: 'unreadable-media',
        ...where,
        message: `The audio file "${audio.src}" could not be read as audio (${read.reason}).`,
        hint: 'Export the narration again as MP3 (or M4A/Ogg) and replace the file.',
      }),
    };
  }
  return {
    ok: true,
    info: { src: audio.src, mimeType: audioMimeType(audio.src)!, bytes: found.bytes, durationSeconds: read.seconds },
  };
}

type DurationResult = { ok: true; seconds: number } | { ok: false; reason: string };

/**
 * Parsed durations by file, reused while its stamp (size, times, inode) stays
 * the same: a long-running process (the dev server) rebuilding after a
 * settings change then does not parse every narration again (about 4 ms
 * each). One entry per file, and at most DURATIONS_KEPT files: those deleted
 * or renamed during a long preview are forgotten in time.
 */
const DURATIONS_KEPT = 50_000;
const durations = new BoundedMap<string, { stamp: string; result: Promise<DurationResult> }>(DURATIONS_KEPT);

function readDuration(file: MediaFile): Promise<DurationResult> {
  const known = durations.get(file.absolutePath);
  if (known && known.stamp === file.stamp) return known.result;
  const result = parseDuration(file.absolutePath);
  durations.set(file.absolutePath, { stamp: file.stamp, result });
  return result;
}

async function parseDuration(path: string): Promise<DurationResult> {
  try {
    // Loaded on first use: a build whose editions all come from the cache never needs it.
    const { parseFile } = await import('music-metadata');
    const metadata = await parseFile(path, { duration: true, skipCovers: true });
    const duration = metadata.format.duration;
    if (!metadata.format.hasAudio || duration === undefined || !(duration > 0)) throw new Error('no audio stream');
    return { ok: true, seconds: duration };
  } catch (cause) {
    return { ok: false, reason: (cause as Error).message };
  }
}

/** Width, height and type of an image an edition or the site refers to, read from the file. */
export async function loadImageInfo(
  image: ImageRef,
  file: string,
  media: ReadonlyMap<string, MediaFile>,
): Promise<{ ok: true; info: ImageInfo } | { ok: false; diagnostic: Diagnostic }> {
  const where = { file, field: 'image.src', ...(image.line ? { line: image.line } : {}) };
  const found = media.get(image.src);
  if (!found) return { ok: false, diagnostic: missingMedia('image', 'image.src', image.src, where) };
  const size = await readImageSize(found.absolutePath);
  if (!size) return { ok: false, diagnostic: unreadableImage(image.src, where) };
  return { ok: true, info: { src: image.src, alt: image.alt, width: size.width, height: size.height, mimeType: imageMimeType(image.src)! } };
}

/** The podcast's artwork as site.yml names it (podcast.image), read from the file: podcast-artwork.ts checks it. */
export async function loadArtworkSize(
  image: { src: string; line?: number },
  file: string,
  media: ReadonlyMap<string, MediaFile>,
): Promise<{ ok: true; size: ImageSize } | { ok: false; diagnostic: Diagnostic }> {
  const where = { file, field: 'podcast.image', ...(image.line ? { line: image.line } : {}) };
  const found = media.get(image.src);
  if (!found) return { ok: false, diagnostic: missingMedia('podcast artwork', 'podcast.image', image.src, where) };
  const size = await readImageSize(found.absolutePath);
  return size ? { ok: true, size } : { ok: false, diagnostic: unreadableImage(image.src, where) };
}

async function readImageSize(path: string): Promise<ImageSize | undefined> {
  try {
    const { imageSizeFromFile } = await import('image-size/fromFile');
    const size = await imageSizeFromFile(path);
    return size.width && size.height ? { width: size.width, height: size.height, format: size.type ?? '' } : undefined;
  } catch {
    return undefined;
  }
}

function unreadableImage(src: string, where: Pick<Diagnostic, 'file' | 'line' | 'field'>): Diagnostic {
  return error({
    code: 'unreadable-media',
    ...where,
    // The reader's own words ("Offset is outside the bounds of the DataView") mean nothing to an editor.
    message: `The image "${src}" could not be read as an image: it is not a JPEG, PNG, WebP, GIF or AVIF picture, or the file is damaged.`,
    hint: 'Export the image again as JPEG, PNG or WebP and replace the file.',
  });
}

/** Facts about an edition's transcript (front matter `transcript`): that the file is there, and its type. */
export function findTranscript(
  transcript: TranscriptRef,
  file: string,
  media: ReadonlyMap<string, MediaFile>,
): { ok: true; info: { src: string; mimeType: string } } | { ok: false; diagnostic: Diagnostic } {
  if (media.has(transcript.src)) return { ok: true, info: { src: transcript.src, mimeType: transcriptMimeType(transcript.src)! } };
  const where = { file, ...(transcript.line ? { line: transcript.line } : {}) };
  return { ok: false, diagnostic: missingMedia('transcript', 'transcript', transcript.src, where) };
}

/** The one message for front matter that names a media file that is not there. */
function missingMedia(what: string, field: string, src: string, where: Pick<Diagnostic, 'file' | 'line'>): Diagnostic {
  return error({
    code: 'missing-file',
    ...where,
    field,
    message: `The ${what} "${src}" does not exist in content/media/.`,
    hint: `Check the file name in "${field}", or add the file to content/media/.`,
  });
}
