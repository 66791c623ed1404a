import type { AuditEntry, Paged, ProofReport, PublicUser } from '@bangtin/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { createFileProofLog } from '../../server/src/proof/proofLog.ts';
import { api } from '../helpers/contentFixtures.ts';
import { tempDataDir } from '../helpers/serverProcess.ts';
import { login, startTestApp, TEST_PASSWORD, type TestApp } from '../helpers/testApp.ts';

let t: TestApp;
afterEach(async () => {
  await t?.close();
});

const at = (iso: string, slideId: string, seconds: number) => ({ slideId, version: 'v1', startedAt: iso, durationMs: seconds * 1000 });

describe('proof-of-display reports', () => {
  it('adds up hours per content item, screen and school day from the real proof log, counting resent batches once', async () => {
    const dir = tempDataDir('proof-report');
    t = await startTestApp({ now: new Date('2026-11-27T01:00:00Z'), proofLog: (clock) => createFileProofLog(dir, clock, 'Asia/Ho_Chi_Minh') });
    const log = createFileProofLog(dir, t.clock, 'Asia/Ho_Chi_Minh');
    const [slogan, other] = (await t.store.listContent()).filter((c) => c.status === 'approved');
    const [gate, reception] = await t.store.listScreens();
    if (!slogan || !other || !gate || !reception) throw new Error('seed changed');

    // 27 Nov (Hà Nội): 2 h of one item on the gate; the batch is sent twice (lost acknowledgement).
    const morning = [at('2026-11-27T01:00:00Z', slogan.id, 3600), at('2026-11-27T02:00:00Z', slogan.id, 3600)];
    await log.append(gate.id, morning);
    await log.append(gate.id, morning);
    // 23:30 on 27 Nov in Hà Nội is 16:30 UTC: still the 27th for the school.
    await log.append(reception.id, [at('2026-11-27T16:30:00Z', other.id, 1800)]);
    // Shown on the 28th while offline, received two days later.
    t.clock.advance(3 * 86_400_000);
    await log.append(gate.id, [at('2026-11-28T03:00:00Z', other.id, 900)]);
    // Outside the period.
    await log.append(gate.id, [at('2026-11-25T03:00:00Z', other.id, 999)]);
    await log.close();

    const cookie = await login(t.url, 'hieutruong');
    const res = await api(t.url, cookie, 'GET', '/api/reports/proof?from=2026-11-26&to=2026-11-28');
    expect(res.status).toBe(200);
    const report = res.data as unknown as ProofReport;
    expect(report.totals).toEqual({ seconds: 7200 + 1800 + 900, plays: 4 });
    expect(report.byDay).toEqual([
      { date: '2026-11-27', seconds: 9000, plays: 3 },
      { date: '2026-11-28', seconds: 900, plays: 1 },
    ]);
    expect(report.byContent[0]).toMatchObject({ contentId: slogan.id, seconds: 7200, plays: 2, type: slogan.type });
    expect(report.byScreen).toEqual([
      { screenId: gate.id, name: gate.name, seconds: 8100, plays: 3, pairedSeconds: 8100 },
      { screenId: reception.id, name: reception.name, seconds: 1800, plays: 1, pairedSeconds: 1800 },
    ]);
    expect(report.fromPairedDevices).toEqual({ seconds: 9900, plays: 4 });
    const gateOnly = (await api(t.url, cookie, 'GET', `/api/reports/proof?from=2026-11-26&to=2026-11-28&screenId=${gate.id}`)).data as unknown as ProofReport;
    expect(gateOnly.totals.seconds).toBe(8100);

    const csv = await fetch(`${t.url}/api/reports/proof.csv?from=2026-11-26&to=2026-11-28`, { headers: { cookie } });
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // BOM: Excel reads UTF-8
    const text = new TextDecoder().decode(bytes.slice(3));
    expect(text.split('\r\n')[0]).toBe('"Ngày","Màn hình","Nội dung","Loại nội dung","Số lần hiển thị","Số giây hiển thị","Số giờ hiển thị"');
    expect(text).toContain(`"2026-11-27","${gate.name}"`);
    expect(text).toContain('"Tổng cộng","","","","4","9900","2,75"');

    const bad = await api(t.url, cookie, 'GET', '/api/reports/proof?from=2026-11-28&to=2026-11-01');
    expect(bad.status).toBe(400);
    expect(bad.error?.details?.[0]?.message).toBe('Ngày bắt đầu phải trước ngày kết thúc');
    const editor = await login(t.url, 'vanphong');
    expect((await api(t.url, editor, 'GET', '/api/reports/proof?from=2026-11-26&to=2026-11-28')).status).toBe(403);
  });
});

