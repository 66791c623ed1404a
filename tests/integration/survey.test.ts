import { DEVICE_CREDENTIAL_HEADER, type SatisfactionReport } from '@bangtin/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { api } from '../helpers/contentFixtures.ts';
import { pairDevice } from '../helpers/devicePairing.ts';
import { login, startTestApp, type TestApp } from '../helpers/testApp.ts';

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const all = (level: number) => ({ access: level, procedure: level, staff: level, result: level, feedback: level });
const post = (url: string, body: unknown, cookie = '') =>
  fetch(`${url}/api/public/survey`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body),
  });
const cookieOf = (res: Response) => (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';

describe('POST /api/public/survey', () => {
  it('stores an anonymous response (school day, answers; no time, no address) and answers 201', async () => {
    t = await startTestApp();
    const res = await post(t.url, { answers: all(5), procedureCode: '1.001622', comment: 'Cô giáo rất tận tình' });
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ data: { received: true } });
    const stored = await t.store.surveyResponses.list();
    expect(stored).toHaveLength(1);
    expect(Object.keys(stored[0] ?? {}).sort()).toEqual(['answers', 'channel', 'comment', 'date', 'id', 'procedureCode']);
    expect(stored[0]?.date).toBe('2026-11-28');
    expect(JSON.stringify(stored)).not.toContain('127.0.0.1');
    // The cookie carries the day and a random value that is stored nowhere.
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^bt_khao_sat=2026-11-28\.[0-9a-f]{16}; Path=\/; HttpOnly; SameSite=Lax/);
    expect(JSON.stringify(stored)).not.toContain(cookie.split('.')[1]?.slice(0, 16));
  });

  it('refuses answers out of 1–5, a missing factor, an odd procedure code, a comment too long, a body too big', async () => {
    t = await startTestApp();
    for (const body of [
      { answers: { ...all(5), staff: 6 } },
      { answers: { ...all(5), staff: 0 } },
      { answers: { access: 5, procedure: 5, staff: 5, result: 5 } },
      { answers: all(4), procedureCode: '<script>' },
      { answers: all(4), comment: 'x'.repeat(1001) },
    ]) {
      const res = await post(t.url, body);
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('VALIDATION_FAILED');
    }
    expect((await post(t.url, { answers: all(4), comment: 'x'.repeat(9000) })).status).toBe(413);
    expect(await t.store.surveyResponses.list()).toEqual([]);
  });

  it('one survey per device per day: the second is refused politely, the next day is fine', async () => {
    t = await startTestApp();
    const first = await post(t.url, { answers: all(4) });
    const cookie = cookieOf(first);
    const again = await post(t.url, { answers: all(1) }, cookie);
    expect(again.status).toBe(409);
    expect(((await again.json()) as { error: { message: string } }).error.message).toMatch(/đã gửi phiếu khảo sát hôm nay\. Cảm ơn bạn!/);
    t.clock.advance(24 * 3600 * 1000);
    expect((await post(t.url, { answers: all(3) }, cookie)).status).toBe(201);
    expect(await t.store.surveyResponses.list()).toHaveLength(2);
  });

  it('a flood from one address gets 429 with Retry-After, and is let in again after the window', async () => {
    t = await startTestApp();
    for (let i = 0; i < 20; i += 1) expect((await post(t.url, { answers: all(4) })).status).toBe(201);
    const refused = await post(t.url, { answers: all(4) });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    t.clock.advance(3600 * 1000);
    expect((await post(t.url, { answers: all(4) })).status).toBe(201);
  });

  it('is declared public (security: []) in the OpenAPI document; the report needs a session', async () => {
    t = await startTestApp();
    const doc = (await (await fetch(`${t.url}/api/openapi.json`)).json()) as { paths: Record<string, Record<string, { security?: unknown[] }>> };
    expect(doc.paths['/api/public/survey']?.post?.security).toEqual([]);
    expect((await fetch(`${t.url}/api/reports/satisfaction?from=2026-09-01&to=2027-08-31`)).status).toBe(401);
  });
});

