import { afterEach, describe, expect, it } from 'vitest';
import type { ContentItem, NotifySettingsView } from '@bangtin/shared';
import { api, sloganInput } from '../helpers/contentFixtures.ts';
import { connectDevice, pairDevice } from '../helpers/devicePairing.ts';
import { startSmtpInbox } from '../helpers/smtpInbox.ts';
import { login, nextSnapshot, startTestApp, type TestApp } from '../helpers/testApp.ts';

let t: TestApp;
let inbox: Awaited<ReturnType<typeof startSmtpInbox>> | undefined;
afterEach(async () => {
  await t?.close();
  await inbox?.close();
});

const SECRET = 'mat-khau-smtp-rat-bi-mat';
const settings = (port: number) => ({
  enabled: true,
  host: '127.0.0.1',
  port,
  secure: false,
  user: 'bangtin@truong.edu.vn',
  password: SECRET,
  from: 'bangtin@truong.edu.vn',
  approvers: ['hieutruong@truong.edu.vn'],
  office: ['vanphong@truong.edu.vn'],
  admins: ['quantri@truong.edu.vn'],
  offlineMinutes: 15,
});

async function setup() {
  inbox = await startSmtpInbox({ user: 'bangtin@truong.edu.vn', pass: SECRET });
  t = await startTestApp({ now: new Date('2026-11-30T06:40:00+07:00') });
  const admin = await login(t.url);
  const saved = await api(t.url, admin, 'PUT', '/api/settings/notify', settings(inbox.port));
  expect(saved.status).toBe(200);
  return { admin, inbox };
}

