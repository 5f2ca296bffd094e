/**
 * Audio formats a page may offer, by file extension: their MIME type, and
 * whether every current browser's <audio> plays them (Chrome, Edge, Firefox,
 * Safari). FLAC is accepted but not playable everywhere: Safari's support is unreliable.
 */
const AUDIO_TYPES: Record<string, { type: string; playsEverywhere: boolean }> = {
  mp3: { type: 'audio/mpeg', playsEverywhere: true },
  m4a: { type: 'audio/mp4', playsEverywhere: true },
  aac: { type: 'audio/aac', playsEverywhere: true },
  ogg: { type: 'audio/ogg', playsEverywhere: true },
  oga: { type: 'audio/ogg', playsEverywhere: true },
  opus: { type: 'audio/ogg', playsEverywhere: true },
  wav: { type: 'audio/wav', playsEverywhere: true },
  webm: { type: 'audio/webm', playsEverywhere: true },
  flac: { type: 'audio/flac', playsEverywhere: false },
};

export const AUDIO_EXTENSIONS = Object.keys(AUDIO_TYPES);

/** MIME type for an audio path, or undefined when it is not a known audio format. */
export function audioMimeType(path: string): string | undefined {
  return AUDIO_TYPES[extensionOf(path)]?.type;
}

/** True when every current browser plays the audio file at `path`. */
export function playsEverywhere(path: string): boolean {
  return AUDIO_TYPES[extensionOf(path)]?.playsEverywhere === true;
}

const extensionOf = (path: string) => path.split('.').pop()?.toLowerCase() ?? '';

const IMAGE_TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
  avif: 'image/avif',
};

/** MIME type for an image path, or undefined when browsers cannot show it. */
export function imageMimeType(path: string): string | undefined {
  return IMAGE_TYPES[extensionOf(path)];
}

/**
 * Transcript formats the Podcasting 2.0 namespace names (podcast:transcript),
 * by file extension: WebVTT (what Apple Podcasts ingests), SubRip, plain text and HTML.
 */
const TRANSCRIPT_TYPES: Record<string, string> = {
  vtt: 'text/vtt',
  srt: 'application/x-subrip',
  txt: 'text/plain',
  html: 'text/html',
};

export const TRANSCRIPT_EXTENSIONS = Object.keys(TRANSCRIPT_TYPES);

/** MIME type for a transcript path, or undefined when it is not a transcript format. */
export function transcriptMimeType(path: string): string | undefined {
  return TRANSCRIPT_TYPES[extensionOf(path)];
}
