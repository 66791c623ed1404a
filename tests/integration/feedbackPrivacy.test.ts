import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parentFeedback } from '../helpers/feedbackForms.ts';
import { pngBytes } from '../helpers/mediaFixtures.ts';
import { tempDataDir } from '../helpers/serverProcess.ts';
import { login, startTestApp, type TestApp } from '../helpers/testApp.ts';

describe('a sender’s data: export and deletion on request, the retention purge', () => {
  let t: TestApp;
  let admin: string;
  const hoa = { name: 'Trần Thị Riêngtư', phone: '0987 111 222', email: 'rieng.tu@example.vn' };
  beforeAll(async () => {
    t = await startTestApp();
    admin = await login(t.url);
  });
  afterAll(() => t.close());

  const submit = (over: object) => request(t.url).post('/api/public/feedback').send(parentFeedback(over)).expect(201);

  it('the admin finds one sender by phone or e-mail, exports everything as JSON or CSV, and each look is audited without the contact', async () => {
    await submit({ ...hoa, content: 'Thứ nhất: hồ sơ chậm.' });
    t.clock.advance(60_000);
    await submit({ ...hoa, content: 'Thứ hai: quy định khó hiểu.', subject: 'regulation' });
    await submit({ content: 'Người khác gửi.', phone: '0900 000 001' });

    const found = await request(t.url).post('/api/feedback-privacy/senders/search').send({ contact: '+84 987.111.222' }).set('cookie', admin).expect(200);
    expect(found.body.data).toHaveLength(2);
    expect(found.body.data[0].sender.name).toBe(hoa.name);
    const byMail = await request(t.url).post('/api/feedback-privacy/senders/search').send({ contact: 'RIENG.TU@example.vn' }).set('cookie', admin).expect(200);
    expect(byMail.body.data).toHaveLength(2);

    const json = await request(t.url).post('/api/feedback-privacy/export').send({ contact: hoa.email }).set('cookie', admin).expect(200);
    expect(json.headers['content-disposition']).toMatch(/attachment; filename="du-lieu-nguoi-gui-.*\.json"/);
    expect(json.body.data.items.map((i: { content: string }) => i.content).sort()).toEqual(['Thứ hai: quy định khó hiểu.', 'Thứ nhất: hồ sơ chậm.']);
    expect(json.body.data.items[0].history.length).toBeGreaterThan(0);
    const csv = await request(t.url).post('/api/feedback-privacy/export').send({ contact: hoa.email, format: 'csv' }).set('cookie', admin).expect(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.text).toContain(hoa.name);

    // The contact never travels in a URL (proxy and access logs keep URLs): the query-string routes are gone.
    await request(t.url).get('/api/feedback-privacy/senders').query({ contact: hoa.email }).set('cookie', admin).expect(404);
    await request(t.url).get('/api/feedback-privacy/export').query({ contact: hoa.email }).set('cookie', admin).expect(404);

    const editor = await login(t.url, 'vanphong');
    await request(t.url).post('/api/feedback-privacy/senders/search').send({ contact: hoa.email }).set('cookie', editor).expect(403);
    await request(t.url).post('/api/feedback-privacy/senders/search').send({ contact: hoa.email }).expect(401);

    const audit = (await t.store.listAudit(100)).filter((e) => e.action.startsWith('feedback.sender.'));
    expect(audit.map((e) => e.action)).toEqual(expect.arrayContaining(['feedback.sender.searched', 'feedback.sender.exported']));
    expect(JSON.stringify(audit)).not.toMatch(/0987|rieng\.tu|Riêngtư/);
  });

  it('deleting one sender clears their details everywhere and keeps the anonymous content and history, audited', async () => {
    const erased = await request(t.url).post('/api/feedback-privacy/erase').set('cookie', admin).send({ contact: '0987111222' }).expect(200);
    expect(erased.body.data.erased).toBe(2);
    const items = (await t.store.feedback.list()).filter((f) => erased.body.data.codes.includes(f.code));
    for (const item of items) {
      expect(item.sender).toBeNull();
      expect(item.senderPurgedAt).toBe(t.clock.now().toISOString());
      expect(item.fingerprint).toBeUndefined();
      expect(item.content).toMatch(/^Thứ (nhất|hai)/);
      expect(item.history.at(-1)?.note).toContain('theo yêu cầu');
    }
    expect(JSON.stringify(await t.store.feedback.list())).not.toMatch(/0987|rieng\.tu|Riêngtư/);
    const again = await request(t.url).post('/api/feedback-privacy/senders/search').send({ contact: hoa.email }).set('cookie', admin).expect(200);
    expect(again.body.data).toEqual([]);
    const audit = (await t.store.listAudit(20)).find((e) => e.action === 'feedback.sender.deleted');
    expect(audit?.summary).toContain('2 phản ánh');
    expect(audit?.actor).toBe('admin');
    // The other sender is untouched.
    expect((await t.store.feedback.list()).find((f) => f.content === 'Người khác gửi.')?.sender?.phone).toBe('0900 000 001');
  });

  it('the nightly purge clears senders older than the retention setting (default 24 months), on the injected clock', async () => {
    expect((await request(t.url).get('/api/feedback-privacy/retention').set('cookie', admin).expect(200)).body.data).toEqual({ months: 24 });
    t.clock.advance(23 * 31 * 86_400_000);
    await submit({ content: 'Gửi gần đây.', phone: '0900 000 002' });
    expect(await t.app.feedback.purge()).toBe(0);
    t.clock.advance(40 * 86_400_000); // the first one is now past 24 months, the recent one is not
    expect(await t.app.feedback.purge()).toBe(1);
    const all = await t.store.feedback.list();
    expect(all.find((f) => f.content === 'Người khác gửi.')?.sender).toBeNull();
    expect(all.find((f) => f.content === 'Gửi gần đây.')?.sender).not.toBeNull();
    expect((await t.store.listAudit(5)).some((e) => e.action === 'feedback.sender.purged')).toBe(true);

    admin = await login(t.url); // two years later: a new session
    await request(t.url).put('/api/feedback-privacy/retention').set('cookie', admin).send({ months: 0 }).expect(400);
    await request(t.url).put('/api/feedback-privacy/retention').set('cookie', admin).send({ months: 1 }).expect(200);
    expect(await t.app.feedback.purge()).toBe(1);
    expect((await t.store.feedback.list()).every((f) => f.sender === null)).toBe(true);
    expect((await t.store.getSchool()).feedbackRetentionMonths).toBe(1);
  });
});

