import { promises as fs } from 'node:fs';
import { mp4Facts, type VideoFacts } from './mp4Info.ts';
import type { VideoExt } from './sniff.ts';
import { webmFacts } from './webmInfo.ts';

export type { VideoFacts } from './mp4Info.ts';

/** A movie header bigger than this is not a school's clip (a 5-minute 1080p file has a moov of well under 1 MB). */
const MAX_MOOV_BYTES = 32 * 1024 * 1024;
/** A WebM's Info and Tracks sit at its start; the whole file is read only when it carries no Duration. */
const WEBM_HEAD_BYTES = 1024 * 1024;

async function readAt(handle: fs.FileHandle, position: number, length: number): Promise<Uint8Array> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buffer, 0, length, position);
  return buffer.subarray(0, bytesRead);
}

/** Walks the top-level boxes by their headers (the media data is never read) and parses `moov`. */
async function mp4FileFacts(handle: fs.FileHandle, fileSize: number): Promise<VideoFacts | null> {
  let at = 0;
  while (at + 8 <= fileSize) {
    const header = await readAt(handle, at, 16);
    const view = new DataView(header.buffer, header.byteOffset, header.byteLength);
    let size = view.getUint32(0);
    const type = String.fromCharCode(...header.subarray(4, 8));
    if (size === 1 && header.length >= 16) size = Number(view.getBigUint64(8));
    else if (size === 0) size = fileSize - at;
    if (size < 8) return null;
    if (type === 'moov') {
      if (size > MAX_MOOV_BYTES || at + size > fileSize) return null;
      return mp4Facts(await readAt(handle, at, size), at);
    }
    at += size;
  }
  return null;
}

/** Duration, codec, size and metadata ranges of a video file; null when its structure cannot be read. */
export async function readVideoFacts(file: string, ext: VideoExt): Promise<VideoFacts | null> {
  const handle = await fs.open(file, 'r');
  try {
    const { size } = await handle.stat();
    if (ext === 'mp4') return await mp4FileFacts(handle, size);
    const head = webmFacts(await readAt(handle, 0, Math.min(size, WEBM_HEAD_BYTES)));
    if (head.seconds !== null || size <= WEBM_HEAD_BYTES) return head;
    return webmFacts(await readAt(handle, 0, size));
  } finally {
    await handle.close();
  }
}

/**
 * Blanks metadata in place without moving a byte of anything else (sample offsets stay right): an MP4 box becomes a
 * `free` box of the same size, a WebM element a `Void` element (ID EC, 8-byte size) of the same length, both zero-filled.
 */
export async function blankMetadata(file: string, ext: VideoExt, ranges: readonly { start: number; end: number }[]): Promise<void> {
  if (ranges.length === 0) return;
  const handle = await fs.open(file, 'r+');
  try {
    for (const { start, end } of ranges) {
      const length = end - start;
      const bytes = Buffer.alloc(length);
      if (ext === 'mp4') {
        if (length < 8) continue;
        bytes.writeUInt32BE(length > 0xffffffff ? 1 : length, 0);
        bytes.write('free', 4, 'latin1');
      } else {
        if (length < 9) continue;
        bytes[0] = 0xec;
        bytes[1] = 0x01; // an 8-byte size
        bytes.writeUIntBE(Math.floor((length - 9) / 2 ** 32), 2, 3);
        bytes.writeUInt32BE((length - 9) % 2 ** 32, 5);
      }
      await handle.write(bytes, 0, length, start);
    }
  } finally {
    await handle.close();
  }
}
