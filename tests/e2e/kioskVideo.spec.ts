import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Route } from '@playwright/test';
import { pngBytes } from '../helpers/mediaFixtures.ts';
import { apiLogin, apiPost, contentMeta, expect, sharedFreshServer, shot, test } from './fixtures.ts';
import { activeSlideId } from './kioskModel.ts';

const SHOTS = 'tests/artifacts/screens';
// 0.5 s (tests/fixtures/video/record.ts): both tests watch it play to its end, the 1.9 s clip.webm was waits of 2 s.
const clip = readFileSync(path.join(import.meta.dirname, '../fixtures/video/clip-short.webm'));
// Both tests archive every item before adding their own: one fresh server serves both (the second one stops it).
const fresh = sharedFreshServer();
test.afterAll(() => fresh.stop());

async function upload(baseUrl: string, cookie: string, route: string, bytes: Uint8Array, name: string, type: string) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name);
  const res = await fetch(`${baseUrl}${route}`, { method: 'POST', headers: { cookie, 'x-bangtin-upload': '1' }, body: form });
  expect(res.status).toBeLessThan(300);
  return ((await res.json()) as { data: { id: string; file: string } }).data;
}

test('a video slide shows its poster while loading, plays muted to its end and moves on; a broken video never stops the rotation', async ({ browser }) => {
  const { url } = await fresh.get();
  const cookie = await apiLogin(url);
  const all = (await (await fetch(`${url}/api/content`, { headers: { cookie } })).json()) as { data: { id: string }[] };
  await Promise.all(all.data.map((item) => apiPost(url, cookie, `/api/content/${item.id}/status`, { status: 'archived' })));
  const good = await upload(url, cookie, '/api/media', clip, 'Lễ chào cờ.webm', 'video/webm');
  await upload(url, cookie, `/api/media/${good.id}/poster`, await pngBytes(160, 90), 'poster.png', 'image/png');
  const broken = await upload(url, cookie, '/api/media', clip, 'Hỏng.webm', 'video/webm');
  const video = { ...contentMeta, type: 'video', posterUrl: null, videoSeconds: 1, plays: 1 };
  const played = await apiPost(url, cookie, '/api/content', { ...video, title: 'Lễ chào cờ đầu tuần', url: `/media/${good.file}` });
  const failing = await apiPost(url, cookie, '/api/content', { ...video, title: 'Video hỏng', url: `/media/${broken.file}` });
  const slogan = await apiPost(url, cookie, '/api/content', { ...contentMeta, durationSeconds: 3, type: 'slogan', text: 'Khẩu hiệu vẫn chạy', attribution: '', theme: 'blue' });
  expect([played.status, failing.status, slogan.status]).toEqual([201, 201, 201]);

  // No service worker here: the page's own requests are routed (the worker's range answers are an integration concern).
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const warnings: string[] = [];
  page.on('console', (message) => warnings.push(message.text()));
  // The good video is held back until the poster has been seen; the broken one never arrives.
  const held: Route[] = [];
  let release = false;
  await page.route(`**/media/${good.file}`, (route) => (release ? route.continue() : void held.push(route)));
  await page.route(`**/media/${broken.file}`, (route) => route.abort('failed'));
  await page.goto(`${url}/display/gate?speed=3`);

  const slide = page.getByTestId('slide');
  await expect(slide).toHaveAttribute('data-slide-id', played.json.data.id, { timeout: 8000 });
  await expect(page.getByTestId('video-poster').locator('img')).toHaveAttribute('src', /-poster\.png$/);
  await shot(page, `${SHOTS}/video-slide-poster-1920x1080.png`);
  const media = page.getByTestId('video');
  expect(await media.evaluate((el: HTMLVideoElement) => el.muted)).toBe(true);
  await media.evaluate((el) => el.addEventListener('ended', () => el.setAttribute('data-ended', String(Date.now()))));

  // Playing: the poster goes while the video is still the slide on air (watched in the page: a half-second clip may
  // have ended, and its slide left, by the time a poll from here looks).
  const posterGoneOnAir = page.evaluate(
    () =>
      new Promise<boolean>((resolve) => {
        const check = () => {
          if (document.querySelector('[data-testid="video-poster"]')) return;
          observer.disconnect();
          resolve(document.querySelector('[data-testid="video"]') !== null);
        };
        const observer = new MutationObserver(check);
        observer.observe(document.body, { subtree: true, childList: true, attributes: true });
        check();
      }),
  );
  release = true;
  for (const route of held.splice(0)) await route.continue();
  expect(await posterGoneOnAir).toBe(true);
  await shot(page, `${SHOTS}/video-slide-playing-1920x1080.png`);
  // Played to its end (≈ 0.5 s at real speed, whatever ?speed says), then the next slide at once: the slogan, the
  // broken video having been skipped when it failed to load ahead of its turn.
  await expect(slide).toHaveAttribute('data-slide-id', slogan.json.data.id, { timeout: 8000 });
  expect(await page.locator(`[data-slide-id="${played.json.data.id}"] video`).count()).toBeLessThanOrEqual(1);
  expect(warnings.some((w) => w.includes(`video ${failing.json.data.id}`) && w.includes('skipped'))).toBe(true);
  expect(await activeSlideId(page)).not.toBe(failing.json.data.id);
  await context.close();
});

test('offline, the kiosk’s service worker answers a video’s range requests from its cache (206) and the lone video keeps playing round', async ({ browser }) => {
  const freshServer = await fresh.get();
  const { url } = freshServer;
  const cookie = await apiLogin(url);
  const all = (await (await fetch(`${url}/api/content`, { headers: { cookie } })).json()) as { data: { id: string }[] };
  await Promise.all(all.data.map((item) => apiPost(url, cookie, `/api/content/${item.id}/status`, { status: 'archived' })));
  const file = (await upload(url, cookie, '/api/media', clip, 'Lễ chào cờ.webm', 'video/webm')).file;
  const created = await apiPost(url, cookie, '/api/content', { ...contentMeta, type: 'video', title: 'Lễ chào cờ', url: `/media/${file}`, posterUrl: null, videoSeconds: 1, plays: 1 });
  expect(created.status).toBe(201);

  const context = await browser.newContext({ viewport: { width: 960, height: 540 }, serviceWorkers: 'allow' });
  const page = await context.newPage();
  await page.goto(`${url}/display/gate`);
  await page.waitForFunction(async () => Boolean((await navigator.serviceWorker.ready).active), null, { timeout: 15_000 });
  await page.reload(); // now controlled: the prefetch goes through the worker, which keeps the whole file
  const videoUrl = `/media/${file}`;
  await page.waitForFunction(async (u) => Boolean(await (await caches.open('bangtin-media')).match(u)), videoUrl, { timeout: 15_000 });

  await freshServer.stop('SIGKILL');
  const answer = await page.evaluate(async (u) => {
    const res = await fetch(u, { headers: { range: 'bytes=0-99' } });
    return { status: res.status, range: res.headers.get('content-range'), length: (await res.arrayBuffer()).byteLength };
  }, videoUrl);
  expect(answer).toEqual({ status: 206, range: `bytes 0-99/${clip.length}`, length: 100 });
  // The one video of the loop ends and starts over (never a last frame standing), from the cache.
  const media = page.getByTestId('video');
  await media.evaluate((el) => el.addEventListener('ended', () => el.setAttribute('data-ended', '1')));
  await expect(media).toHaveAttribute('data-ended', '1', { timeout: 8000 });
  await expect.poll(() => media.evaluate((el: HTMLVideoElement) => !el.paused && el.currentTime > 0.2), { timeout: 5000 }).toBe(true);
  await context.close();
});
