/**
 * Narration in a format not every browser plays. Types that work in current
 * Chrome, Edge, Firefox and Safari: mp3, m4a/aac, ogg/oga/opus, wav, webm.
 * FLAC is a warning: Safari's support is unreliable.
 */
import { posix } from 'node:path';
import { warning } from '../diagnostics.js';
import type { Diagnostic, RenderedEdition } from '../model/index.js';

/** Extensions every current browser's <audio> plays. */
export const PLAYABLE_AUDIO = new Set(['mp3', 'm4a', 'aac', 'ogg', 'oga', 'opus', 'wav', 'webm']);

export function checkAudioFormat(edition: RenderedEdition): Diagnostic[] {
  if (!edition.audio) return [];
  const extension = posix.extname(edition.audio.src).slice(1).toLowerCase();
  if (PLAYABLE_AUDIO.has(extension)) return [];
  return [
    warning({
      code: 'unplayable-audio',
      file: edition.file,
      field: 'audio.src',
      ...(edition.audio.line ? { line: edition.audio.line } : {}),
      message: `The narration "${edition.audio.src}" is ${extension.toUpperCase()}, which some browsers (Safari) cannot play.`,
      hint: 'Export it as MP3 or M4A (AAC), which every browser plays, and point audio.src at that file.',
    }),
  ];
}