describe('the reception kiosk survey', () => {
  const kiosk = (url: string, body: unknown, credential?: string) =>
    fetch(`${url}/api/display/reception/survey`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(credential ? { [DEVICE_CREDENTIAL_HEADER]: credential } : {}) },
      body: JSON.stringify(body),
    });

  it('counts only from the paired reception device, without the cookie rule, budgeted per kiosk', async () => {
    t = await startTestApp();
    expect(await (await kiosk(t.url, { answers: all(5) })).json()).toEqual({ data: { counted: false } });
    const credential = await pairDevice(t.url, await login(t.url), 'reception');
    for (let i = 0; i < 3; i += 1) expect(await (await kiosk(t.url, { answers: all(5) }, credential)).json()).toEqual({ data: { counted: true } });
    expect((await kiosk(t.url, { answers: all(5) }, credential)).status).toBe(429);
    t.clock.advance(20_000);
    expect((await kiosk(t.url, { answers: all(4) }, credential)).status).toBe(201);
    const stored = await t.store.surveyResponses.list();
    expect(stored.map((r) => r.channel)).toEqual(['kiosk', 'kiosk', 'kiosk', 'kiosk']);
    // The gate is not a reception kiosk.
    expect((await fetch(`${t.url}/api/display/gate/survey`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ answers: all(5) }) })).status).toBe(403);
  });
});

describe('GET /api/reports/satisfaction and its CSV', () => {
  it('computes the index per factor, per month and for the period from known responses', async () => {
    t = await startTestApp({ now: new Date('2026-10-05T03:00:00Z') });
    const seed = [
      ['2026-09-10', all(5)],
      ['2026-09-11', { ...all(4), result: 2 }],
      ['2026-10-01', all(3)],
      ['2026-10-02', { ...all(5), feedback: 1 }],
    ] as const;
    for (const [date, answers] of seed) await t.store.surveyResponses.insert({ id: `ks-${date}`, date, channel: 'web', answers });
    const cookie = await login(t.url, 'vanphong');
    const res = await api(t.url, cookie, 'GET', '/api/reports/satisfaction?from=2026-09-01&to=2027-08-31');
    expect(res.status).toBe(200);
    const report = res.data as unknown as SatisfactionReport;
    expect(report.period.responses).toBe(4);
    expect(report.period.index).toEqual({ access: 75, procedure: 75, staff: 75, result: 50, feedback: 50, overall: 65 });
    expect(report.months).toHaveLength(12);
    expect(report.months[0]).toMatchObject({ month: '2026-09', responses: 2, index: { result: 50, overall: 90 } });
    expect(report.months[1]).toMatchObject({ month: '2026-10', responses: 2, index: { overall: 40 } });
    expect(report.months[2]?.index.overall).toBeNull();
    expect(report.formula).toContain('Hài lòng');

    const csv = await fetch(`${t.url}/api/reports/satisfaction.csv?from=2026-09-01&to=2027-08-31`, { headers: { cookie } });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain('"Cả kỳ","4","75,00%","75,00%","75,00%","50,00%","50,00%","65,00%"');
    expect(text).toContain('"2026-09-11","Trang khảo sát","4","4","4","2","4"');
  });
});

