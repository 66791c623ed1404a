import { afterEach, describe, expect, it } from 'vitest';
import { slideSeconds, type EmergencyStatus, type PublicEmergency, type ScheduleEntry, type ScheduleInput, type ScheduleWarning } from '@bangtin/shared';
import { api, sloganInput } from '../helpers/contentFixtures.ts';
import { offlineItems } from '../../display/src/schedule/offlinePlan.ts';
import { connectDevice, pairDevice } from '../helpers/devicePairing.ts';
import {
  connectAdmin,
  connectDisplay,
  login,
  nextSnapshot,
  startTestApp,
  type AdminClient,
  type DisplayClient,
  type TestApp,
} from '../helpers/testApp.ts';

let t: TestApp;
const sockets: { disconnect(): unknown }[] = [];
afterEach(async () => {
  for (const s of sockets.splice(0)) s.disconnect();
  await t?.close();
});
const track = <S extends DisplayClient | AdminClient>(s: S): S => {
  sockets.push(s);
  return s;
};

/** Monday 2026-11-30, 06:40 in Hà Nội. */
const MONDAY_0640 = new Date('2026-11-30T06:40:00+07:00');

const entryInput = (overrides: Partial<ScheduleInput> = {}): ScheduleInput => ({
  name: 'Giờ đón trẻ: thông báo tuyển sinh',
  enabled: true,
  contentIds: [],
  playlistId: null,
  screens: { screenIds: ['gate'], groups: [] },
  dateFrom: null,
  dateUntil: null,
  rule: { kind: 'weekly', days: [1, 2, 3, 4, 5], windows: [{ start: '06:45', end: '08:00' }] },
  priority: 50,
  mode: 'replace',
  durationSeconds: null,
  ...overrides,
});

async function newSlogan(cookie: string, text: string, status: 'approved' | 'draft' = 'approved'): Promise<string> {
  const created = await api(t.url, cookie, 'POST', '/api/content', sloganInput({ text, status, screens: [] }));
  expect(created.status).toBe(201);
  return (created.data as unknown as { id: string }).id;
}

type Saved = { entry: ScheduleEntry; warnings: ScheduleWarning[] };

describe('schedule entries: bad input is refused with field details and nothing is saved', () => {
  it.each([
    ['a window of zero length', { rule: { kind: 'weekly', days: [1], windows: [{ start: '07:00', end: '07:00' }] } }, 'rule.windows.0.end', /0 phút/],
    ['an end date before the start date', { dateFrom: '2026-12-10', dateUntil: '2026-12-01' }, 'dateUntil', /sau ngày bắt đầu/],
    ['an invalid cron expression', { rule: { kind: 'cron', expression: '61 7 * * *', durationMinutes: 30 } }, 'rule.expression', /phút phải từ 0 đến 59/],
    ['an unknown screen', { screens: { screenIds: ['khong-co'], groups: [] } }, 'screens.screenIds.0', /Không có màn hình/],
    ['an unknown group', { screens: { screenIds: [], groups: ['tang-5'] } }, 'screens.groups.0', /nhóm/],
    ['no weekday', { rule: { kind: 'weekly', days: [], windows: [] } }, 'rule.days', /ít nhất một ngày/],
    ['nothing to play', { contentIds: [] }, 'contentIds', /ít nhất một nội dung/],
    ['08:00→07:00 without “Qua nửa đêm” (no silent 23-hour window)', { rule: { kind: 'weekly', days: [1], windows: [{ start: '08:00', end: '07:00' }] } }, 'rule.windows.0.end', /Qua nửa đêm/],
  ])('%s', async (_name, overrides, path, message) => {
    t = await startTestApp({ now: MONDAY_0640 });
    const cookie = await login(t.url, 'vanphong');
    const item = await newSlogan(await login(t.url), 'Một khẩu hiệu');
    const contentIds = 'contentIds' in overrides ? [] : [item];
    const res = await api(t.url, cookie, 'POST', '/api/schedules', { ...entryInput({ contentIds }), ...overrides });
    expect(res.status).toBe(400);
    expect(res.error?.code).toBe('VALIDATION_FAILED');
    const detail = (res.error?.details as { path: string; message: string }[] | undefined)?.find((d) => d.path === path);
    expect(detail?.message).toMatch(message);
    expect(await t.store.schedules.list()).toEqual([]);
  });
});

