import { afterEach, describe, expect, it } from 'vitest';
import type { AuditEntry, FeedbackCounts, FeedbackDetail, FeedbackView, Paged } from '@bangtin/shared';
import { api } from '../helpers/contentFixtures.ts';
import { insertFeedback, KNOWN_SENDER } from '../helpers/feedbackFixtures.ts';
import { startSmtpInbox } from '../helpers/smtpInbox.ts';
import { connectAdmin, connectDisplay, login, nextSnapshot, startTestApp, type TestApp } from '../helpers/testApp.ts';

let t: TestApp;
let inbox: Awaited<ReturnType<typeof startSmtpInbox>> | undefined;
afterEach(async () => {
  await t?.close();
  await inbox?.close();
  inbox = undefined;
});

// Friday 4/12/2026, 09:00 in Hà Nội: 10 working days from the day after → Friday 18/12/2026.
const FRIDAY = new Date('2026-12-04T09:00:00+07:00');
const SMTP = { user: 'bangtin@truong.edu.vn', pass: 'smtp-secret-123' };

async function withMail(t: TestApp, port: number) {
  const admin = await login(t.url);
  const saved = await api(t.url, admin, 'PUT', '/api/settings/notify', {
    enabled: true, host: '127.0.0.1', port, secure: false, user: SMTP.user, password: SMTP.pass, from: SMTP.user,
    approvers: ['hieutruong@truong.edu.vn'], office: ['vanphong@truong.edu.vn'], admins: [], offlineMinutes: 15,
  });
  expect(saved.status).toBe(200);
}

const step = (t: TestApp, cookie: string, id: string, name: string, body: object) =>
  api(t.url, cookie, 'POST', `/api/feedback/${id}/${name}`, body) as Promise<{ status: number; data?: FeedbackDetail; error?: { code: string; details?: { path: string; message: string }[] } }>;

