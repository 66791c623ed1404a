import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ContentItem, MediaItem } from '@bangtin/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { api, contentMeta } from '../helpers/contentFixtures.ts';
import { pngBytes, uploadFile } from '../helpers/mediaFixtures.ts';
import { tempDataDir } from '../helpers/serverProcess.ts';
import { login, startTestApp, type TestApp } from '../helpers/testApp.ts';

const clip = (name: string) => readFileSync(path.join(import.meta.dirname, '../fixtures/video', name));

let t: TestApp;
afterEach(async () => {
  await t?.close();
});

async function start() {
  const mediaDir = path.join(tempDataDir('video-root'), 'media');
  t = await startTestApp({ mediaDir });
  return { mediaDir, cookie: await login(t.url, 'vanphong') };
}

async function uploadPoster(cookie: string, id: string, bytes: Uint8Array) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/png' }), 'poster.png');
  const res = await fetch(`${t.url}/api/media/${id}/poster`, { method: 'POST', headers: { cookie, 'x-bangtin-upload': '1' }, body: form });
  return { status: res.status, ...((await res.json()) as { data?: MediaItem; error?: { message: string } }) };
}

describe('video uploads: a school clip is kept with its length, a wrong file is refused with a reason', () => {
  it('MP4 and WebM are stored under generated names with the length read from the file', async () => {
    const { cookie } = await start();
    const mp4 = await uploadFile(t.url, cookie, 'Lễ khai giảng.mp4', clip('clip.mp4'), 'video/mp4');
    expect(mp4.status).toBe(201);
    expect(mp4.data).toMatchObject({ kind: 'video', mime: 'video/mp4', seconds: 1.942, width: 160, height: 90, poster: null, label: 'Lễ khai giảng.mp4' });
    expect(String(mp4.data?.file)).toMatch(/^m-[0-9a-f]{12}\.mp4$/);
    const webm = await uploadFile(t.url, cookie, '../../clip.webm', clip('clip.webm'), 'video/webm');
    expect(webm.status).toBe(201);
    expect(webm.data).toMatchObject({ kind: 'video', mime: 'video/webm', label: 'clip.webm' });
    expect(Number(webm.data?.seconds)).toBeCloseTo(1.9, 1);
    const listed = await api(t.url, cookie, 'GET', '/api/media?kind=video');
    expect(listed.data).toMatchObject({ total: 2 });
  });

  it('refuses a video named .png and a picture named .mp4 by neither name, and a cut-off or over-long video with a Vietnamese reason', async () => {
    const { mediaDir, cookie } = await start();
    const renamed = await uploadFile(t.url, cookie, 'anh.png', clip('clip.webm'), 'image/png');
    expect(renamed.status).toBe(201); // it is a video, whatever its name
    expect(renamed.data).toMatchObject({ kind: 'video' });
    const cut = await uploadFile(t.url, cookie, 'dang-quay.mp4', clip('clip.mp4').subarray(0, 200), 'video/mp4');
    expect(cut.status).toBe(415);
    expect(cut.error?.message).toContain('Không đọc được video “dang-quay.mp4”');
    // A 10-minute movie header (timescale 1000, duration 600 000): longer than a lobby screen should be held.
    const long = Buffer.from(clip('clip.mp4'));
    const mvhd = long.indexOf('mvhd');
    long.writeUInt32BE(1000, mvhd + 4 + 20);
    long.writeBigUInt64BE(600_000n, mvhd + 4 + 24);
    const tooLong = await uploadFile(t.url, cookie, 'phim.mp4', long, 'video/mp4');
    expect(tooLong.status).toBe(415);
    expect(tooLong.error?.message).toContain('dài 10 phút 0 giây');
    expect(tooLong.error?.message).toContain('tối đa 5 phút');
    const hevc = Buffer.from(clip('clip.mp4'));
    hevc.write('hvc1', hevc.indexOf('avc1', 40), 'latin1');
    const iphone = await uploadFile(t.url, cookie, 'IMG_0001.mp4', hevc, 'video/mp4');
    expect(iphone.status).toBe(415);
    expect(iphone.error?.message).toContain('H.265/HEVC');
    expect((await t.store.media.list()).map((m) => m.label)).toEqual(['anh.png']);
    expect(readFileSync(path.join(mediaDir, (await t.store.media.list())[0]!.file)).length).toBe(clip('clip.webm').length);
  });

  it('the poster frame the console drew is kept (re-encoded) with a thumbnail, and only for videos', async () => {
    const { cookie } = await start();
    const video = (await uploadFile(t.url, cookie, 'clip.webm', clip('clip.webm'), 'video/webm')).data as unknown as MediaItem;
    const poster = await uploadPoster(cookie, video.id, await pngBytes(160, 90));
    expect(poster.status).toBe(200);
    expect(poster.data).toMatchObject({ poster: `${video.id}-poster.png`, thumbnail: `${video.id}-thumb.webp` });
    expect((await fetch(`${t.url}/media/${video.id}-poster.png`)).status).toBe(200);
    const picture = (await uploadFile(t.url, cookie, 'a.png', await pngBytes(20, 20))).data as unknown as MediaItem;
    expect((await uploadPoster(cookie, picture.id, await pngBytes(20, 20))).status).toBe(400);
    expect((await uploadPoster(cookie, video.id, clip('clip.mp4'))).status).toBe(415);
  });
});

