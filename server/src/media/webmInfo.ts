import type { VideoFacts } from './mp4Info.ts';

/**
 * What the server needs from a WebM (EBML) without a decoder: the running time (Segment › Info › Duration × the
 * TimecodeScale; a file written as it was recorded may have none, then the last block's time in the clusters), the
 * first video track's codec and size, and where `Tags` sit (titles, authors, places) so the kept copy can blank them.
 */

const ID = {
  segment: 0x18538067,
  info: 0x1549a966,
  timecodeScale: 0x2ad7b1,
  duration: 0x4489,
  tracks: 0x1654ae6b,
  trackEntry: 0xae,
  trackType: 0x83,
  codecId: 0x86,
  video: 0xe0,
  pixelWidth: 0xb0,
  pixelHeight: 0xba,
  tags: 0x1254c367,
  cluster: 0x1f43b675,
  timecode: 0xe7,
  simpleBlock: 0xa3,
  blockGroup: 0xa0,
  block: 0xa1,
} as const;

interface Element {
  id: number;
  start: number;
  body: number;
  /** End of the element; for an "unknown size" (live-written) element, the end of its parent. */
  end: number;
}

/** A variable-length integer at `at`: its value (marker bit removed unless `keepMarker`) and length. */
function vint(data: Uint8Array, at: number, keepMarker: boolean): { value: number; length: number; unknown: boolean } | null {
  const first = data[at];
  if (first === undefined || first === 0) return null;
  const length = Math.clz32(first) - 23; // 1 for 0b1xxxxxxx … 8 for 0b00000001
  if (at + length > data.length) return null;
  let value = keepMarker ? first : first & (0xff >> length);
  let allOnes = value === 0xff >> length;
  for (let i = 1; i < length; i++) {
    const byte = data[at + i] ?? 0;
    value = value * 256 + byte;
    allOnes &&= byte === 0xff;
  }
  return { value, length, unknown: !keepMarker && allOnes };
}

function elementsIn(data: Uint8Array, from: number, to: number): Element[] {
  const found: Element[] = [];
  let at = from;
  while (at < to) {
    const id = vint(data, at, true);
    const size = id && vint(data, at + id.length, false);
    if (!id || !size) break;
    const body = at + id.length + size.length;
    const end = size.unknown ? to : body + size.value;
    if (end > to && !size.unknown) {
      found.push({ id: id.value, start: at, body, end: to }); // cut off by the read window: keep what is there
      break;
    }
    found.push({ id: id.value, start: at, body, end });
    at = end;
  }
  return found;
}

const uint = (data: Uint8Array, e: Element) => data.subarray(e.body, e.end).reduce((n, b) => n * 256 + b, 0);
function float(data: Uint8Array, e: Element): number {
  const view = new DataView(data.buffer, data.byteOffset + e.body, e.end - e.body);
  return e.end - e.body === 4 ? view.getFloat32(0) : e.end - e.body === 8 ? view.getFloat64(0) : Number.NaN;
}
const first = (list: Element[], id: number) => list.find((e) => e.id === id);

/** The last block's time (ms × scale units) over every cluster: the length of a file that carries no Duration. */
function lastBlockTime(data: Uint8Array, clusters: Element[]): number | null {
  let last: number | null = null;
  for (const cluster of clusters) {
    const parts = elementsIn(data, cluster.body, cluster.end);
    const base = first(parts, ID.timecode);
    if (!base) continue;
    const clusterTime = uint(data, base);
    for (const part of parts) {
      if (part.id === ID.cluster) {
        // A cluster of unknown size (written live) runs on to the next one: that one sits inside it.
        const inner = lastBlockTime(data, [part]);
        if (inner !== null) last = Math.max(last ?? 0, inner);
        continue;
      }
      const block = part.id === ID.simpleBlock ? part : part.id === ID.blockGroup ? first(elementsIn(data, part.body, part.end), ID.block) : undefined;
      if (!block) continue;
      const track = vint(data, block.body, false);
      if (!track) continue;
      const relative = new DataView(data.buffer, data.byteOffset).getInt16(block.body + track.length);
      last = Math.max(last ?? 0, clusterTime + relative);
    }
  }
  return last;
}

/** Reads the facts from the file's bytes (the whole file, or its start when it carries a Duration). */
export function webmFacts(data: Uint8Array): VideoFacts {
  const facts: VideoFacts = { seconds: null, codec: null, width: null, height: null, metadata: [] };
  const segment = first(elementsIn(data, 0, data.length), ID.segment);
  if (!segment) return facts;
  const top = elementsIn(data, segment.body, segment.end);
  const info = first(top, ID.info);
  const infoParts = info ? elementsIn(data, info.body, info.end) : [];
  const scaleElement = first(infoParts, ID.timecodeScale);
  const scale = scaleElement ? uint(data, scaleElement) : 1_000_000; // ns per timecode unit
  const duration = first(infoParts, ID.duration);
  const units = duration ? float(data, duration) : Number.NaN;
  if (Number.isFinite(units) && units > 0) facts.seconds = (units * scale) / 1e9;
  else {
    const last = lastBlockTime(data, top.filter((e) => e.id === ID.cluster));
    if (last !== null && last > 0) facts.seconds = (last * scale) / 1e9;
  }
  const tracks = first(top, ID.tracks);
  for (const entry of tracks ? elementsIn(data, tracks.body, tracks.end) : []) {
    if (entry.id !== ID.trackEntry) continue;
    const fields = elementsIn(data, entry.body, entry.end);
    const type = first(fields, ID.trackType);
    if (!type || uint(data, type) !== 1) continue; // 1 = video
    const codec = first(fields, ID.codecId);
    facts.codec = codec ? String.fromCharCode(...data.subarray(codec.body, codec.end)).replace(/\0+$/, '') : null;
    const video = first(fields, ID.video);
    const picture = video ? elementsIn(data, video.body, video.end) : [];
    const width = first(picture, ID.pixelWidth);
    const height = first(picture, ID.pixelHeight);
    facts.width = width ? uint(data, width) : null;
    facts.height = height ? uint(data, height) : null;
    break;
  }
  for (const tags of top.filter((e) => e.id === ID.tags)) facts.metadata.push({ start: tags.start, end: tags.end });
  return facts;
}
