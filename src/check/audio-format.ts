/** Narration in a format not every browser plays (util/media-types.ts says which do). */
import { posix } from 'node:path';
import { warning } from '../diagnostics.js';
import type { Diagnostic, EditionDetails, RenderedEdition } from '../model/index.js';
import { playsEverywhere } from '../util/media-types.js';

export function checkAudioFormat(edition: RenderedEdition, { audio }: EditionDetails): Diagnostic[] {
  if (!audio || playsEverywhere(audio.src)) return [];
  const extension = posix.extname(audio.src).slice(1).toLowerCase();
  return [
    warning({
      code: 'unplayable-audio',
      file: edition.file,
      field: 'audio.src',
      ...(audio.line ? { line: audio.line } : {}),
      message: `The narration "${audio.src}" is ${extension.toUpperCase()}, which some browsers (Safari) cannot play.`,
      hint: 'Export it as MP3 or M4A (AAC), which every browser plays, and point audio.src at that file.',
    }),
  ];
}