describe('the office handles a feedback on working-day deadlines, every step audited', () => {
  it('mới → tiếp nhận → xử lý → trả lời: deadline in working days, history, audit without sender data, the answer mailed to the sender', async () => {
    inbox = await startSmtpInbox(SMTP);
    t = await startTestApp({ now: FRIDAY });
    await withMail(t, inbox.port);
    const item = await insertFeedback(t.store, FRIDAY);
    const office = await login(t.url, 'vanphong');

    const received = await step(t, office, item.id, 'receive', { baseVersion: 1 });
    expect(received.status).toBe(200);
    expect(received.data).toMatchObject({ status: 'received', dueDate: '2026-12-18', deadline: 'ok', daysLeft: 10, version: 2 });
    expect(received.data).not.toHaveProperty('sender');

    const assigned = await step(t, office, item.id, 'assign', { baseVersion: 2, assigneeId: 'u-editor' });
    expect(assigned.data?.assigneeName).toBe('Văn phòng');
    const noted = await step(t, office, item.id, 'notes', { baseVersion: 3, note: 'Đã hỏi cô chủ nhiệm lớp Lá 2.' });
    const started = await step(t, office, item.id, 'start', { baseVersion: noted.data?.version ?? 0 });
    expect(started.data?.status).toBe('processing');

    const mailed = inbox.next();
    const replied = await step(t, office, item.id, 'reply', { baseVersion: 5, reply: 'Từ thứ Hai, lớp Lá 2 trả trẻ đúng 16 giờ 30.' });
    expect(replied.data).toMatchObject({ status: 'answered', deadline: 'closed', reply: 'Từ thứ Hai, lớp Lá 2 trả trẻ đúng 16 giờ 30.' });
    expect(replied.data?.history.map((h) => h.status ?? 'note')).toEqual(['new', 'received', 'note', 'note', 'processing', 'answered']);
    expect(replied.data?.history.at(-1)?.byName).toBe('Văn phòng');
    const mail = await mailed;
    expect(mail.to).toEqual([KNOWN_SENDER.email]);
    expect(mail.subject).toContain('GY-7K3Q');
    expect(mail.text).toContain('lớp Lá 2 trả trẻ đúng 16 giờ 30');

    const audit = (await api(t.url, await login(t.url), 'GET', '/api/audit?action=feedback.step&pageSize=50')).data as unknown as Paged<AuditEntry>;
    expect(audit.items.length).toBeGreaterThanOrEqual(6);
    const logged = JSON.stringify(audit.items);
    for (const secret of Object.values(KNOWN_SENDER)) expect(logged).not.toContain(secret);
  });

  it('a step out of order is refused (409), a stale version is a conflict (409), a reason / a recipient is required (400)', async () => {
    t = await startTestApp({ now: FRIDAY });
    const item = await insertFeedback(t.store, FRIDAY);
    const office = await login(t.url, 'vanphong');
    const early = await step(t, office, item.id, 'reply', { baseVersion: 1, reply: 'Trả lời trước khi tiếp nhận' });
    expect(early.status).toBe(409);
    expect(await step(t, office, item.id, 'reject', { baseVersion: 1, reason: '' })).toMatchObject({ status: 400 });
    expect(await step(t, office, item.id, 'forward', { baseVersion: 1 })).toMatchObject({ status: 400 });
    expect((await step(t, office, item.id, 'receive', { baseVersion: 1 })).status).toBe(200);
    // Someone else saw version 1 and acts on it: refused, nothing written.
    const stale = await step(t, office, item.id, 'reject', { baseVersion: 1, reason: 'Không thuộc thẩm quyền' });
    expect(stale.status).toBe(409);
    expect(stale.error?.code).toBe('CONFLICT');
    const forwarded = await step(t, office, item.id, 'forward', { baseVersion: 2, to: 'UBND phường Nam Đô' });
    expect(forwarded.data).toMatchObject({ status: 'forwarded', forwardedTo: 'UBND phường Nam Đô', deadline: 'closed' });
    expect((await step(t, office, item.id, 'start', { baseVersion: 3 })).status).toBe(409);
  });

  it('only signed-in staff see the inbox; the detail never carries the sender; revealing it is audited and shown on the detail', async () => {
    t = await startTestApp({ now: FRIDAY });
    const item = await insertFeedback(t.store, FRIDAY);
    expect((await fetch(`${t.url}/api/feedback`)).status).toBe(401);
    expect((await fetch(`${t.url}/api/feedback/${item.id}/sender`)).status).toBe(401);
    const office = await login(t.url, 'vanphong');
    const list = await api(t.url, office, 'GET', '/api/feedback');
    expect(JSON.stringify(list.data)).not.toContain(KNOWN_SENDER.name);
    const detail = (await api(t.url, office, 'GET', `/api/feedback/${item.id}`)).data as unknown as FeedbackDetail;
    expect(JSON.stringify(detail)).not.toContain(KNOWN_SENDER.phone);
    expect(detail).toMatchObject({ hasEmail: true, hasPhone: true, senderViews: [] });

    const revealed = await api(t.url, office, 'GET', `/api/feedback/${item.id}/sender`);
    expect(revealed.data).toEqual(KNOWN_SENDER);
    const after = (await api(t.url, office, 'GET', `/api/feedback/${item.id}`)).data as unknown as FeedbackDetail;
    expect(after.senderViews).toEqual([{ at: FRIDAY.toISOString(), actor: 'vanphong' }]);
    // Editors cannot change the holidays; admins can, and the list comes back sorted, one row per day.
    const calendar = { handlingDays: 10, remindDays: 2, holidays: [{ date: '2027-02-08', name: 'Tết Nguyên đán' }, { date: '2027-02-05', name: 'Tết Nguyên đán' }] };
    expect((await api(t.url, office, 'PUT', '/api/settings/feedback-calendar', calendar)).status).toBe(403);
    const saved = await api(t.url, await login(t.url), 'PUT', '/api/settings/feedback-calendar', calendar);
    expect((saved.data as unknown as typeof calendar).holidays.map((h) => h.date)).toEqual(['2027-02-05', '2027-02-08']);
  });

  it('inbox filters: overdue, by status, by assignee, search by code or words without diacritics', async () => {
    t = await startTestApp({ now: new Date('2026-12-21T09:00:00+07:00') });
    await insertFeedback(t.store, FRIDAY, { id: 'f-late', code: 'GY-LATE' });
    await insertFeedback(t.store, new Date('2026-12-21T08:00:00+07:00'), { id: 'f-fresh', code: 'GY-NEWW', content: 'Đề xuất mở thêm cổng phụ', subject: 'proposal', assigneeId: 'u-editor' });
    const office = await login(t.url, 'vanphong');
    const get = async (q: string) => ((await api(t.url, office, 'GET', `/api/feedback${q}`)).data as unknown as Paged<FeedbackView>).items.map((i) => i.code);
    expect(await get('')).toEqual(['GY-LATE', 'GY-NEWW']);
    expect(await get('?due=overdue')).toEqual(['GY-LATE']);
    expect(await get('?subject=proposal')).toEqual(['GY-NEWW']);
    expect(await get('?assignee=none')).toEqual(['GY-LATE']);
    expect(await get('?assignee=u-editor')).toEqual(['GY-NEWW']);
    expect(await get('?q=mo%20them%20cong')).toEqual(['GY-NEWW']);
    expect(await get('?q=gy-late')).toEqual(['GY-LATE']);
    expect(await get(`?q=${encodeURIComponent(KNOWN_SENDER.name)}`)).toEqual([]);
    expect((await api(t.url, office, 'GET', '/api/feedback/counts')).data).toEqual({ new: 2, soon: 0, overdue: 1 });
  });
});