describe('schedule entries: saving', () => {
  it('returns warnings that explain why something will not show, and refuses a stale edit', async () => {
    t = await startTestApp({ now: MONDAY_0640 });
    const editor = await login(t.url, 'vanphong');
    const draft = await newSlogan(editor, 'Bản nháp chưa duyệt', 'draft');
    const created = await api(t.url, editor, 'POST', '/api/schedules', entryInput({ contentIds: [draft] }));
    expect(created.status).toBe(201);
    const saved = created.data as unknown as Saved;
    expect(saved.warnings.map((w) => w.code)).toContain('CONTENT_NOT_APPROVED');

    const cron = await api(t.url, editor, 'POST', '/api/schedules/check', entryInput({ contentIds: [draft], rule: { kind: 'cron', expression: '0 9 13 * 5', durationMinutes: 60 } }));
    expect(cron.status).toBe(200);
    expect((cron.data as unknown as { warnings: ScheduleWarning[] }).warnings.map((w) => w.code)).toContain('CRON_DOM_AND_DOW');
    expect(await t.store.schedules.list()).toHaveLength(1); // check saves nothing

    const first = await api(t.url, editor, 'PUT', `/api/schedules/${saved.entry.id}`, { ...entryInput({ contentIds: [draft], name: 'Sửa lần 1' }), baseVersion: 1 });
    expect(first.status).toBe(200);
    const stale = await api(t.url, editor, 'PUT', `/api/schedules/${saved.entry.id}`, { ...entryInput({ contentIds: [draft], name: 'Sửa từ bản cũ' }), baseVersion: 1 });
    expect(stale.status).toBe(409);
    expect((await t.store.schedules.get(saved.entry.id))?.name).toBe('Sửa lần 1');
  });

  it('warns when two exclusive entries overlap on the same screen', async () => {
    t = await startTestApp({ now: MONDAY_0640 });
    const cookie = await login(t.url);
    const item = await newSlogan(cookie, 'Khẩu hiệu A');
    await api(t.url, cookie, 'POST', '/api/schedules', entryInput({ contentIds: [item], name: 'Lịch A' }));
    const second = await api(t.url, cookie, 'POST', '/api/schedules', entryInput({ contentIds: [item], name: 'Lịch B', rule: { kind: 'weekly', days: [1], windows: [{ start: '07:30', end: '09:00' }] } }));
    const warnings = (second.data as unknown as Saved).warnings;
    expect(warnings.find((w) => w.code === 'OVERLAP_EXCLUSIVE')?.message).toMatch(/Lịch A/);
  });

  it('answers "what is on the gate at 07:15 on Monday?" and draws the week', async () => {
    t = await startTestApp({ now: MONDAY_0640 });
    const cookie = await login(t.url);
    const item = await newSlogan(cookie, 'Chào mừng cha mẹ đưa trẻ đến trường');
    const saved = (await api(t.url, cookie, 'POST', '/api/schedules', entryInput({ contentIds: [item] }))).data as unknown as Saved;
    const plan = await api(t.url, cookie, 'GET', `/api/schedules/plan?screen=gate&at=${encodeURIComponent('2026-11-30T07:15:00+07:00')}`);
    const plans = (plan.data as unknown as { plans: { items: { contentId: string; entryId: string }[] }[] }).plans;
    expect(plans[0]?.items).toEqual([{ contentId: item, entryId: saved.entry.id, durationSeconds: null, everyMinutes: null, sharePercent: null }]);
    const week = await api(t.url, cookie, 'GET', `/api/schedules/timeline?screen=gate&from=${encodeURIComponent('2026-11-30T00:00:00+07:00')}&until=${encodeURIComponent('2026-12-07T00:00:00+07:00')}`);
    const segments = (week.data as unknown as { segments: { from: string; activeEntryIds: string[] }[] }).segments;
    expect(segments.filter((s) => s.activeEntryIds.includes(saved.entry.id))).toHaveLength(5);
    const tooLong = await api(t.url, cookie, 'GET', `/api/schedules/timeline?screen=gate&from=2026-11-30T00:00:00Z&until=2026-12-30T00:00:00Z`);
    expect(tooLong.status).toBe(400);
  });
});

