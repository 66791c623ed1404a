import { promises as fs } from 'node:fs';
/** What an upload really is, read from its first bytes: the file name and the declared type are never trusted. */
/** Extension of a stored picture (we choose it, from the content). */
export type PictureExt = 'png' | 'jpg' | 'gif' | 'webp';
export type MediaFormat = { kind: 'image'; mime: string; ext: PictureExt } | { kind: 'pdf'; mime: string; ext: 'pdf' };

const startsWith = (head: Uint8Array, bytes: readonly number[], offset = 0) =>
  head.length >= offset + bytes.length && bytes.every((b, i) => head[offset + i] === b);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** Bytes needed to recognise every accepted format. */
export const SNIFF_BYTES = 16;

export function sniffFormat(head: Uint8Array): MediaFormat | null {
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { kind: 'image', mime: 'image/png', ext: 'png' };
  if (startsWith(head, [0xff, 0xd8, 0xff])) return { kind: 'image', mime: 'image/jpeg', ext: 'jpg' };
  if (startsWith(head, ascii('GIF87a')) || startsWith(head, ascii('GIF89a'))) return { kind: 'image', mime: 'image/gif', ext: 'gif' };
  if (startsWith(head, ascii('RIFF')) && startsWith(head, ascii('WEBP'), 8)) return { kind: 'image', mime: 'image/webp', ext: 'webp' };
  if (startsWith(head, ascii('%PDF-'))) return { kind: 'pdf', mime: 'application/pdf', ext: 'pdf' };
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
