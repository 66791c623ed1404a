import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mp4Facts } from '../../../server/src/media/mp4Info.ts';
import { sniffFormat } from '../../../server/src/media/sniff.ts';
import { blankMetadata, readVideoFacts } from '../../../server/src/media/videoInfo.ts';
import { webmFacts } from '../../../server/src/media/webmInfo.ts';
import { tempDataDir } from '../../helpers/serverProcess.ts';

/** Recorded by Chromium's MediaRecorder (tests/fixtures/video/record.ts): 160×90, ≈ 1.9 s. */
const fixture = (name: string) => path.join(import.meta.dirname, '../../fixtures/video', name);
const box = (type: string, ...children: Buffer[]) => {
  const body = Buffer.concat(children);
  const head = Buffer.alloc(8);
  head.writeUInt32BE(8 + body.length);
  head.write(type, 4, 'latin1');
  return Buffer.concat([head, body]);
};

describe('a video is recognised by its content, never its name', () => {
  it('MP4 by its ftyp brand and WebM by its EBML DocType; Matroska, QuickTime and a renamed text file are not videos', () => {
    expect(sniffFormat(readFileSync(fixture('clip.mp4')).subarray(0, 64))).toEqual({ kind: 'video', mime: 'video/mp4', ext: 'mp4' });
    expect(sniffFormat(readFileSync(fixture('clip.webm')).subarray(0, 64))).toEqual({ kind: 'video', mime: 'video/webm', ext: 'webm' });
    const mkv = Buffer.from(readFileSync(fixture('clip.webm')).subarray(0, 64));
    mkv.write('matr', mkv.indexOf('webm'), 'latin1');
    expect(sniffFormat(mkv)).toBeNull();
    const mov = Buffer.from(readFileSync(fixture('clip.mp4')).subarray(0, 64));
    mov.write('qt  ', 8, 'latin1');
    expect(sniffFormat(mov)).toBeNull();
    expect(sniffFormat(Buffer.from('<html><body>not a video.mp4</body></html>'))).toBeNull();
  });
});

describe('the length of a video is read from the file (no ffmpeg on the server)', () => {
  it('MP4: mvhd duration / timescale, the first video track codec and size', async () => {
    expect(await readVideoFacts(fixture('clip.mp4'), 'mp4')).toMatchObject({ seconds: 1.942, codec: 'avc1', width: 160, height: 90 });
  });

  it('WebM: Segment Info Duration × TimecodeScale, VP8, 160×90', async () => {
    const facts = await readVideoFacts(fixture('clip.webm'), 'webm');
    expect(facts).toMatchObject({ codec: 'V_VP8', width: 160, height: 90 });
    expect(facts?.seconds).toBeCloseTo(1.9, 1);
  });

  it('WebM written live without a Duration: the last block time in the clusters', () => {
    const bytes = Buffer.from(readFileSync(fixture('clip.webm')));
    // Turn the Duration element (44 89) into another: the reader must fall back to the clusters.
    const at = bytes.indexOf(Buffer.from([0x44, 0x89, 0x84]));
    expect(at).toBeGreaterThan(0);
    bytes[at] = 0x7b; // now a Title (7B A9) of the same length, which the reader ignores
    bytes[at + 1] = 0xa9;
    const facts = webmFacts(bytes);
    expect(facts.seconds).not.toBeNull();
    expect(facts.seconds!).toBeGreaterThan(1.5);
    expect(facts.seconds!).toBeLessThan(2.1);
  });

  it('fragmented MP4 whose mvhd says 0: mvex/mehd; a cut-off moov yields no length rather than a wrong one', () => {
    const mvhd = Buffer.alloc(100);
    mvhd.writeUInt32BE(1000, 12); // timescale
    const mehd = Buffer.alloc(8);
    mehd.writeUInt32BE(12_500, 4);
    const moov = box('moov', box('mvhd', mvhd), box('mvex', box('mehd', mehd)));
    expect(mp4Facts(moov).seconds).toBe(12.5);
    expect(mp4Facts(moov.subarray(0, 60)).seconds).toBeNull();
  });
});

describe('a phone video keeps no place or author: metadata is blanked in place', () => {
  it('MP4 udta becomes a free box of the same size; every other byte is unchanged', async () => {
    const mvhd = Buffer.alloc(100);
    mvhd.writeUInt32BE(600, 12);
    mvhd.writeUInt32BE(1200, 16);
    const gps = box('udta', box('\u00a9xyz', Buffer.from('+21.0285+105.8542/', 'latin1')));
    const file = Buffer.concat([box('ftyp', Buffer.from('isom0000', 'latin1')), box('moov', box('mvhd', mvhd), gps), box('mdat', Buffer.alloc(32, 7))]);
    const dir = tempDataDir('video');
    const target = path.join(dir, 'x.mp4');
    await writeFile(target, file);
    const facts = await readVideoFacts(target, 'mp4');
    expect(facts?.seconds).toBe(2);
    expect(facts?.metadata).toHaveLength(1);
    await blankMetadata(target, 'mp4', facts!.metadata);
    const kept = await readFile(target);
    expect(kept.length).toBe(file.length);
    expect(kept.includes(Buffer.from('105.8542'))).toBe(false);
    expect(kept.includes(Buffer.from('free'))).toBe(true);
    expect((await readVideoFacts(target, 'mp4'))?.seconds).toBe(2);
  });
});