describe('one scheduling model the office can predict', () => {
  it('a schedule entry for an item also assigned directly says which screens play it all day, and “Bỏ gán trực tiếp” fixes it', async () => {
    t = await startTestApp({ now: MONDAY_0640 });
    const editor = await login(t.url, 'vanphong');
    const admin = await login(t.url);
    const created = await api(t.url, admin, 'POST', '/api/content', sloganInput({ text: 'Thông báo họp phụ huynh', status: 'approved', screens: ['gate', 'reception'] }));
    const id = (created.data as unknown as { id: string }).id;
    const saved = await api(t.url, editor, 'POST', '/api/schedules', entryInput({ contentIds: [id], mode: 'add', rule: { kind: 'weekly', days: [1, 2, 3, 4, 5], windows: [{ start: '07:00', end: '08:00' }] } }));
    const { entry, warnings } = saved.data as unknown as Saved;
    const clash = warnings.find((w) => w.code === 'DIRECT_ASSIGNMENT_ALL_DAY');
    expect(clash?.message).toMatch(/gán trực tiếp cho màn hình “Màn hình cổng trường”.*cả ngày/);
    expect(clash?.relatedIds).toEqual([id, 'gate']);

    const fixed = await api(t.url, editor, 'POST', `/api/schedules/${entry.id}/unassign-direct`, {});
    expect(fixed.status).toBe(200);
    expect((fixed.data as unknown as { changed: string[]; warnings: ScheduleWarning[] }).warnings.map((w) => w.code)).not.toContain('DIRECT_ASSIGNMENT_ALL_DAY');
    const item = await t.store.getContent(id);
    expect(item?.screens).toEqual(['reception']); // only the screens the entry reaches lose it
    expect(item?.status).toBe('approved');
  });

  it('a notice set to "at least every 3 minutes" comes round that often in the gate loop, and the plan says so', async () => {
    t = await startTestApp({ now: new Date('2026-11-30T07:15:00+07:00') });
    const admin = await login(t.url);
    const notice = await newSlogan(admin, 'Thông báo: họp phụ huynh 17:00 thứ Sáu');
    const entry = await api(t.url, admin, 'POST', '/api/schedules', entryInput({ contentIds: [notice], mode: 'add', everyMinutes: 3 }));
    expect(entry.status).toBe(201);
    const plan = await api(t.url, admin, 'GET', '/api/schedules/plan?screen=gate');
    const gate = (plan.data as unknown as { plans: { loop: { seconds: number; items: { contentId: string; plays: number; longestGapSeconds: number; perHour: number }[] } }[] }).plans[0];
    const figures = gate?.loop.items.find((i) => i.contentId === notice);
    expect(gate?.loop.seconds).toBeGreaterThan(180); // the demo gate loop is longer than the bound
    expect(figures?.plays).toBeGreaterThan(1);
    expect(figures?.longestGapSeconds).toBeLessThanOrEqual(180);
    expect(figures?.perHour).toBeGreaterThanOrEqual(20);
  });
});

