import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Database, MediaItem } from '@bangtin/shared';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { manualClock } from '../../server/src/clock.ts';
import { createLogger } from '../../server/src/logger.ts';
import { sweepUncleanedMedia } from '../../server/src/media/sweep.ts';
import { openFileStore } from '../../server/src/store/openStore.ts';
import { jpegWithGps, pdfWithMetadata } from '../helpers/hostileMedia.ts';
import { pngBytes } from '../helpers/mediaFixtures.ts';
import { startServerProcess, tempDataDir } from '../helpers/serverProcess.ts';
import { seededDatabase } from '../helpers/testApp.ts';

/** What identifies a pupil's photo or the office's PDF: EXIF/XMP markers, the GPS position, the author's name. */
const TELLTALES = ['Exif', 'GPS', 'xmpmeta', 'Nguyen', 'nha be Lan', 'Secret Office'];
const UPLOADED = '2026-10-01T02:00:00.000Z';

/** A library item as uploads wrote them before re-encoding existed: no `cleanedAt`. */
const oldItem = (id: string, kind: MediaItem['kind'], file: string, mime: string, pages: string[] = []): MediaItem => ({
  id,
  kind,
  file,
  thumbnail: `${id}-thumb.webp`,
  label: id,
  mime,
  bytes: 0,
  width: 300,
  height: 200,
  pages,
  uploadedAt: UPLOADED,
  uploadedBy: 'vanphong',
});

describe('media uploaded before re-encoding are cleaned once at start', { timeout: 60_000 }, () => {
  it('an old phone photo with EXIF GPS is served without it after a start; old PDF pages stay those of the cleaned file; a second sweep changes nothing', async () => {
    const dataDir = tempDataDir('sweep');
    const mediaDir = path.join(dataDir, 'media');
    await mkdir(mediaDir, { recursive: true });
    const photo = await jpegWithGps(300, 200);
    for (const mark of ['Exif', 'GPS', 'Nguyen']) expect(photo.includes(mark)).toBe(true);
    await writeFile(path.join(mediaDir, 'm-old-photo.jpg'), photo);
    await writeFile(path.join(mediaDir, 'm-old-photo-thumb.webp'), await sharp(await pngBytes(40, 30)).webp().toBuffer());
    await writeFile(path.join(mediaDir, 'm-old-poster.pdf'), pdfWithMetadata());
    for (const page of ['m-old-poster-p1.png', 'm-old-poster-p2.png', 'm-old-poster-thumb.webp']) {
      await writeFile(path.join(mediaDir, page), await pngBytes(20, 20));
    }
    const db: Database = await seededDatabase(new Date(UPLOADED));
    db.media.push(
      oldItem('m-old-photo', 'image', 'm-old-photo.jpg', 'image/jpeg'),
      oldItem('m-old-poster', 'pdf', 'm-old-poster.pdf', 'application/pdf', ['m-old-poster-p1.png', 'm-old-poster-p2.png']),
    );
    await writeFile(path.join(dataDir, 'db.json'), JSON.stringify(db));

    const server = await startServerProcess({ DATA_DIR: dataDir });
    try {
      const res = await fetch(`${server.url}/media/m-old-photo.jpg`);
      expect(res.status).toBe(200);
      const served = Buffer.from(await res.arrayBuffer());
      const meta = await sharp(served).metadata();
      expect([meta.exif, meta.xmp, meta.orientation]).toEqual([undefined, undefined, undefined]);
      expect(meta.height).toBeGreaterThan(meta.width ?? 0); // orientation 6 applied to the pixels
      for (const mark of TELLTALES) expect(served.includes(mark), mark).toBe(false);
      const pdf = Buffer.from(await (await fetch(`${server.url}/media/m-old-poster.pdf`)).arrayBuffer());
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      for (const mark of TELLTALES) expect(pdf.includes(mark), `PDF ${mark}`).toBe(false);
    } finally {
      await server.stop();
    }

    const { store } = await openFileStore(dataDir, () => Promise.reject(new Error('db.json must exist')));
    const stored = await store.media.list();
    const photoItem = stored.find((m) => m.id === 'm-old-photo')!;
    const poster = stored.find((m) => m.id === 'm-old-poster')!;
    expect(photoItem).toMatchObject({ width: 200, height: 300, bytes: (await readFile(path.join(mediaDir, 'm-old-photo.jpg'))).length });
    expect(photoItem.cleanedAt && poster.cleanedAt).toBeTruthy();
    // The pages listed are the pages on disk, rendered from the cleaned PDF (one page poster: the stale page 2 is gone).
    expect(poster.pages).toEqual(['m-old-poster-p1.png']);
    expect(existsSync(path.join(mediaDir, 'm-old-poster-p2.png'))).toBe(false);
    expect((await sharp(path.join(mediaDir, 'm-old-poster-p1.png')).metadata()).width).toBeGreaterThan(20);
    expect(existsSync(path.join(mediaDir, '.incoming', 'sweep-m-old-photo'))).toBe(false); // no half-written leftovers

    const before = await readFile(path.join(mediaDir, 'm-old-photo.jpg'));
    const again = await sweepUncleanedMedia({ store, clock: manualClock(new Date()), logger: createLogger('silent'), mediaDir });
    expect(again).toEqual({ cleaned: 0, skipped: 2, missing: 0, refused: 0, failed: 0 });
    expect((await readFile(path.join(mediaDir, 'm-old-photo.jpg'))).equals(before)).toBe(true);
    await store.close();
    await rm(dataDir, { recursive: true, force: true });
  });
});
