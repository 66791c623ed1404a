import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_NOTIFY_SETTINGS } from '@bangtin/shared';
import sharp from 'sharp';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openForm, parentFeedback, postForm } from '../helpers/feedbackForms.ts';
import { pngBytes } from '../helpers/mediaFixtures.ts';
import { startSmtpInbox } from '../helpers/smtpInbox.ts';
import { login, startTestApp, type TestApp } from '../helpers/testApp.ts';
import { tempDataDir } from '../helpers/serverProcess.ts';

const api = (t: TestApp) => request(t.url);
const send = (t: TestApp, body: object) => api(t).post('/api/public/feedback').send(body);

describe('feedback from a parent’s phone: /gop-y and POST /api/public/feedback', () => {
  let t: TestApp;
  let mediaDir: string;
  beforeAll(async () => {
    mediaDir = tempDataDir('media');
    t = await startTestApp({ mediaDir });
  });
  afterAll(() => t.close());

  it('an empty or wrong submission is refused with a Vietnamese message per field, all at once', async () => {
    const res = await send(t, { email: 'không-phải-thư', phone: '12' }).expect(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
    const byPath = Object.fromEntries((res.body.error.details as { path: string; message: string }[]).map((d) => [d.path, d.message]));
    expect(byPath).toMatchObject({
      name: 'Vui lòng nhập họ và tên',
      address: expect.stringContaining('Vui lòng nhập địa chỉ'),
      phone: 'Số điện thoại chưa đúng, ví dụ 0912 345 678',
      email: expect.stringContaining('thư điện tử chưa đúng'),
      subject: 'Vui lòng chọn loại phản ánh, kiến nghị',
      content: 'Vui lòng nhập nội dung phản ánh, kiến nghị',
    });
    const noContact = await send(t, { ...parentFeedback(), phone: '' }).expect(400);
    expect(noContact.body.error.details).toEqual([{ path: 'phone', message: expect.stringContaining('số điện thoại hoặc thư điện tử') }]);
  });

  it('a good one gets 201 and a short code; the code shows status and dates and never who sent it', async () => {
    const res = await send(t, parentFeedback()).expect(201);
    expect(res.body.data.code).toMatch(/^GY-[2-9A-HJKMNP-Z]{4}$/);
    const status = await api(t).get(`/api/public/feedback/${res.body.data.code.toLowerCase()}`).expect(200);
    expect(status.body.data).toMatchObject({ code: res.body.data.code, status: 'new', subject: 'handling' });
    expect(JSON.stringify(status.body)).not.toMatch(/Hoa|0912|Nam Đô|quá hạn/);
    await api(t).get('/api/public/feedback/GY-2222').expect(404);
  });

  it('the same message from the same contact the same day gives the same code back, not a second item', async () => {
    const first = await send(t, parentFeedback({ content: 'Đề nghị mở thêm cổng đón trẻ phía sau.', subject: 'proposal' })).expect(201);
    t.clock.advance(3 * 3_600_000);
    const again = await send(t, parentFeedback({ content: '  đề nghị mở thêm cổng đón trẻ phía sau!', subject: 'proposal', phone: '+84 912 345 678' })).expect(201);
    expect(again.body.data.code).toBe(first.body.data.code);
    const stored = (await t.store.feedback.list()).filter((f) => f.content.includes('cổng đón trẻ'));
    expect(stored).toHaveLength(1);
    t.clock.advance(25 * 3_600_000);
    const nextDay = await send(t, parentFeedback({ content: 'Đề nghị mở thêm cổng đón trẻ phía sau.', subject: 'proposal' })).expect(201);
    expect(nextDay.body.data.code).not.toBe(first.body.data.code);
  });

  it('the page form works without JavaScript: errors in a summary and beside each field, then a thank-you with the code', async () => {
    const stamp = await openForm(t);
    const refused = await postForm(t, { _t: stamp, ...parentFeedback({ name: '', content: '<b>x</b>' }), phone: '' }).expect(400);
    expect(refused.text).toContain('Vui lòng sửa 2 mục trước khi gửi');
    expect(refused.text).toContain('<a href="#f-name">Họ và tên: Vui lòng nhập họ và tên</a>');
    expect(refused.text).toContain('id="f-phone-error"');
    expect(refused.text).toContain('&lt;b&gt;x&lt;/b&gt;'); // what they typed is kept, as text
    const fresh = /name="_t" value="([^"]+)"/.exec(refused.text)?.[1] ?? '';
    t.clock.advance(5000);
    const sent = await postForm(t, { _t: fresh, ...parentFeedback({ content: 'Phòng chờ của bộ phận một cửa thiếu ghế.' }) }).expect(303);
    const code = /^\/gop-y\/(GY-[A-Z0-9]+)\?da-gui=1$/.exec(sent.headers.location ?? '')?.[1];
    expect(code).toBeDefined();
    const thanks = await api(t).get(sent.headers.location ?? '').expect(200);
    expect(thanks.text).toContain('Cảm ơn quý vị');
    expect(thanks.text).toContain(`<p class="code">${code}</p>`);
    expect(thanks.text).not.toContain('Nguyễn Thị Hoa');
    expect(Buffer.byteLength(thanks.text) + Buffer.byteLength((await api(t).get('/site/site.css')).text)).toBeLessThan(30_000);
    const form = await api(t).get('/gop-y').expect(200);
    expect(Buffer.byteLength(form.text) + Buffer.byteLength((await api(t).get('/site/site.css')).text)).toBeLessThan(30_000);
    // A code typed loosely on the look-up form leads to the follow page.
    const lookup = await api(t).get(`/gop-y/tra-cuu?ma=${encodeURIComponent(` ${(code ?? '').toLowerCase().replace('-', ' ')} `)}`).expect(303);
    expect(lookup.headers.location).toBe(`/gop-y/${code}`);
    const wrong = await api(t).get('/gop-y/tra-cuu?ma=GY-0O0O').expect(400);
    expect(wrong.text).toContain('Mã chưa đúng');
    const missing = await api(t).get('/gop-y/GY-2222').expect(404);
    expect(missing.text).toContain('Không tìm thấy phản ánh có mã GY-2222');
  });

  it('the form guard refuses a bot: the honeypot filled, or sent faster than a person can', async () => {
    const stamp = await openForm(t, 1);
    const tooFast = await postForm(t, { _t: stamp, ...parentFeedback({ content: 'Nhanh quá' }) }).expect(400);
    expect(tooFast.text).toContain('Biểu mẫu được gửi quá nhanh');
    // The refused form keeps what was typed and the first stamp: pressing Gửi again a moment later goes through.
    expect(tooFast.text).toContain(`name="_t" value="${stamp}"`);
    expect(tooFast.text).toContain('Nhanh quá</textarea>');
    t.clock.advance(5000);
    await postForm(t, { _t: stamp, ...parentFeedback({ content: 'Nhanh quá, lần hai' }) }).expect(303);
    const bot = await postForm(t, { _t: stamp, website: 'http://spam.example', ...parentFeedback({ content: 'Spam' }) }).expect(400);
    expect(bot.text).toContain('Không gửi được biểu mẫu');
    const forged = await postForm(t, { _t: '1.abc', ...parentFeedback({ content: 'Giả' }) }).expect(400);
    expect(forged.text).toContain('tải lại trang');
    expect((await t.store.feedback.list()).some((f) => ['Nhanh quá', 'Spam', 'Giả'].includes(f.content))).toBe(false);
  });

  it('a photo is re-encoded without its metadata, kept off /media, and shown only to signed-in staff', async () => {
    const withExif = await sharp(await pngBytes(320, 240))
      .jpeg()
      .withExif({ IFD0: { Artist: 'Nguyen Van Bimat', Copyright: 'GPS 21.0285,105.8542' } })
      .toBuffer();
    expect(withExif.includes(Buffer.from('Bimat'))).toBe(true);
    const stamp = await openForm(t);
    const sent = await postForm(t, { _t: stamp, ...parentFeedback({ content: 'Bậc thềm cổng trường bị vỡ, xem ảnh.' }) }, { bytes: withExif, name: 'IMG_0001.jpg' }).expect(303);
    const code = /GY-[A-Z0-9]+/.exec(sent.headers.location ?? '')?.[0];
    const item = (await t.store.feedback.list()).find((f) => f.code === code);
    expect(item?.photoId).toMatch(/^fp-/);
    const photoId = item?.photoId ?? '';
    const stored = readFileSync(path.join(`${mediaDir}-feedback`, `${photoId}.webp`));
    expect(stored.includes(Buffer.from('Bimat'))).toBe(false);
    expect((await sharp(stored).metadata()).exif).toBeUndefined();
    await api(t).get(`/media/${photoId}.webp`).expect(404);
    await api(t).get(`/api/feedback-photos/${photoId}`).expect(401);
    const cookie = await login(t.url, 'vanphong');
    const seen = await api(t).get(`/api/feedback-photos/${photoId}`).set('cookie', cookie).expect(200);
    expect(seen.headers['content-type']).toBe('image/webp');
    expect(seen.headers['cache-control']).toContain('no-store');
    // Not a picture: refused, beside the field, nothing stored.
    const again = await openForm(t);
    const exe = await postForm(t, { _t: again, ...parentFeedback({ content: 'Tệp lạ' }) }, { bytes: Buffer.from('MZ this is not a picture at all'), name: 'a.jpg' }).expect(400);
    expect(exe.text).toContain('không phải ảnh');
    const viaApi = await api(t)
      .post('/api/public/feedback/photos')
      .set('x-bangtin-upload', '1')
      .attach('file', withExif, 'b.jpg')
      .expect(201);
    expect(viaApi.body.data.photoId).toMatch(/^fp-/);
    const withPhoto = await send(t, { ...parentFeedback({ content: 'Ảnh gửi qua API.' }), photoId: viaApi.body.data.photoId }).expect(201);
    expect(withPhoto.body.data.code).toMatch(/^GY-/);
  });

  it('too many sends from one address get 429 with Retry-After, on the API and on the page', async () => {
    t.clock.advance(16 * 60_000); // a fresh window
    let last = await send(t, {});
    for (let i = 0; i < 10 && last.status !== 429; i += 1) last = await send(t, {});
    expect(last.status).toBe(429);
    expect(last.body.error.code).toBe('RATE_LIMITED');
    expect(Number(last.headers['retry-after'])).toBeGreaterThan(0);
    let page = await postForm(t, {});
    for (let i = 0; i < 10 && page.status !== 429; i += 1) page = await postForm(t, {});
    expect(page.status).toBe(429);
    expect(page.headers['retry-after']).toBeDefined();
    expect(page.text).toContain('Vui lòng thử lại sau');
  });

  it('the OpenAPI document declares the public routes without a session (security: [])', async () => {
    const doc = (await api(t).get('/api/openapi.json')).body as { paths: Record<string, Record<string, { security?: unknown[] }>> };
    expect(doc.paths['/api/public/feedback']?.post?.security).toEqual([]);
    expect(doc.paths['/api/public/feedback/photos']?.post?.security).toEqual([]);
    expect(doc.paths['/api/public/feedback/{code}']?.get?.security).toEqual([]);
    expect(doc.paths['/api/feedback-privacy/erase']?.post?.security).toBeUndefined();
  });
});