describe('a video slide plays for the file’s real length, whatever the console sent', () => {
  it('stores videoSeconds and the poster from the library, refuses a picture as a video', async () => {
    const { cookie } = await start();
    const video = (await uploadFile(t.url, cookie, 'clip.mp4', clip('clip.mp4'), 'video/mp4')).data as unknown as MediaItem;
    await uploadPoster(cookie, video.id, await pngBytes(160, 90));
    const input = { ...contentMeta, status: 'draft', type: 'video', title: 'Lễ chào cờ', url: `/media/${video.file}`, posterUrl: null, videoSeconds: 99, plays: 3 };
    const created = await api(t.url, cookie, 'POST', '/api/content', input);
    expect(created.status).toBe(201);
    const item = created.data as unknown as Extract<ContentItem, { type: 'video' }>;
    expect(item).toMatchObject({ videoSeconds: 1.942, posterUrl: `/media/${video.id}-poster.png`, plays: 3 });
    const picture = (await uploadFile(t.url, cookie, 'a.png', await pngBytes(20, 20))).data as unknown as MediaItem;
    const wrong = await api(t.url, cookie, 'POST', '/api/content', { ...input, url: `/media/${picture.file}` });
    expect(wrong.status).toBe(400);
    expect(wrong.error?.details).toEqual([{ path: 'url', message: 'Chọn một video trong thư viện' }]);
    // In use: the library will not delete it.
    expect((await api(t.url, await login(t.url, 'admin'), 'DELETE', `/api/media/${video.id}`)).status).toBe(409);
  });
});

describe('/media answers the byte ranges a <video> asks for', () => {
  it('206 with Content-Range for a range, refused past the end, 200 for the whole file', async () => {
    const { cookie } = await start();
    const video = (await uploadFile(t.url, cookie, 'clip.webm', clip('clip.webm'), 'video/webm')).data as unknown as MediaItem;
    const size = clip('clip.webm').length;
    const first = await fetch(`${t.url}/media/${video.file}`, { headers: { range: 'bytes=0-99' } });
    expect(first.status).toBe(206);
    expect(first.headers.get('content-range')).toBe(`bytes 0-99/${size}`);
    expect(first.headers.get('content-type')).toBe('video/webm');
    expect((await first.arrayBuffer()).byteLength).toBe(100);
    const open = await fetch(`${t.url}/media/${video.file}`, { headers: { range: 'bytes=100-' } });
    expect(open.status).toBe(206);
    expect(open.headers.get('content-range')).toBe(`bytes 100-${size - 1}/${size}`);
    expect(Buffer.from(await open.arrayBuffer()).equals(clip('clip.webm').subarray(100))).toBe(true);
    // Past the end: refused, never the whole file (the error handler answers its 400 rather than serve-static's 416).
    expect((await fetch(`${t.url}/media/${video.file}`, { headers: { range: `bytes=${size + 10}-` } })).status).toBe(400);
    const whole = await fetch(`${t.url}/media/${video.file}`);
    expect(whole.status).toBe(200);
    expect(whole.headers.get('accept-ranges')).toBe('bytes');
    // The console reads a new video from the local file (blob:) to draw its poster frame; screens load /media videos.
    expect((await fetch(`${t.url}/api/media`)).headers.get('content-security-policy')).toContain("media-src 'self' blob:");
  });
});
