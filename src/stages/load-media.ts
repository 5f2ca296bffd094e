/** Reads duration, size and type of the audio files editions refer to, from the files themselves. */
import { parseFile } from 'music-metadata';
import { error, type Diagnostic } from '../diagnostics.js';
import type { AudioRef, MediaInfo } from '../model.js';
import { audioMimeType } from '../util/media-types.js';
import type { MediaFile } from './load-content.js';

/** Facts about `audio` as referenced from `file`, or a diagnostic pointing at its front matter line. */
export async function loadAudioInfo(
  audio: AudioRef,
  file: string,
  media: ReadonlyMap<string, MediaFile>,
): Promise<{ ok: true; info: MediaInfo } | { ok: false; diagnostic: Diagnostic }> {
  const where = { file, field: 'audio.src', ...(audio.line ? { line: audio.line } : {}) };
  const found = media.get(audio.src);
  if (!found) {
    return {
      ok: false,
      diagnostic: error({
        code: 'missing-file',
        ...where,
        message: `The audio file "${audio.src}" does not exist in content/media/.`,
        hint: 'Check the file name in "audio.src", or add the file to content/media/.',
      }),
    };
  }
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
 * Parsed durations by file, reused while a file's size and modification time
 * stay the same: a long-running process (the dev server) rebuilding after an
 * edit then does not parse every narration again. One entry per file.
 */
const durations = new Map<string, { bytes: number; modified: number; result: Promise<DurationResult> }>();

function readDuration(file: MediaFile): Promise<DurationResult> {
  const known = durations.get(file.absolutePath);
  if (known && known.bytes === file.bytes && known.modified === file.modified) return known.result;
  const result = parseDuration(file.absolutePath);
  durations.set(file.absolutePath, { bytes: file.bytes, modified: file.modified, result });
  return result;
}

async function parseDuration(path: string): Promise<DurationResult> {
  try {
    const metadata = await parseFile(path, { duration: true, skipCovers: true });
    const duration = metadata.format.duration;
    if (!metadata.format.hasAudio || duration === undefined || !(duration > 0)) throw new Error('no audio stream');
    return { ok: true, seconds: duration };
  } catch (cause) {
    return { ok: false, reason: (cause as Error).message };
  }
}
