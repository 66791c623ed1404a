import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { MediaItem } from '@bangtin/shared';
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { api, contentMeta } from '../helpers/contentFixtures.ts';
import { exeBytes, pdfBytes, pngBytes, uploadFile } from '../helpers/mediaFixtures.ts';
import { tempDataDir } from '../helpers/serverProcess.ts';
import { login, startTestApp, type TestApp } from '../helpers/testApp.ts';

let t: TestApp;
afterEach(async () => {
  await t?.close();
});

async function start() {
  const root = tempDataDir('media-root');
  const mediaDir = path.join(root, 'media');
  t = await startTestApp({ mediaDir });
  return { root, mediaDir, cookie: await login(t.url, 'vanphong') };
}
const stored = (mediaDir: string) => readdirSync(mediaDir).filter((n) => n !== '.incoming').sort();
const incoming = (mediaDir: string) => readdirSync(path.join(mediaDir, '.incoming'));

function hasPdftoppm(): boolean {
  try {
    execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('media library uploads (real multipart over HTTP)', () => {
  it('stores a PNG under a generated name with a WebP thumbnail, served at /media', async () => {
    const { mediaDir, cookie } = await start();
    const res = await uploadFile(t.url, cookie, 'Khai giảng 2026.png', await pngBytes(1200, 800));
    expect(res.status).toBe(201);
    const item = res.data as unknown as MediaItem;
    expect(item).toMatchObject({ kind: 'image', mime: 'image/png', width: 1200, height: 800, label: 'Khai giảng 2026.png', uploadedBy: 'vanphong' });
    expect(item.file).toMatch(/^m-[0-9a-f]{12}\.png$/);
    expect(stored(mediaDir)).toEqual([item.file, item.thumbnail].sort());
    const thumb = await sharp(path.join(mediaDir, item.thumbnail ?? '')).metadata();
    expect(thumb).toMatchObject({ format: 'webp', width: 400 });
    const served = await fetch(`${t.url}/media/${item.thumbnail}`);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/webp');
    expect(incoming(mediaDir)).toEqual([]);

    const list = await api(t.url, cookie, 'GET', '/api/media?q=khai%20giang');
    expect(list.data).toMatchObject({ total: 1, page: 1, items: [{ id: item.id }] });
    expect((await api(t.url, cookie, 'GET', '/api/media?q=tet')).data).toMatchObject({ total: 0 });
    const audit = await t.store.listAudit(5);
    expect(audit[0]).toMatchObject({ action: 'media.upload', actor: 'vanphong', entityId: item.id });
  });

  it('refuses an .exe renamed to .png, by its content, and keeps nothing', async () => {
    const { mediaDir, cookie } = await start();
    const res = await uploadFile(t.url, cookie, 'anh-dep.png', exeBytes(), 'image/png');
    expect(res.status).toBe(415);
    expect(res.error?.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(res.error?.message).toContain('không phải ảnh PNG, JPEG, WebP, GIF hay tệp PDF');
    expect(stored(mediaDir)).toEqual([]);
    expect(incoming(mediaDir)).toEqual([]);
    expect(await t.store.media.list()).toEqual([]);
  });

  it('refuses a file that starts like a PNG but is not one', async () => {
    const { mediaDir, cookie } = await start();
    const fake = Buffer.concat([(await pngBytes(10, 10)).subarray(0, 16), Buffer.alloc(2000, 7)]);
    const res = await uploadFile(t.url, cookie, 'hong.png', fake);
    expect(res.status).toBe(415);
    expect(res.error?.message).toContain('tệp bị hỏng');
    expect(stored(mediaDir)).toEqual([]);
  });

  it('refuses 21 MB with 413 and a Vietnamese message, removing the partial file', async () => {
    const { mediaDir, cookie } = await start();
    const big = Buffer.alloc(21 * 1024 * 1024, 1);
    (await pngBytes(10, 10)).copy(big, 0);
    const res = await uploadFile(t.url, cookie, 'qua-lon.png', big);
    expect(res.status).toBe(413);
    expect(res.error).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
    expect(res.error?.message).toContain('lớn hơn 20 MB');
    expect(stored(mediaDir)).toEqual([]);
    expect(incoming(mediaDir)).toEqual([]);
  });

  it('a path-traversal or odd file name is only a label: nothing is written outside the media folder', async () => {
    const { root, mediaDir, cookie } = await start();
    const before = readdirSync(root).sort();
    const names = ['../../../../etc/cron.d/x.png', '..\\..\\win.ini.png', '.htaccess', 'a<b>|c?.png', 'Áp phi\u0301ch.png'];
    const labels: string[] = [];
    for (const name of names) {
      const res = await uploadFile(t.url, cookie, name, await pngBytes(20, 20));
      expect(res.status, `${name} ${JSON.stringify(res.error)}`).toBe(201);
      const item = res.data as unknown as MediaItem;
      expect(item.file).toMatch(/^m-[0-9a-f]{12}\.png$/);
      labels.push(item.label);
    }
    expect(labels).toEqual(['x.png', 'win.ini.png', 'htaccess', 'abc.png', 'Áp phích.png']);
    expect(labels[4]).toBe(labels[4]?.normalize('NFC'));
    const nul = await uploadFile(t.url, cookie, 'a\u0000b.png', await pngBytes(20, 20));
    expect(nul.status).toBe(400); // busboy refuses the malformed part header
    expect(readdirSync(root).sort()).toEqual(before);
    expect(incoming(mediaDir)).toEqual([]);
    expect(existsSync('/etc/cron.d/x.png')).toBe(false);
    expect(stored(mediaDir)).toHaveLength(names.length * 2);
  });

  it('renders a PDF poster to PNG pages with a thumbnail (pdftoppm; CI installs poppler-utils)', async ({ skip }) => {
    const { mediaDir, cookie } = await start();
    const res = await uploadFile(t.url, cookie, 'Áp phích tuyển sinh.pdf', pdfBytes(), 'application/pdf');
    expect(res.status).toBe(201);
    const item = res.data as unknown as MediaItem;
    expect(item).toMatchObject({ kind: 'pdf', mime: 'application/pdf' });
    expect(item.file).toMatch(/^m-[0-9a-f]{12}\.pdf$/);
    if (!hasPdftoppm()) {
      expect(item.pages).toEqual([]); // without poppler the PDF is kept as a file and shown as a link
      // Reported as skipped (not passed): the PNG pages were not checked on this machine.
      skip('pdftoppm is not installed (apt-get install poppler-utils): PDF pages to PNG not checked');
    }
    expect(item.pages).toEqual([`${item.id}-p1.png`]);
    const page = await sharp(path.join(mediaDir, item.pages[0] ?? '')).metadata();
    expect(page.format).toBe('png');
    expect(page.height).toBe(1920); // A4 portrait scaled to fit 1920 px
    expect(item.thumbnail && existsSync(path.join(mediaDir, item.thumbnail))).toBe(true);
  });

  it('checks who may upload and delete, refuses a delete while content uses the file, then removes every file', async () => {
    const { mediaDir, cookie } = await start();
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(await pngBytes(10, 10))]), 'x.png');
    expect((await fetch(`${t.url}/api/media`, { method: 'POST', headers: { 'x-bangtin-upload': '1' }, body: form })).status).toBe(401);
    const noHeader = await fetch(`${t.url}/api/media`, { method: 'POST', headers: { cookie }, body: form });
    expect(noHeader.status).toBe(400); // a cross-site form cannot add the upload header

    const item = (await uploadFile(t.url, cookie, 'Bé khoẻ.png', await pngBytes(300, 200))).data as unknown as MediaItem;
    expect((await api(t.url, cookie, 'DELETE', `/api/media/${item.id}`)).status).toBe(403); // editor

    const content = await api(t.url, cookie, 'POST', '/api/content', {
      ...contentMeta, type: 'image', url: `/media/${item.file}`, caption: 'Bé khoẻ bé ngoan', theme: 'blue', status: 'draft',
    });
    expect(content.status).toBe(201);
    const principal = await login(t.url, 'hieutruong');
    const refused = await api(t.url, principal, 'DELETE', `/api/media/${item.id}`);
    expect(refused.status).toBe(409);
    expect(refused.error?.message).toContain('Bé khoẻ bé ngoan');
    expect(refused.error?.details?.[0]?.path).toBe(`content:${(content.data as unknown as { id: string }).id}`);
    expect(stored(mediaDir)).toHaveLength(2);

    const unused = (await uploadFile(t.url, cookie, 'khong-dung.png', await pngBytes(30, 30))).data as unknown as MediaItem;
    expect((await api(t.url, principal, 'DELETE', `/api/media/${unused.id}`)).status).toBe(200);
    expect(stored(mediaDir)).toEqual([item.file, item.thumbnail].sort());
    expect(await t.store.media.get(unused.id)).toBeUndefined();
    expect((await t.store.listAudit(1))[0]).toMatchObject({ action: 'media.delete', actor: 'hieutruong' });
  });
});