describe('reminders: due within 2 working days and overdue → the office console badge and one mail', () => {
  it('the job on a fixed clock: nothing on receipt day, "soon" two working days before, "overdue" after the weekend', async () => {
    inbox = await startSmtpInbox(SMTP);
    t = await startTestApp({ now: FRIDAY });
    await withMail(t, inbox.port);
    await insertFeedback(t.store, FRIDAY);
    const office = await login(t.url, 'vanphong');
    const console = connectAdmin(t.url, office);
    await new Promise<void>((resolve) => console.once('connect', () => resolve()));

    const quiet = new Promise<FeedbackCounts | null>((resolve) => console.once('feedback:updated', resolve));
    expect(await t.app.feedbackReminders()).toEqual({ counts: { new: 1, soon: 0, overdue: 0 }, mailed: false });
    expect(await quiet).toEqual({ new: 1, soon: 0, overdue: 0 });

    // Wednesday 16/12: due Friday 18/12, two working days left.
    t.clock.set(new Date('2026-12-16T07:30:00+07:00'));
    const pushed = new Promise<FeedbackCounts | null>((resolve) => console.once('feedback:updated', resolve));
    const mail = inbox.next();
    expect(await t.app.feedbackReminders()).toEqual({ counts: { new: 1, soon: 1, overdue: 0 }, mailed: true });
    expect(await pushed).toEqual({ new: 1, soon: 1, overdue: 0 });
    const message = await mail;
    expect(message.to).toEqual(['vanphong@truong.edu.vn']);
    expect(message.text).toContain('GY-7K3Q');
    expect(message.text).toContain('18/12/2026');
    for (const secret of Object.values(KNOWN_SENDER)) expect(message.raw).not.toContain(secret);

    // Monday 21/12: past Friday's deadline.
    t.clock.set(new Date('2026-12-21T07:30:00+07:00'));
    const late = inbox.next();
    expect((await t.app.feedbackReminders()).counts).toEqual({ new: 1, soon: 0, overdue: 1 });
    expect((await late).text).toContain('QUÁ HẠN');
    console.close();
  });
});

