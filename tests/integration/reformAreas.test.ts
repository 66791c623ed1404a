import type { AreaReport, CommPlan, ContentItem, PlanReport, ProofEntry, ReformArea, Reply } from '@bangtin/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { createFileProofLog } from '../../server/src/proof/proofLog.ts';
import { api, halfWrittenProcedure, sloganInput } from '../helpers/contentFixtures.ts';
import { tempDataDir } from '../helpers/serverProcess.ts';
import { connectDevice, pairDevice } from '../helpers/devicePairing.ts';
import { login, nextSnapshot, startTestApp, type TestApp } from '../helpers/testApp.ts';

let t: TestApp;
afterEach(async () => {
  await t?.close();
});

const play = (iso: string, slideId: string, seconds: number) => ({ slideId, version: 'v1', startedAt: iso, durationMs: seconds * 1000 });

/** Three seeded items with known areas: A in II.1, B in II.2b and II.3, C in none. */
async function tagged(t: TestApp) {
  const approved = (await t.store.listContent()).filter((c) => c.status === 'approved');
  const pick = (type: ContentItem['type']) => {
    const found = approved.find((c) => c.type === type);
    if (!found) throw new Error(`seed has no approved ${type}`);
    return found;
  };
  const [a, b, c] = [pick('slogan'), pick('procedure'), pick('qr')];
  for (const [item, areas] of [[a, ['II.1']], [b, ['II.2b', 'II.3']], [c, []]] as const) {
    await t.store.replaceContent({ ...item, areas: [...areas] }, item.version);
  }
  return { a, b, c };
}