describe('when it plays, set in the item\'s own editor', () => {
  it('a notice ticked for the gate with Mon–Fri 07:00–08:00 in its own editor plays only then (not all day), on the kiosk too, and no entry warns "all day"', async () => {
    t = await startTestApp({ now: MONDAY_0640 });
    const admin = await login(t.url);
    const timing = { weekly: { days: [1, 2, 3, 4, 5], windows: [{ start: '07:00', end: '08:00' }] }, everyMinutes: null, sharePercent: null };
    const created = await api(t.url, admin, 'POST', '/api/content', sloganInput({ text: 'Cổng trường: đón trẻ đúng giờ', status: 'approved', screens: ['gate'], timing }));
    expect(created.status).toBe(201);
    const id = (created.data as unknown as { id: string; timing: unknown }).id;
    expect((created.data as unknown as { timing: unknown }).timing).toEqual(timing);
    const gate = track(connectDisplay(t.url, 'gate'));
    const before = await nextSnapshot(gate);
    expect(before.items.map((i) => i.id)).not.toContain(id);
    // The kiosk gets the item's timing in its offline plan, so it keeps to it without the server.
    expect(before.schedule?.pool.find((i) => i.id === id)?.timing).toEqual(timing);
    expect(before.nextChangeAt).toBe('2026-11-30T00:00:00.000Z'); // 07:00 in Hà Nội
    // With the network down, the kiosk's own evaluation of that snapshot keeps to the same hours.
    expect(offlineItems(before, new Date('2026-11-30T07:15:00+07:00'))?.map((i) => i.id)).toContain(id);
    expect(offlineItems(before, new Date('2026-11-30T08:30:00+07:00'))?.map((i) => i.id)).not.toContain(id);

    t.clock.set(new Date('2026-11-30T07:00:00+07:00'));
    const during = nextSnapshot(gate);
    await t.app.replan();
    await t.timer.fireIfDue();
    expect((await during).items.map((i) => i.id)).toContain(id);
    t.clock.set(new Date('2026-11-30T08:00:00+07:00'));
    const after = nextSnapshot(gate);
    expect(await t.timer.fireIfDue()).toBe(true);
    expect((await after).items.map((i) => i.id)).not.toContain(id);

    // A schedule entry naming it adds its own hours; it is not told the item "plays all day" on the gate.
    const saved = await api(t.url, admin, 'POST', '/api/schedules', entryInput({ contentIds: [id], mode: 'add', rule: { kind: 'weekly', days: [6], windows: [] } }));
    expect((saved.data as unknown as Saved).warnings.map((w) => w.code)).not.toContain('DIRECT_ASSIGNMENT_ALL_DAY');
  });

  it('a window typed 08:00→07:00 is refused at that window until "Qua nửa đêm" is ticked', async () => {
    t = await startTestApp({ now: MONDAY_0640 });
    const admin = await login(t.url);
    const timing = { weekly: { days: [1], windows: [{ start: '08:00', end: '07:00' }] }, everyMinutes: null, sharePercent: null };
    const refused = await api(t.url, admin, 'POST', '/api/content', sloganInput({ text: 'Giờ gõ nhầm', status: 'draft', timing }));
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.error)).toContain('timing.weekly.windows.0.end');
  });

  it('the plan\'s loop is timed as the screen times it: a procedure on the gate counts its one-slide summary, at reception its full text', async () => {
    t = await startTestApp({ now: new Date('2026-11-30T10:00:00+07:00') });
    const admin = await login(t.url);
    const loopOf = async (screen: string) =>
      ((await api(t.url, admin, 'GET', `/api/schedules/plan?screen=${screen}`)).data as unknown as { plans: { loop: { seconds: number; items: { contentId: string; seconds: number }[] } }[] }).plans[0]!.loop;
    const procedures = (await t.store.listContent()).filter((c) => c.type === 'procedure' && c.status === 'approved' && c.screens === 'all');
    expect(procedures.length).toBeGreaterThan(0);
    const [gate, reception] = [await loopOf('gate'), await loopOf('reception')];
    const school = await t.store.getSchool();
    let compared = 0;
    for (const item of procedures) {
      const onGate = gate.items.find((i) => i.contentId === item.id);
      const atDesk = reception.items.find((i) => i.contentId === item.id);
      if (!onGate || !atDesk) continue;
      expect(onGate.seconds).toBe(slideSeconds(item, school.slideDefaults, 'gate'));
      expect(atDesk.seconds).toBe(slideSeconds(item, school.slideDefaults, 'reception'));
      expect(onGate.seconds).toBeLessThan(atDesk.seconds);
      compared += 1;
    }
    expect(compared).toBeGreaterThan(0);
    expect(gate.seconds).toBe(gate.items.reduce((sum, i) => sum + i.seconds, 0));
  });
});