describe('audit log filters', () => {
  it('filters by text without diacritics, actor, action and school-calendar days, pages, and exports CSV', async () => {
    t = await startTestApp({ now: new Date('2026-11-27T16:30:00Z') }); // 23:30 on the 27th in Hà Nội
    const admin = await login(t.url);
    t.clock.advance(3600_000); // 00:30 on the 28th
    await login(t.url, 'hieutruong');
    await fetch(`${t.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'hieutruong', password: 'wrong password!' }),
    });

    const get = async (query: string) => (await api(t.url, admin, 'GET', `/api/audit?${query}`)).data as unknown as Paged<AuditEntry>;
    // Failed logins have their own log (tests/integration/accounts.test.ts), not the audit.
    expect((await get('action=login_failed')).total).toBe(0);
    expect((await get('actor=hieutruong&action=login')).total).toBe(1);
    expect((await get('q=dang%20nhap')).items.map((e) => e.actor)).toEqual(['hieutruong', 'admin']); // "Đăng nhập"
    expect((await get('action=login&from=2026-11-27&to=2026-11-27')).items.map((e) => e.actor)).toEqual(['admin']);
    expect((await get('action=login&from=2026-11-28')).items.map((e) => e.actor)).toEqual(['hieutruong']);
    const page = await get('pageSize=1&page=2');
    expect(page).toMatchObject({ page: 2, pageSize: 1 });
    expect(page.items).toHaveLength(1);
    expect(page.total).toBeGreaterThanOrEqual(3);
    expect((await api(t.url, admin, 'GET', '/api/audit?action=nope')).status).toBe(400);

    const csv = await fetch(`${t.url}/api/audit.csv?action=login&actor=hieutruong`, { headers: { cookie: admin } });
    const raw = new Uint8Array(await csv.arrayBuffer());
    expect([...raw.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(raw);
    expect(text).toContain('"hieutruong","login","user"');
    expect(csv.headers.get('content-disposition')).toContain('nhat-ky-thao-tac.csv');
    const principal = await login(t.url, 'hieutruong');
    expect((await api(t.url, principal, 'GET', '/api/audit')).status).toBe(200);
  });
});

describe('user accounts (admin only)', () => {
  it('creates, changes role, disables (ending sessions), resets passwords, and keeps an active admin', async () => {
    t = await startTestApp();
    const admin = await login(t.url);
    const principal = await login(t.url, 'hieutruong');
    expect((await api(t.url, principal, 'GET', '/api/users')).status).toBe(403);

    const short = await api(t.url, admin, 'POST', '/api/users', { username: 'gv.lan', displayName: 'Cô Lan', role: 'editor', password: 'ngan' });
    expect(short.status).toBe(400);
    expect(short.error?.details).toEqual([{ path: 'password', message: 'Mật khẩu cần ít nhất 12 ký tự' }]);
    const created = await api(t.url, admin, 'POST', '/api/users', {
      username: 'GV.Lan', displayName: 'Cô Lan', role: 'editor', password: 'mot cau du dai',
    });
    expect(created.status).toBe(201);
    const lan = created.data as unknown as PublicUser;
    expect(lan).toMatchObject({ username: 'gv.lan', role: 'editor', disabled: false });
    expect(lan).not.toHaveProperty('passwordHash');
    expect((await api(t.url, admin, 'POST', '/api/users', { username: 'gv.lan', displayName: 'X', role: 'editor', password: 'mot cau du dai' })).status).toBe(409);

    const lanCookie = await login(t.url, 'gv.lan', 'mot cau du dai');
    const promoted = await api(t.url, admin, 'PUT', `/api/users/${lan.id}`, { displayName: 'Cô Lan', role: 'approver', disabled: false });
    expect(promoted.data).toMatchObject({ role: 'approver' });
    await api(t.url, admin, 'PUT', `/api/users/${lan.id}`, { displayName: 'Cô Lan', role: 'approver', disabled: true });
    expect((await api(t.url, lanCookie, 'GET', '/api/auth/me')).status).toBe(401); // disabled: session ended
    await expect(login(t.url, 'gv.lan', 'mot cau du dai')).rejects.toThrow('401');

    const reset = await api(t.url, admin, 'POST', `/api/users/u-editor/password`, { password: 'mat khau moi dai hon' });
    expect(reset.status).toBe(200);
    await expect(login(t.url, 'vanphong', TEST_PASSWORD)).rejects.toThrow('401');
    await login(t.url, 'vanphong', 'mat khau moi dai hon');

    const me = ((await api(t.url, admin, 'GET', '/api/auth/me')).data as unknown as { user: PublicUser }).user;
    const self = await api(t.url, admin, 'PUT', `/api/users/${me.id}`, { displayName: me.displayName, role: 'admin', disabled: true });
    expect(self.status).toBe(403);
    expect(self.error?.message).toContain('chính mình');
    // With a second admin, the first can be demoted; the one left cannot demote or disable themself.
    await api(t.url, admin, 'PUT', `/api/users/u-approver`, { displayName: 'Hiệu trưởng', role: 'admin', disabled: false });
    const second = await login(t.url, 'hieutruong');
    expect((await api(t.url, second, 'PUT', `/api/users/${me.id}`, { displayName: me.displayName, role: 'editor', disabled: false })).status).toBe(200);
    expect((await api(t.url, admin, 'GET', '/api/users')).status).toBe(403); // no longer an admin
    const lastAdmin = await api(t.url, second, 'PUT', `/api/users/u-approver`, { displayName: 'Hiệu trưởng', role: 'approver', disabled: false });
    expect(lastAdmin.status).toBe(403);
    const users = (await api(t.url, second, 'GET', '/api/users')).data as unknown as PublicUser[];
    expect(users.filter((u) => u.role === 'admin' && !u.disabled).map((u) => u.username)).toEqual(['hieutruong']);

    const actions = (await t.store.listAudit(50)).filter((e) => e.action.startsWith('user.')).map((e) => e.summary);
    expect(actions).toContain('Tạo tài khoản gv.lan (editor)');
    expect(actions).toContain('Đặt lại mật khẩu cho vanphong');
  });

  it('two creates of the same name at once (a double-click) make one account, and the data file stays valid', async () => {
    t = await startTestApp();
    const admin = await login(t.url);
    const body = { username: 'gv.hoa', displayName: 'Cô Hoa', role: 'editor', password: 'mot cau du dai nua' };
    const results = await Promise.all([1, 2, 3].map(() => api(t.url, admin, 'POST', '/api/users', body)));
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    const users = await t.store.listUsers();
    expect(users.filter((u) => u.username === 'gv.hoa')).toHaveLength(1);
  });
});