describe('a sender’s photo goes with their details', () => {
  let t: TestApp;
  let admin: string;
  const mediaDir = tempDataDir('privacy-media');
  const photoDir = `${mediaDir}-feedback`;
  beforeAll(async () => {
    t = await startTestApp({ mediaDir });
    admin = await login(t.url);
  });
  afterAll(() => t.close());

  /** Feedback with a photo sent through the public API: the photo's file on disk. */
  async function sendWithPhoto(over: object): Promise<string> {
    const upload = await request(t.url).post('/api/public/feedback/photos').set('x-bangtin-upload', '1').attach('file', await pngBytes(64, 48), 'a.png').expect(201);
    const photoId: string = upload.body.data.photoId;
    await request(t.url).post('/api/public/feedback').send({ ...parentFeedback(over), photoId }).expect(201);
    return path.join(photoDir, `${photoId}.webp`);
  }

  it('deleting a sender on request deletes the photo file they attached, not only their name and contact', async () => {
    const theirs = await sendWithPhoto({ phone: '0912 000 111', content: 'Ảnh bậc thềm bị vỡ.' });
    const other = await sendWithPhoto({ phone: '0912 000 222', content: 'Ảnh của phụ huynh khác.' });
    expect(existsSync(theirs) && existsSync(other)).toBe(true);
    await request(t.url).post('/api/feedback-privacy/erase').set('cookie', admin).send({ contact: '0912000111' }).expect(200);
    expect(existsSync(theirs)).toBe(false);
    expect(existsSync(other)).toBe(true);
    const item = (await t.store.feedback.list()).find((f) => f.content === 'Ảnh bậc thềm bị vỡ.');
    expect(item?.photoId).toBeUndefined();
    expect(item?.history.at(-1)?.note).toContain('ảnh đính kèm');
  });

  it('the retention purge deletes the photos of the senders it clears', async () => {
    t.clock.advance(25 * 31 * 86_400_000); // past the default 24 months
    expect(await t.app.feedback.purge()).toBe(1);
    expect(readdirSync(photoDir).filter((name) => name.endsWith('.webp'))).toEqual([]);
    expect((await t.store.feedback.list()).every((f) => f.photoId === undefined)).toBe(true);
  });
});

