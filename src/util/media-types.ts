/** Audio formats a page may offer, by file extension, with what browsers can play. */
const AUDIO_TYPES: Record<string, string> = {
  mp3: 'audio/mpeg',
  m4a: 'audio/mp4',
  aac: 'audio/aac',
  ogg: 'audio/ogg',
  oga: 'audio/ogg',
  opus: 'audio/ogg',
  wav: 'audio/wav',
  webm: 'audio/webm',
  flac: 'audio/flac',
};

export const AUDIO_EXTENSIONS = Object.keys(AUDIO_TYPES);

/** MIME type for an audio path, or undefined when it is not a known audio format. */
export function audioMimeType(path: string): string | undefined {
  const extension = path.split('.').pop()?.toLowerCase() ?? '';
  return AUDIO_TYPES[extension];
}

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
  return IMAGE_TYPES[path.split('.').pop()?.toLowerCase() ?? ''];
}