describe('screen time per reform area, from a known proof log', () => {
  it('adds up exact hours and plays per area, per screen and per school month; a two-area item counts in both, the total once', async () => {
    const dir = tempDataDir('proof-areas');
    t = await startTestApp({ now: new Date('2026-11-27T01:00:00Z'), proofLog: (clock) => createFileProofLog(dir, clock, 'Asia/Ho_Chi_Minh') });
    const log = createFileProofLog(dir, t.clock, 'Asia/Ho_Chi_Minh');
    const { a, b, c } = await tagged(t);
    const [gate, reception] = await t.store.listScreens();
    if (!gate || !reception) throw new Error('seed changed');
    const morning = [play('2026-11-27T01:00:00Z', a.id, 3600)];
    await log.append(gate.id, morning);
    await log.append(gate.id, morning); // resent batch: counted once
    t.clock.advance(4 * 86_400_000); // 1 December
    // 23:30 on 30 November in Hà Nội (November), then 00:30 on 1 December (December).
    await log.append(reception.id, [play('2026-11-30T16:30:00Z', b.id, 1800), play('2026-11-30T17:30:00Z', b.id, 600)]);
    await log.append(gate.id, [play('2026-12-01T03:00:00Z', c.id, 900)]);
    await log.close();

    const principal = await login(t.url, 'hieutruong');
    const res = await api(t.url, principal, 'GET', '/api/reports/areas?from=2026-11-01&to=2026-12-31');
    expect(res.status).toBe(200);
    const report = res.data as unknown as AreaReport;
    expect(report.totals).toEqual({ seconds: 6900, plays: 4 });
    const byArea = Object.fromEntries(report.byArea.map((r) => [String(r.area), [r.seconds, r.plays]]));
    expect(byArea).toMatchObject({ 'II.1': [3600, 1], 'II.2a': [0, 0], 'II.2b': [2400, 2], 'II.3': [2400, 2], null: [900, 1] });
    expect(report.byArea.at(-1)).toMatchObject({ area: null, label: 'Chưa phân loại' });
    expect(report.byMonth.filter((r) => r.area === 'II.2b')).toEqual([
      { area: 'II.2b', month: '2026-11', seconds: 1800, plays: 1 },
      { area: 'II.2b', month: '2026-12', seconds: 600, plays: 1 },
    ]);
    expect(report.byScreen.filter((r) => r.area === 'II.1')).toEqual([{ area: 'II.1', screenId: gate.id, screenName: gate.name, seconds: 3600, plays: 1 }]);
    expect(report.rows).toContainEqual({ area: null, screenId: gate.id, month: '2026-12', seconds: 900, plays: 1 });

    const receptionOnly = (await api(t.url, principal, 'GET', `/api/reports/areas?from=2026-11-01&to=2026-12-31&screenId=${reception.id}`)).data as unknown as AreaReport;
    expect(receptionOnly.totals).toEqual({ seconds: 2400, plays: 2 });
    expect(receptionOnly.byArea.find((r) => r.area === 'II.1')?.seconds).toBe(0);
    expect((await api(t.url, await login(t.url, 'vanphong'), 'GET', '/api/reports/areas?from=2026-11-01&to=2026-12-31')).status).toBe(403);

    // The year's plan: 1 hour a quarter for II.1, 2 new items for II.2b; the reserved measures stay unmeasured.
    const office = await login(t.url, 'vanphong');
    const saved = await api(t.url, office, 'PUT', '/api/plans/2026', {
      title: '',
      targets: [
        { area: 'II.1', screenHoursPerQuarter: 1, newItems: null },
        { area: 'II.2b', screenHoursPerQuarter: null, newItems: 2, feedbackAnsweredOnTime: 5 },
      ],
    });
    expect(saved.status).toBe(200);
    expect(saved.data).toMatchObject({ year: 2026, title: 'Kế hoạch tuyên truyền CCHC năm 2026', version: 1 });
    const stale = await api(t.url, office, 'PUT', '/api/plans/2026', { title: 'x', targets: [] });
    expect(stale.status).toBe(409);
    const progress = (await api(t.url, office, 'GET', '/api/plans/2026/report')).data as unknown as PlanReport;
    expect(progress).toMatchObject({ from: '2026-01-01', to: '2026-12-31', asOf: '2026-12-01' });
    const line = (code: string) => progress.areas.find((r) => r.area === code);
    expect(line('II.1')).toMatchObject({ screenHours: { target: 4, actual: 1 }, screenHoursByQuarter: [0, 0, 0, 1], plays: 1 });
    expect(line('II.2b')).toMatchObject({
      screenHours: { target: null, actual: 2400 / 3600 },
      // The seeded items were approved this year: they are the year's new items.
      newItems: { target: 2, actual: (await t.store.listContent()).filter((c) => c.areas.includes('II.2b') && c.approvedAt).length },
      feedbackAnsweredOnTime: { target: 5, actual: null },
      surveyResponses: { target: null, actual: null },
    });
    expect(line('II.2b')?.byScreen).toEqual([{ screenId: reception.id, screenName: reception.name, seconds: 2400, plays: 2 }]);
    expect(progress.totals).toMatchObject({ seconds: 6900, plays: 4 });
    const quarter = (await api(t.url, office, 'GET', '/api/plans/2026/report?from=2026-10-01&to=2026-12-31')).data as unknown as PlanReport;
    expect(line('II.1')?.screenHours.target).toBe(4);
    expect(quarter.areas.find((r) => r.area === 'II.1')?.screenHours).toEqual({ target: 1, actual: 1 });

    const csv = await fetch(`${t.url}/api/plans/2026/report.csv`, { headers: { cookie: office } });
    const text = (await csv.text()).replace(/^\uFEFF/, '');
    expect(text).toContain('"II.1","Tuyên truyền quan điểm, chỉ đạo của Đảng; chính sách, quy định của Nhà nước về CCHC","0,00","0,00","0,00","1,00","1,00","4"');
    expect(text).toContain('"chưa có số liệu","5"');

    // The printable report is an office document: refused without a session, whole in the raw HTML with one.
    const anonymous = await fetch(`${t.url}/in/bao-cao?nam=2026`);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.text()).toContain('Cần đăng nhập');
    const page = await fetch(`${t.url}/in/bao-cao?nam=2026&quy=4`, { headers: { cookie: office } });
    expect(page.status).toBe(200);
    const body = await page.text();
    expect(body).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(body).toContain('từ ngày 01/10/2026 đến ngày 31/12/2026');
    expect(body).toMatch(/II\.1\. Tuyên truyền quan điểm[^<]*<\/h3>\s*<table>/);
    expect(body).toContain(`${gate.name}: 1,00 giờ (1 lượt)`);
    expect((await fetch(`${t.url}/in/bao-cao?nam=2026&tu=2026-12-01&den=2026-01-01`, { headers: { cookie: office } })).status).toBe(400);
  });
});