describe('/khao-sat without JavaScript', () => {
  const form = (url: string, fields: Record<string, string>, cookie = '') =>
    fetch(`${url}/khao-sat`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...(cookie ? { cookie } : {}) },
      body: new URLSearchParams(fields).toString(),
    });
  const hidden = (page: string) => ({ _t: /name="_t" value="([^"]+)"/.exec(page)?.[1] ?? '', website: '' });

  it('renders the five factors under 30 KB, refuses a missing answer by name, thanks after a good one, then says "already answered"', async () => {
    t = await startTestApp();
    const page = await (await fetch(`${t.url}/khao-sat?thu-tuc=1.001622`)).text();
    expect(Buffer.byteLength(page)).toBeLessThan(30_000);
    for (const group of ['Tiếp cận dịch vụ', 'Thủ tục', 'Cán bộ, giáo viên, nhân viên', 'Kết quả', 'Tiếp nhận và xử lý ý kiến']) expect(page).toContain(group);
    expect(page).toContain('name="procedureCode" value="1.001622"');
    t.clock.advance(5000);
    const answers = { access: '5', procedure: '4', staff: '5', result: '4', feedback: '3', procedureCode: '1.001622' };
    const { feedback: _skipped, ...missing } = answers;
    const refused = await form(t.url, { ...hidden(page), ...missing });
    expect(refused.status).toBe(422);
    const refusedPage = await refused.text();
    expect(refusedPage).toContain('Vui lòng sửa 1 mục');
    expect(refusedPage).toMatch(/value="5" id="f-access" checked/);

    const sent = await form(t.url, { ...hidden(page), ...answers });
    expect(sent.status).toBe(303);
    expect(sent.headers.get('location')).toBe('/khao-sat/cam-on');
    expect(await (await fetch(`${t.url}/khao-sat/cam-on`)).text()).toContain('Cảm ơn quý phụ huynh!');
    expect((await t.store.surveyResponses.list())[0]).toMatchObject({ channel: 'web', procedureCode: '1.001622', answers: { feedback: 3 } });

    const cookie = cookieOf(sent);
    expect(await (await fetch(`${t.url}/khao-sat`, { headers: { cookie } })).text()).toContain('đã gửi phiếu khảo sát hôm nay');
    expect((await form(t.url, { ...hidden(page), ...answers }, cookie)).status).toBe(409);
  });

  it('refuses a form posted at once (no person fills five rows in under 3 seconds) and keeps the choices', async () => {
    t = await startTestApp();
    const page = await (await fetch(`${t.url}/khao-sat`)).text();
    const res = await form(t.url, { ...hidden(page), access: '5', procedure: '5', staff: '5', result: '5', feedback: '5' });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('quá nhanh');
    expect(await t.store.surveyResponses.list()).toEqual([]);
  });
});

describe('the index-result slide that updates itself', () => {
  it('is created as a draft with the school year\'s figures; the daily refresh rewrites only its figures, keeping its approval', async () => {
    const { createAuditLog } = await import('../../server/src/domain/audit.ts');
    const { createContentService } = await import('../../server/src/domain/content.ts');
    const { createDomainEvents } = await import('../../server/src/domain/events.ts');
    const { createSatisfactionSlides } = await import('../../server/src/domain/satisfactionSlide.ts');
    const { createSurveyService } = await import('../../server/src/domain/survey.ts');
    t = await startTestApp({ now: new Date('2026-11-28T03:00:00Z') });
    await t.store.surveyResponses.insert({ id: 'ks-1', date: '2026-09-15', channel: 'web', answers: all(5) });
    const cookie = await login(t.url, 'vanphong');
    const created = await api(t.url, cookie, 'POST', '/api/reports/satisfaction/slide', {});
    expect(created.status, JSON.stringify(created)).toBe(201);
    const id = (created.data as unknown as { id: string }).id;
    const draft = await t.store.getContent(id);
    expect(draft).toMatchObject({ type: 'indexResult', status: 'draft', index: 'SCHOOL', live: 'satisfaction', score: 100, year: 2026, screens: [] });

    // Approved like any content; then a new answer arrives and the daily job runs.
    const approver = await login(t.url, 'hieutruong');
    expect((await api(t.url, approver, 'POST', `/api/content/${id}/status`, { status: 'approved' })).status).toBe(200);
    await t.store.surveyResponses.insert({ id: 'ks-2', date: '2026-11-27', channel: 'kiosk', answers: all(2) });
    const audit = createAuditLog(t.store, t.clock);
    const events = createDomainEvents(() => undefined);
    const content = createContentService({ store: t.store, clock: t.clock, audit, events });
    const slides = createSatisfactionSlides({ store: t.store, clock: t.clock, audit, events, content, survey: createSurveyService({ store: t.store, clock: t.clock }) });
    expect(await slides.refresh()).toBe(1);
    const refreshed = await t.store.getContent(id);
    expect(refreshed).toMatchObject({ status: 'approved', score: 50, updatedBy: 'he-thong' });
    expect(refreshed?.type === 'indexResult' && refreshed.note).toContain('2 phiếu');
    expect(await slides.refresh()).toBe(0);
  });
});
