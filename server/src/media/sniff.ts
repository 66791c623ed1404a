import { promises as fs } from 'node:fs';
/** What an upload really is, read from its first bytes: the file name and the declared type are never trusted. */
/** Extension of a stored picture (we choose it, from the content). */
export type PictureExt = 'png' | 'jpg' | 'gif' | 'webp';
export type VideoExt = 'mp4' | 'webm';
export type MediaFormat =
  | { kind: 'image'; mime: string; ext: PictureExt }
  | { kind: 'pdf'; mime: string; ext: 'pdf' }
  | { kind: 'video'; mime: string; ext: VideoExt };

const startsWith = (head: Uint8Array, bytes: readonly number[], offset = 0) =>
  head.length >= offset + bytes.length && bytes.every((b, i) => head[offset + i] === b);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** Bytes needed to recognise every accepted format (a WebM names its DocType within its first few dozen bytes). */
export const SNIFF_BYTES = 64;

/**
 * ISO base media brands of MP4 video that screens play (`ftyp` major brand). QuickTime (`qt  `, iPhone .mov) and
 * 3GP are left out: Chromium on a kiosk does not promise to play them.
 */
const MP4_BRANDS = new Set(['isom', 'iso2', 'iso3', 'iso4', 'iso5', 'iso6', 'mp41', 'mp42', 'avc1', 'dash', 'M4V ', 'MSNV', 'mmp4']);

/** An EBML header (1A 45 DF A3) whose DocType element (42 82) says "webm"; Matroska (.mkv) is not accepted. */
function isWebm(head: Uint8Array): boolean {
  if (!startsWith(head, [0x1a, 0x45, 0xdf, 0xa3])) return false;
  for (let i = 4; i + 2 < head.length; i++) {
    if (head[i] === 0x42 && head[i + 1] === 0x82) {
      const size = (head[i + 2] ?? 0) & 0x7f; // a one-byte size (0x84 → 4)
      return (head[i + 2] ?? 0) >= 0x80 && String.fromCharCode(...head.subarray(i + 3, i + 3 + size)) === 'webm';
    }
  }
  return false;
}

export function sniffFormat(head: Uint8Array): MediaFormat | null {
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { kind: 'image', mime: 'image/png', ext: 'png' };
  if (startsWith(head, [0xff, 0xd8, 0xff])) return { kind: 'image', mime: 'image/jpeg', ext: 'jpg' };
  if (startsWith(head, ascii('GIF87a')) || startsWith(head, ascii('GIF89a'))) return { kind: 'image', mime: 'image/gif', ext: 'gif' };
  if (startsWith(head, ascii('RIFF')) && startsWith(head, ascii('WEBP'), 8)) return { kind: 'image', mime: 'image/webp', ext: 'webp' };
  if (startsWith(head, ascii('%PDF-'))) return { kind: 'pdf', mime: 'application/pdf', ext: 'pdf' };
  if (startsWith(head, ascii('ftyp'), 4) && MP4_BRANDS.has(String.fromCharCode(...head.subarray(8, 12)))) {
    return { kind: 'video', mime: 'video/mp4', ext: 'mp4' };
  }
  if (isWebm(head)) return { kind: 'video', mime: 'video/webm', ext: 'webm' };
  return null;
}

/** The uploader's file name as a label only: NFC, no control or path characters, at most 200 characters. */
export function labelFromFileName(name: string): string {
  const base = name.normalize('NFC').split(/[\\/]/).pop() ?? '';
  const cleaned = base
    .replace(/[\p{Cc}\p{Cf}<>:"|?*]/gu, '')
    .replace(/^\.+/, '')
    .replace(/\s+/g, ' ')
    .trim();
  return cleaned.slice(0, 200) || 'Tệp không tên';
}

/** The first SNIFF_BYTES of a file (what sniffFormat needs). */
export async function readHead(file: string): Promise<Uint8Array> {
  const handle = await fs.open(file, 'r');
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