describe('e-mail notifications (SMTP set in Cài đặt)', () => {
  it('the SMTP password is stored server-side and never returned; only admins see or change the settings', async () => {
    const { admin } = await setup();
    const read = await fetch(`${t.url}/api/settings/notify`, { headers: { cookie: admin } });
    const body = await read.text();
    expect(body).not.toContain(SECRET);
    expect((JSON.parse(body) as { data: NotifySettingsView }).data).toMatchObject({ passwordSet: true, host: '127.0.0.1' });
    expect((await api(t.url, await login(t.url, 'hieutruong'), 'GET', '/api/settings/notify')).status).toBe(403);
    // Saving again without a password keeps the stored one (the form never has it).
    const { password: _omit, ...withoutPassword } = settings(inbox!.port);
    expect(((await api(t.url, admin, 'PUT', '/api/settings/notify', withoutPassword)).data as unknown as NotifySettingsView).passwordSet).toBe(true);
    expect((await t.store.getNotifySettings()).password).toBe(SECRET);
    const audit = await t.store.listAudit(3);
    expect(audit.some((a) => a.action === 'notify.settings')).toBe(true);
    expect(JSON.stringify(audit)).not.toContain(SECRET);
  });

  it('"Gửi thư thử" reaches every recipient through the real SMTP login, in Vietnamese, with no secret in it', async () => {
    const { admin, inbox } = await setup();
    const sent = await api(t.url, admin, 'POST', '/api/settings/notify/test', {});
    expect(sent.status).toBe(200);
    const mail = await inbox.next();
    expect(mail.subject).toBe('[Bảng tin] Thư thử');
    expect(mail.to.sort()).toEqual(['hieutruong@truong.edu.vn', 'quantri@truong.edu.vn', 'vanphong@truong.edu.vn']);
    expect(mail.text).toContain('thư thông báo của Bảng tin đã được cài đặt đúng');
    expect(mail.raw).not.toContain(SECRET);
  });

  it('a submission waiting mails the approvers; a rejection mails the office with the reason', async () => {
    const { inbox } = await setup();
    const editor = await login(t.url, 'vanphong');
    const approver = await login(t.url, 'hieutruong');
    const created = await api(t.url, editor, 'POST', '/api/content', sloganInput({ text: 'Trẻ em hôm nay, thế giới ngày mai', status: 'draft' }));
    const item = created.data as unknown as ContentItem;
    await api(t.url, editor, 'POST', `/api/content/${item.id}/status`, { status: 'submitted' });
    const waiting = await inbox.next();
    expect(waiting.to).toEqual(['hieutruong@truong.edu.vn']);
    expect(waiting.subject).toBe('[Bảng tin] Nội dung chờ duyệt: Trẻ em hôm nay, thế giới ngày mai');
    expect(waiting.text).toContain('vanphong vừa gửi duyệt khẩu hiệu');

    await api(t.url, approver, 'POST', `/api/content/${item.id}/reject`, { reason: 'Thiếu nguồn trích dẫn.' });
    const rejected = await inbox.next();
    expect(rejected.to).toEqual(['vanphong@truong.edu.vn']);
    expect(rejected.subject).toContain('[Bảng tin] Bị trả lại');
    expect(rejected.text).toContain('Lý do: Thiếu nguồn trích dẫn.');
    expect(rejected.raw).not.toContain(SECRET);
    await t.app.notifications.idle();
    expect(inbox.pending()).toBe(0);
  });

  it('the author\'s own e-mail gets the rejection (not the whole office list), and approver accounts with an address get "chờ duyệt" even for an item saved straight as Gửi duyệt', async () => {
    const { admin, inbox } = await setup();
    // Set on the Users page: the principal's and the office clerk's own addresses.
    const users = (await api(t.url, admin, 'GET', '/api/users')).data as unknown as { id: string; username: string; displayName: string; role: string; disabled: boolean }[];
    for (const [username, email] of [['hieutruong', 'co.lan@truong.edu.vn'], ['vanphong', 'chi.ha@truong.edu.vn']] as const) {
      const u = users.find((x) => x.username === username)!;
      const saved = await api(t.url, admin, 'PUT', `/api/users/${u.id}`, { displayName: u.displayName, role: u.role, disabled: u.disabled, email });
      expect(saved.status).toBe(200);
      expect(saved.data).toMatchObject({ email });
    }
    expect((await api(t.url, admin, 'PUT', `/api/users/${users[0]!.id}`, { displayName: 'x', role: 'admin', disabled: false, email: 'không-phải-thư' })).status).toBe(400);
    const editor = await login(t.url, 'vanphong');
    const approver = await login(t.url, 'hieutruong');
    const item = (await api(t.url, editor, 'POST', '/api/content', sloganInput({ text: 'Thư tới đúng người', status: 'submitted' }))).data as unknown as ContentItem;
    const waiting = await inbox.next();
    expect(waiting.to.sort()).toEqual(['co.lan@truong.edu.vn', 'hieutruong@truong.edu.vn']);
    await api(t.url, approver, 'POST', `/api/content/${item.id}/reject`, { reason: 'Chưa đúng thể thức.' });
    const rejected = await inbox.next();
    expect(rejected.to).toEqual(['chi.ha@truong.edu.vn']);
    expect(rejected.text).toContain('Gửi Văn phòng');
    expect(rejected.text).toContain('Lý do: Chưa đúng thể thức.');
  });

  it('a screen silent longer than the threshold mails the admins once per outage (injected clock, no waiting)', async () => {
    const { admin, inbox } = await setup();
    // Only a paired kiosk counts as present (issue #12): pair the gate first, as the office does.
    const gate = connectDevice(t.url, { slug: 'gate', credential: await pairDevice(t.url, admin, 'gate') });
    await nextSnapshot(gate);
    gate.disconnect();
    // The server notices the disconnect on its own turn: ask its presence route until the gate reads offline.
    await expect
      .poll(async () => ((await api(t.url, admin, 'GET', '/api/screens/presence')).data as unknown as { screenId: string; online: boolean }[]).find((p) => p.screenId === 'gate')?.online)
      .toBe(false);
    t.clock.advance(14 * 60_000);
    await t.app.notifications.checkOffline();
    await t.app.notifications.idle();
    expect(inbox.pending()).toBe(0);
    t.clock.advance(2 * 60_000);
    await t.app.notifications.checkOffline();
    const mail = await inbox.next();
    expect(mail.to).toEqual(['quantri@truong.edu.vn']);
    expect(mail.subject).toMatch(/^\[Bảng tin\] Màn hình mất kết nối: /);
    expect(mail.text).toContain('hơn 15 phút');
    t.clock.advance(30 * 60_000);
    await t.app.notifications.checkOffline();
    await t.app.notifications.idle();
    expect(inbox.pending()).toBe(0);
  });
});
