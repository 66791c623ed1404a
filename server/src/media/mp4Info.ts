/**
 * What the server needs from an MP4 without a decoder (there is no ffmpeg on a school server): the running time from
 * the movie header (`moov/mvhd`, or `moov/mvex/mehd` for a fragmented file whose mvhd says 0), the picture size and
 * codec of the first video track, and where metadata boxes sit (`udta`, `meta`: a phone writes the place a clip was
 * filmed there) so the kept copy can blank them. Only boxes are read; sample data is never touched.
 */
export interface Box {
  type: string;
  /** Offset of the box's first byte in the buffer. */
  start: number;
  /** Offset of its payload (after size, type and any 64-bit size). */
  body: number;
  end: number;
}

export interface VideoFacts {
  seconds: number | null;
  codec: string | null;
  width: number | null;
  height: number | null;
  /** Byte ranges [start, end) of metadata the kept copy blanks. */
  metadata: { start: number; end: number }[];
}

/** The boxes directly inside [from, to) of `data`; stops at a box that does not fit (a cut-off file). */
export function boxesIn(data: Uint8Array, from: number, to: number): Box[] {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const boxes: Box[] = [];
  let at = from;
  while (at + 8 <= to) {
    let size = view.getUint32(at);
    const type = String.fromCharCode(...data.subarray(at + 4, at + 8));
    let body = at + 8;
    if (size === 1) {
      if (at + 16 > to) break;
      size = Number(view.getBigUint64(at + 8));
      body = at + 16;
    } else if (size === 0) {
      size = to - at; // "to the end of the file"
    }
    if (size < body - at || at + size > to) break;
    boxes.push({ type, start: at, body, end: at + size });
    at += size;
  }
  return boxes;
}

const child = (data: Uint8Array, box: Box | undefined, type: string, skip = 0): Box | undefined =>
  box ? boxesIn(data, box.body + skip, box.end).find((b) => b.type === type) : undefined;

/** Timescale and duration of an `mvhd`/`mdhd`-shaped full box (version 0: 32-bit times; 1: 64-bit). */
function timing(view: DataView, box: Box): { timescale: number; duration: number } {
  const version = view.getUint8(box.body);
  return version === 1
    ? { timescale: view.getUint32(box.body + 20), duration: Number(view.getBigUint64(box.body + 24)) }
    : { timescale: view.getUint32(box.body + 12), duration: view.getUint32(box.body + 16) };
}

/** Reads the facts from the `moov` box (its bytes in `moov`, at `offset` in the file). */
export function mp4Facts(moov: Uint8Array, offset = 0): VideoFacts {
  const view = new DataView(moov.buffer, moov.byteOffset, moov.byteLength);
  const root: Box = { type: 'moov', start: 0, body: 8, end: moov.length };
  const facts: VideoFacts = { seconds: null, codec: null, width: null, height: null, metadata: [] };
  const mvhd = child(moov, root, 'mvhd');
  if (mvhd) {
    const { timescale, duration } = timing(view, mvhd);
    if (timescale > 0 && duration > 0) facts.seconds = duration / timescale;
    const mehd = child(moov, child(moov, root, 'mvex'), 'mehd');
    if (facts.seconds === null && mehd && timescale > 0) {
      const fragments = view.getUint8(mehd.body) === 1 ? Number(view.getBigUint64(mehd.body + 4)) : view.getUint32(mehd.body + 4);
      if (fragments > 0) facts.seconds = fragments / timescale;
    }
  }
  for (const box of boxesIn(moov, root.body, root.end)) {
    if (box.type === 'udta' || box.type === 'meta') facts.metadata.push({ start: offset + box.start, end: offset + box.end });
    if (box.type !== 'trak') continue;
    for (const inner of boxesIn(moov, box.body, box.end)) {
      if (inner.type === 'udta' || inner.type === 'meta') facts.metadata.push({ start: offset + inner.start, end: offset + inner.end });
    }
    const mdia = child(moov, box, 'mdia');
    const hdlr = child(moov, mdia, 'hdlr');
    if (facts.codec !== null || !hdlr || String.fromCharCode(...moov.subarray(hdlr.body + 8, hdlr.body + 12)) !== 'vide') continue;
    const tkhd = child(moov, box, 'tkhd');
    if (tkhd) {
      const sizeAt = view.getUint8(tkhd.body) === 1 ? tkhd.body + 88 : tkhd.body + 76; // 16.16 fixed point
      facts.width = Math.round(view.getUint32(sizeAt) / 65536);
      facts.height = Math.round(view.getUint32(sizeAt + 4) / 65536);
    }
    // stsd is a full box with an entry count before its entries (4 + 4 bytes).
    const stsd = child(moov, child(moov, child(moov, mdia, 'minf'), 'stbl'), 'stsd');
    const entry = stsd ? boxesIn(moov, stsd.body + 8, stsd.end)[0] : undefined;
    facts.codec = entry?.type ?? null;
  }
  return facts;
}