describe('a play counts toward the areas its item had when it was shown', () => {
  it('re-filing a slogan from II.1 to II.2a after it played keeps the earlier plays under II.1 (area report and yearly plan)', async () => {
    t = await startTestApp({ now: new Date('2026-11-28T01:00:00Z') });
    const admin = await login(t.url);
    const created = await api(t.url, admin, 'POST', '/api/content', sloganInput({ text: 'Chính quyền phục vụ nhân dân', areas: ['II.1'] }));
    expect(created.status).toBe(201);
    const slogan = created.data as unknown as ContentItem;
    const kiosk = connectDevice(t.url, { slug: 'gate', credential: await pairDevice(t.url, admin, 'gate') });
    try {
      const shown = await nextSnapshot(kiosk, (s) => s.items.some((i) => i.id === slogan.id));
      const report = (entries: ProofEntry[]) => new Promise<Reply<{ accepted: number }>>((resolve) => kiosk.emit('display:proof', entries, resolve));
      const play = (iso: string, version: string): ProofEntry => ({ slideId: slogan.id, version, startedAt: iso, durationMs: 600_000 });
      expect(await report([play('2026-11-28T00:30:00Z', shown.version), play('2026-11-28T00:40:00Z', shown.version)])).toEqual({ ok: true, data: { accepted: 2 } });

      const refiled = await api(t.url, admin, 'PUT', `/api/content/${slogan.id}`, { ...sloganInput({ text: 'Chính quyền phục vụ nhân dân', areas: ['II.2a'] }), baseVersion: slogan.version });
      expect(refiled.status).toBe(200);
      const after = await nextSnapshot(kiosk, (s) => s.version !== shown.version && s.items.some((i) => i.id === slogan.id));
      t.clock.advance(20 * 60_000);
      expect(await report([play('2026-11-28T01:05:00Z', after.version)])).toEqual({ ok: true, data: { accepted: 1 } });
    } finally {
      kiosk.close();
    }

    const principal = await login(t.url, 'hieutruong');
    const areas = (await api(t.url, principal, 'GET', '/api/reports/areas?from=2026-11-01&to=2026-11-30')).data as unknown as AreaReport;
    const byArea = Object.fromEntries(areas.byArea.map((r) => [String(r.area), [r.seconds, r.plays]]));
    expect(byArea).toMatchObject({ 'II.1': [1200, 2], 'II.2a': [600, 1] });
    expect(areas.totals).toEqual({ seconds: 1800, plays: 3 });
    const plan = (await api(t.url, principal, 'GET', '/api/plans/2026/report')).data as unknown as PlanReport;
    const line = (code: string) => plan.areas.find((r) => r.area === code);
    expect(line('II.1')?.items.find((i) => i.contentId === slogan.id)).toMatchObject({ seconds: 1200, plays: 2 });
    expect(line('II.2a')?.items.find((i) => i.contentId === slogan.id)).toMatchObject({ seconds: 600, plays: 1 });
  });
});

