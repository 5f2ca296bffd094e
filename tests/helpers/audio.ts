/** Tiny audio files made in code, so tests need no binary fixtures beyond the seed narration. */

/** A FLAC file with only its STREAMINFO block: enough for a reader to find the format and duration. */
export function flacFile(seconds: number, sampleRate = 8000): Buffer {
  const info = Buffer.alloc(34);
  info.writeUInt16BE(4096, 0); // min block size
  info.writeUInt16BE(4096, 2); // max block size
  // Bytes 10–17: sample rate (20 bits), channels − 1 (3), bits per sample − 1 (5), total samples (36).
  info.writeBigUInt64BE((BigInt(sampleRate) << 44n) | (15n << 36n) | BigInt(seconds * sampleRate), 10);
  const lastBlockOfTypeStreamInfo = Buffer.from([0x80, 0, 0, info.length]);
  return Buffer.concat([Buffer.from('fLaC'), lastBlockOfTypeStreamInfo, info]);
}