describe('the code by e-mail', () => {
  it('reaches the sender through the school’s SMTP server, with the follow link and nothing else about them', async () => {
    const inbox = await startSmtpInbox({ user: 'bangtin', pass: 'mat-khau-smtp' });
    const t = await startTestApp();
    try {
      await t.store.saveNotifySettings({
        ...DEFAULT_NOTIFY_SETTINGS,
        enabled: true,
        host: '127.0.0.1',
        port: inbox.port,
        user: 'bangtin',
        password: 'mat-khau-smtp',
        from: 'bangtin@mnvuonxanh.edu.vn',
      });
      const res = await send(t, parentFeedback({ email: 'phuhuynh.hoa@example.vn', phone: '' })).expect(201);
      const mail = await inbox.next();
      expect(mail.to).toEqual(['phuhuynh.hoa@example.vn']);
      expect(mail.subject).toContain(res.body.data.code);
      expect(mail.text).toContain(`${t.url}/gop-y/${res.body.data.code}`);
      expect(mail.text).not.toContain('Nguyễn Thị Hoa');
      // No e-mail given: nothing is sent.
      await send(t, parentFeedback({ content: 'Không có thư.' })).expect(201);
      await t.app.feedback.idle();
      expect(inbox.pending()).toBe(0);
    } finally {
      await t.close();
      await inbox.close();
    }
  });
});