describe('the plan’s areas on content and in Cài đặt', () => {
  it('refuses to send a slogan without an area, keeps drafts lenient, files procedures under II.2b, filters the list by area', async () => {
    t = await startTestApp();
    const office = await login(t.url, 'vanphong');
    const refused = await api(t.url, office, 'POST', '/api/content', sloganInput({ status: 'submitted', areas: [] }));
    expect(refused.status).toBe(400);
    expect(refused.error?.details).toContainEqual({ path: 'areas', message: 'Chọn ít nhất một lĩnh vực CCHC trước khi gửi duyệt' });
    const draft = await api(t.url, office, 'POST', '/api/content', sloganInput({ status: 'draft', areas: [] }));
    expect(draft.status).toBe(201);
    const unknown = await api(t.url, office, 'POST', '/api/content', sloganInput({ status: 'draft', areas: ['II.9'] }));
    expect(unknown.status).toBe(400);
    expect(unknown.error?.message).toContain('II.9');
    // A draft stored without an area is refused when sent for approval, not before.
    const sent = await api(t.url, office, 'POST', `/api/content/${(draft.data as unknown as ContentItem).id}/status`, { status: 'submitted' });
    expect(sent.status).toBe(400);
    expect(sent.error?.details?.[0]?.path).toBe('areas');

    const procedure = await api(t.url, office, 'POST', '/api/content', { ...halfWrittenProcedure, areas: [] });
    expect(procedure.error).toBeUndefined();
    expect((procedure.data as unknown as ContentItem).areas).toEqual(['II.2b']);
    const listed = (await api(t.url, office, 'GET', '/api/content?area=II.2b')).data as unknown as ContentItem[];
    expect(listed.length).toBeGreaterThan(1);
    expect(listed.every((c) => c.areas.includes('II.2b'))).toBe(true);
  });

  it('lets the admin rename and add areas, and refuses to remove one that content uses, naming what uses it', async () => {
    t = await startTestApp();
    const admin = await login(t.url);
    const areas = (await api(t.url, admin, 'GET', '/api/areas')).data as unknown as ReformArea[];
    expect(areas.map((a) => a.code)).toEqual(['II.1', 'II.2a', 'II.2b', 'II.2c', 'II.2d', 'II.2e', 'II.2f', 'II.3', 'gop-y']);
    const removed = await api(t.url, admin, 'PUT', '/api/areas', { areas: areas.filter((a) => a.code !== 'II.2b') });
    expect(removed.status).toBe(409);
    expect(removed.error?.message).toMatch(/^Không xoá được lĩnh vực “II\.2b – Cải cách TTHC” vì đang được dùng: \d+ nội dung \(“/);
    // The quiz files its questions under the same list: the seeded II.2c question is archived first (quiz.test.ts
    // proves an area a live question uses cannot be removed).
    for (const q of (await t.store.quizQuestions.list()).filter((question) => question.area === 'II.2c')) {
      expect((await api(t.url, admin, 'POST', `/api/quiz/${q.id}/status`, { status: 'archived', baseVersion: q.version })).status).toBe(200);
    }
    const next = [...areas.filter((a) => a.code !== 'II.2c'), { code: 'III.1', label: 'Chuyển đổi số trong giáo dục', short: 'Chuyển đổi số' }];
    const saved = await api(t.url, admin, 'PUT', '/api/areas', { areas: next });
    expect(saved.status).toBe(200);
    expect((saved.data as unknown as ReformArea[]).map((a) => a.code)).toContain('III.1');
    const dup = await api(t.url, admin, 'PUT', '/api/areas', { areas: [...next, next[0]] });
    expect(dup.status).toBe(400);
    expect((await api(t.url, await login(t.url, 'vanphong'), 'PUT', '/api/areas', { areas: next })).status).toBe(403);
    // A plan targets II.2a: removing it is refused too.
    await api(t.url, admin, 'PUT', '/api/plans/2026', { title: '', targets: [{ area: 'II.2a', screenHoursPerQuarter: 2, newItems: 1 }] });
    const planned = await api(t.url, admin, 'PUT', '/api/areas', { areas: next.filter((a) => a.code !== 'II.2a') });
    expect(planned.status).toBe(409);
    expect(planned.error?.message).toContain('kế hoạch tuyên truyền năm 2026');
    const plan = (await api(t.url, admin, 'GET', '/api/plans/2026')).data as unknown as CommPlan;
    expect(plan.targets).toEqual([{ area: 'II.2a', screenHoursPerQuarter: 2, newItems: 1, feedbackAnsweredOnTime: null, surveyResponses: null }]);
  });
});
