import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { MediaItem } from '@bangtin/shared';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostilePdfs, jpegWithGps, pdfWithMetadata, pngDeclaring, zipBomb } from '../helpers/hostileMedia.ts';
import { pngBytes, uploadFile } from '../helpers/mediaFixtures.ts';
import { tempDataDir } from '../helpers/serverProcess.ts';
import { login, startTestApp, type TestApp } from '../helpers/testApp.ts';

// One server for the file: every case checks only what its own upload did (refusals: the library did not grow).
let t: TestApp;
let mediaDir: string;
let cookie: string;
beforeAll(async () => {
  mediaDir = path.join(tempDataDir('hostile-media'), 'media');
  t = await startTestApp({ mediaDir });
  cookie = await login(t.url, 'vanphong');
});
afterAll(async () => t?.close());

const stored = () => readdirSync(mediaDir).filter((n) => n !== '.incoming');
const served = async (file: string | null) => {
  const res = await fetch(`${t.url}/media/${file}`);
  expect(res.status).toBe(200);
  return { res, bytes: Buffer.from(await res.arrayBuffer()) };
};
/** Text that identifies a pupil's photo: EXIF/XMP markers, the GPS position, the author's name, the JPEG comment. */
const TELLTALES = ['Exif', 'GPS', 'xmpmeta', 'Nguyen', 'nha be Lan', 'ICC_PROFILE'];

describe('hostile uploads: what the public is served carries no metadata and no active content', () => {
  it('a phone photo loses its EXIF, GPS, XMP, comment and colour profile, and is turned upright (original and thumbnail)', async () => {
    const photo = await jpegWithGps(300, 200);
    const before = await sharp(photo).metadata();
    expect(before).toMatchObject({ orientation: 6 });
    expect(before.exif && before.xmp && before.icc).toBeTruthy();
    for (const mark of TELLTALES) expect(photo.includes(mark), mark).toBe(true);

    const res = await uploadFile(t.url, cookie, 'Bé Lan lớp Lá.jpg', photo, 'image/jpeg');
    expect(res.status).toBe(201);
    const item = res.data as unknown as MediaItem;
    expect(item).toMatchObject({ width: 200, height: 300 }); // orientation 6 applied: the portrait photo stands up
    for (const file of [item.file, item.thumbnail]) {
      const { res: reply, bytes } = await served(file);
      expect(reply.headers.get('x-content-type-options')).toBe('nosniff');
      const meta = await sharp(bytes).metadata();
      expect([meta.exif, meta.xmp, meta.icc, meta.iptc, meta.orientation], file ?? '').toEqual([undefined, undefined, undefined, undefined, undefined]);
      expect(meta.height).toBeGreaterThan(meta.width ?? 0);
      for (const mark of TELLTALES) expect(bytes.includes(mark), `${file} contains ${mark}`).toBe(false);
    }
    expect((await served(item.file)).bytes.length).toBe(item.bytes); // the size listed is the size served
  });

  it('PNG and WebP lose their EXIF and XMP too; HTML hidden after a picture is not kept', async () => {
    const exif = { IFD0: { Artist: 'Nguyen Van A' }, IFD3: { GPSLatitudeRef: 'N' } };
    const xmp = '<x:xmpmeta xmlns:x="adobe:ns:meta/">GPS 21.0285N</x:xmpmeta>';
    const base = await pngBytes(64, 48);
    const samples = [
      { name: 'a.png', bytes: await sharp(base).png().withExif(exif).withXmp(xmp).toBuffer() },
      { name: 'b.webp', bytes: await sharp(base).webp().withExif(exif).withXmp(xmp).toBuffer() },
      { name: 'c.png', bytes: Buffer.concat([base, Buffer.from('<html><script>alert(document.cookie)</script></html>')]) },
    ];
    for (const { name, bytes } of samples) {
      const res = await uploadFile(t.url, cookie, name, bytes);
      expect(res.status, name).toBe(201);
      const { res: reply, bytes: out } = await served((res.data as unknown as MediaItem).file);
      expect(reply.headers.get('content-security-policy')).toMatch(/^sandbox/);
      for (const mark of [...TELLTALES, '<script']) expect(out.includes(mark), `${name}: ${mark}`).toBe(false);
    }
  });

  it('refuses PDFs with script, automatic actions, launch, embedded files, a bomb, polyglots and encryption, keeping nothing', async () => {
    const before = stored();
    const listed = (await t.store.media.list()).length;
    const cases = hostilePdfs();
    expect(cases.length).toBeGreaterThanOrEqual(9);
    for (const { name, bytes } of cases) {
      const res = await uploadFile(t.url, cookie, `${name}.pdf`, bytes, 'application/pdf');
      expect(res.status, name).toBe(415);
      expect(res.error?.code).toBe('UNSUPPORTED_MEDIA_TYPE');
      expect(res.error?.message, name).toMatch(/không được nhận|không kiểm tra được/);
    }
    expect(stored()).toEqual(before);
    expect(readdirSync(path.join(mediaDir, '.incoming'))).toEqual([]);
    expect(await t.store.media.list()).toHaveLength(listed);
    const active = await uploadFile(t.url, cookie, 'x.pdf', cases[0]!.bytes, 'application/pdf');
    expect(active.error?.message).toContain('mã chạy tự động');
  });

  it('a clean PDF is stored without author, software or XMP, and /media sends it as a download under a sandbox', async () => {
    const poster = pdfWithMetadata();
    expect(poster.includes('Nguyen') && poster.includes('OpenAction')).toBe(true);
    const res = await uploadFile(t.url, cookie, 'Áp phích.pdf', poster, 'application/pdf');
    expect(res.status).toBe(201);
    const { res: reply, bytes } = await served((res.data as unknown as MediaItem).file);
    expect(reply.headers.get('content-type')).toBe('application/pdf');
    expect(reply.headers.get('content-disposition')).toBe('attachment');
    expect(reply.headers.get('content-security-policy')).toMatch(/^sandbox/);
    for (const mark of ['Nguyen', 'Secret Office', '/OpenAction', '/Metadata']) expect(bytes.includes(mark), mark).toBe(false);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('refuses picture and zip decompression bombs without decoding them', async () => {
    const before = stored();
    const listed = (await t.store.media.list()).length;
    const started = Date.now();
    const png = await uploadFile(t.url, cookie, 'bom.png', await pngDeclaring(20_000, 20_000));
    expect(png.status).toBe(415);
    expect(png.error?.message).toContain('80 triệu điểm ảnh');
    const zip = await uploadFile(t.url, cookie, 'bom.zip', zipBomb(), 'application/zip');
    expect(zip.status).toBe(415);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(stored()).toEqual(before);
    expect(await t.store.media.list()).toHaveLength(listed);
  });
});