describe('boundaries', () => {
  it('at the boundary the gate switches to the scheduled content and back; the reception screen is not disturbed', async () => {
    t = await startTestApp({ now: MONDAY_0640 });
    const cookie = await login(t.url);
    const item = await newSlogan(cookie, 'Giờ đón trẻ: cha mẹ vui lòng không dừng xe trước cổng');
    const gate = track(connectDisplay(t.url, 'gate'));
    const reception = track(connectDisplay(t.url, 'reception'));
    const [before] = await Promise.all([nextSnapshot(gate), nextSnapshot(reception)]);
    expect(before.items.map((i) => i.id)).not.toContain(item);

    const planned = nextSnapshot(gate, (s) => (s.schedule?.entries.length ?? 0) === 1);
    await api(t.url, cookie, 'POST', '/api/schedules', entryInput({ contentIds: [item] }));
    await planned; // the gate already holds the plan for offline use, but nothing changes on screen yet
    await t.app.replan();
    expect(t.timer.pending()?.toISOString()).toBe('2026-11-29T23:45:00.000Z'); // 06:45 in Hà Nội

    let receptionPushes = 0;
    reception.on('display:snapshot', () => (receptionPushes += 1));
    t.clock.set(new Date('2026-11-30T06:45:00+07:00'));
    const during = nextSnapshot(gate);
    expect(await t.timer.fireIfDue()).toBe(true);
    expect((await during).items.map((i) => i.id)).toEqual([item]);
    expect(t.timer.pending()?.toISOString()).toBe('2026-11-30T01:00:00.000Z'); // 08:00

    t.clock.set(new Date('2026-11-30T08:00:00+07:00'));
    const after = nextSnapshot(gate);
    expect(await t.timer.fireIfDue()).toBe(true);
    expect((await after).items.map((i) => i.id)).toEqual(before.items.map((i) => i.id));
    expect(receptionPushes).toBe(0);
  });

  it('a screen that connects mid-window (or a restarted server) gets the scheduled content at once', async () => {
    t = await startTestApp({ now: new Date('2026-11-30T07:15:00+07:00') });
    const cookie = await login(t.url);
    const item = await newSlogan(cookie, 'Chào buổi sáng');
    await api(t.url, cookie, 'POST', '/api/schedules', entryInput({ contentIds: [item] }));
    const gate = track(connectDisplay(t.url, 'gate'));
    const snapshot = await nextSnapshot(gate);
    expect(snapshot.items.map((i) => i.id)).toEqual([item]);
    expect(snapshot.nextChangeAt).toBe('2026-11-30T01:00:00.000Z');
    expect(snapshot.schedule?.entries).toHaveLength(1);
  });
});