describe('publishing an answer: anonymised, approved by the principal, then on the gate', () => {
  it('a published answer reaches the gate snapshot only after approval, and the feedback becomes published then', async () => {
    t = await startTestApp({ now: FRIDAY });
    const item = await insertFeedback(t.store, FRIDAY, { status: 'answered', reply: 'Đã điều chỉnh giờ trả trẻ.', version: 4 });
    const office = await login(t.url, 'vanphong');
    const gate = connectDisplay(t.url, 'gate');
    const first = await nextSnapshot(gate);
    const hasAnswer = (s: typeof first) => s.items.some((i) => i.type === 'announcement' && i.title === 'Kết quả xử lý phản ánh, kiến nghị');
    expect(hasAnswer(first)).toBe(false);

    // The check: the sender's name in the public text is refused until the office confirms it has looked.
    const named = await step(t, office, item.id, 'publish', { baseVersion: 4, summary: 'Chị Nguyễn Thị Lan phản ánh giờ trả trẻ muộn.', answer: 'Đã điều chỉnh.' });
    expect(named.status).toBe(400);
    expect(named.error?.details).toEqual([{ path: 'summary', message: 'Có họ tên người gửi' }]);

    const sent = await step(t, office, item.id, 'publish', {
      baseVersion: 4,
      summary: 'Phụ huynh lớp Lá 2 phản ánh giờ trả trẻ muộn 20 phút.',
      answer: 'Từ 7/12/2026, lớp Lá 2 trả trẻ đúng 16 giờ 30.',
    });
    expect(sent.status).toBe(200);
    expect(sent.data).toMatchObject({ status: 'answered', contentStatus: 'submitted', proposedSummary: 'Phụ huynh lớp Lá 2 phản ánh giờ trả trẻ muộn 20 phút.' });
    expect(sent.data).not.toHaveProperty('publicAnswer');
    const slideId = sent.data?.contentId ?? '';
    // One answer slide at a time: while it waits for the principal, no second one.
    expect((await step(t, office, item.id, 'publish', { baseVersion: sent.data?.version ?? 0, summary: 'Lần hai', answer: 'Lần hai' })).status).toBe(409);
    const waiting = (await api(t.url, office, 'GET', `/api/content/${slideId}`)).data as unknown as { status: string; body: string; version: number };
    expect(waiting.status).toBe('submitted');
    expect(waiting.body).not.toContain(KNOWN_SENDER.name);
    // Public tracking shows nothing yet (the feedback is not published).
    expect((await t.store.feedback.get(item.id))?.publishedAt).toBeUndefined();

    const principal = await login(t.url, 'hieutruong');
    const onGate = nextSnapshot(gate, hasAnswer);
    const admin = connectAdmin(t.url, office);
    await new Promise<void>((resolve) => admin.once('connect', () => resolve()));
    const published = new Promise<void>((resolve) => admin.on('feedback:updated', () => resolve()));
    expect((await api(t.url, principal, 'POST', `/api/content/${slideId}/approve`, { baseVersion: waiting.version })).status).toBe(200);
    const snapshot = await onGate;
    const slide = snapshot.items.find((i) => i.id === slideId);
    expect(JSON.stringify(slide)).toContain('lớp Lá 2 trả trẻ đúng 16 giờ 30');
    // Its badge on the gate says what it is, not the generic "Thông báo".
    expect(slide).toMatchObject({ type: 'announcement', kicker: 'Trả lời phản ánh' });
    expect(JSON.stringify(snapshot)).not.toContain(KNOWN_SENDER.phone);
    await published;
    const after = await t.store.feedback.get(item.id);
    expect(after).toMatchObject({ status: 'published', publishedAt: FRIDAY.toISOString(), publicAnswer: 'Từ 7/12/2026, lớp Lá 2 trả trẻ đúng 16 giờ 30.' });
    gate.close();
    admin.close();
  });
});

describe('a parent’s new feedback reaches the office at once', () => {
  it('an open office console is told (feedback:updated) the moment a parent sends from the public API', async () => {
    t = await startTestApp({ now: FRIDAY });
    const office = await login(t.url, 'vanphong');
    const console = connectAdmin(t.url, office);
    await new Promise<void>((resolve) => console.once('connect', () => resolve()));
    const told = new Promise<FeedbackCounts | null>((resolve) => console.once('feedback:updated', resolve));
    const sent = await fetch(`${t.url}/api/public/feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Lê Văn Mới', address: 'Tổ 3', phone: '0905 123 456', subject: 'proposal', content: 'Đề nghị thêm ghế chờ ở cổng.' }),
    });
    expect(sent.status).toBe(201);
    // The push carries no item (never sender data): the console refetches what its user may see.
    expect(await told).toBeNull();
    expect((await api(t.url, office, 'GET', '/api/feedback/counts')).data).toMatchObject({ new: 1 });
    console.close();
  });
});