describe('emergency notices', () => {
  it('reach the chosen screens at once, are acknowledged, re-sent on reconnect, and end on expiry', async () => {
    t = await startTestApp({ now: MONDAY_0640 });
    const approver = await login(t.url, 'hieutruong');
    const editor = await login(t.url, 'vanphong');
    // Only the screen's paired device is heard when it acknowledges.
    const gate = track(connectDevice(t.url, { slug: 'gate', credential: await pairDevice(t.url, editor, 'gate') }));
    const reception = track(connectDisplay(t.url, 'reception'));
    await Promise.all([nextSnapshot(gate), nextSnapshot(reception)]);
    const office = track(connectAdmin(t.url, approver));
    await new Promise<void>((resolve) => office.once('connect', () => resolve()));

    const body = { title: 'NGHỈ HỌC DO BÃO', body: 'Trường nghỉ học ngày 1/12.', level: 'danger', screens: 'all', durationMinutes: 30, templateId: 'weather-closure' };
    expect((await api(t.url, editor, 'POST', '/api/emergencies', body)).status).toBe(403);

    const shown = (client: DisplayClient) => new Promise<PublicEmergency | null>((resolve) => client.once('display:emergency', resolve));
    const onGate = shown(gate);
    const onReception = shown(reception);
    const started = await api(t.url, approver, 'POST', '/api/emergencies', body);
    expect(started.status).toBe(201);
    const status = started.data as unknown as EmergencyStatus;
    expect((await onGate)?.title).toBe('NGHỈ HỌC DO BÃO');
    expect((await onReception)?.id).toBe(status.notice.id);

    const acked = new Promise<EmergencyStatus>((resolve) => {
      office.on('emergency:updated', (s) => {
        if (s.acknowledged.some((a) => a.screenId === 'gate')) resolve(s);
      });
    });
    gate.emit('display:emergencyAck', status.notice.id);
    expect((await acked).acknowledged.map((a) => a.screenId)).toEqual(['gate']);

    // A kiosk that reconnects while it is active gets it in its snapshot.
    const again = track(connectDisplay(t.url, 'gate'));
    expect((await nextSnapshot(again)).emergency?.id).toBe(status.notice.id);

    // Expiry: at the boundary the screens return to their schedule.
    t.clock.set(new Date('2026-11-30T07:10:00+07:00'));
    const cleared = nextSnapshot(gate, (s) => s.emergency === null);
    expect(await t.timer.fireIfDue()).toBe(true);
    await cleared;
    const audit = await t.store.listAudit(20);
    expect(audit.some((a) => a.action === 'emergency.start' && a.actor === 'hieutruong' && a.summary.includes('NGHỈ HỌC DO BÃO'))).toBe(true);
  });

  it('can be cleared at once by an approver, with an audit entry of who cleared it', async () => {
    t = await startTestApp({ now: MONDAY_0640 });
    const approver = await login(t.url, 'hieutruong');
    const gate = track(connectDisplay(t.url, 'gate'));
    await nextSnapshot(gate);
    const started = await api(t.url, approver, 'POST', '/api/emergencies', { title: 'ĐÓN TRẺ MUỘN', body: '', level: 'warning', screens: ['gate'], durationMinutes: 60 });
    const id = (started.data as unknown as EmergencyStatus).notice.id;
    const gone = new Promise<PublicEmergency | null>((resolve) => gate.on('display:emergency', (n) => n === null && resolve(n)));
    const clearedRes = await api(t.url, approver, 'POST', `/api/emergencies/${id}/clear`, {});
    expect(clearedRes.status).toBe(200);
    expect(await gone).toBeNull();
    expect((await t.store.emergencies.get(id))?.clearedBy).toBe('hieutruong');
    expect((await api(t.url, approver, 'POST', `/api/emergencies/${id}/clear`, {})).status).toBe(409);
    expect((await t.store.listAudit(5)).some((a) => a.action === 'emergency.clear' && a.actor === 'hieutruong')).toBe(true);
    const bad = await api(t.url, approver, 'POST', '/api/emergencies', { title: 'X', body: '', level: 'info', screens: ['khong-co'], durationMinutes: 5 });
    expect(bad.status).toBe(400);
  });
});
