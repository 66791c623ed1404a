import { afterEach, describe, expect, it } from 'vitest';
import { EMERGENCY_TEMPLATES, findPlaceholders, type EmergencyStatus, type ProofReport } from '@bangtin/shared';
import { api } from '../helpers/contentFixtures.ts';
import { login, startTestApp, type TestApp } from '../helpers/testApp.ts';

let t: TestApp;
afterEach(async () => {
  await t?.close();
});

/** Monday 2026-11-30, 06:40 in Hà Nội. */
const MONDAY_0640 = new Date('2026-11-30T06:40:00+07:00');
const notice = (overrides: Record<string, unknown> = {}) => ({
  title: 'THÔNG BÁO NGHỈ HỌC DO THỜI TIẾT',
  body: 'Do mưa bão, nhà trường cho trẻ nghỉ học ngày 01/12/2026. Thời gian đi học trở lại: thứ Tư 02/12/2026.',
  level: 'danger',
  screens: 'all',
  durationMinutes: 60,
  ...overrides,
});

describe('safe emergencies', () => {
  it('a template sent with its blanks unfilled is refused, naming each blank, and nothing reaches a screen', async () => {
    t = await startTestApp({ now: MONDAY_0640 });
    const approver = await login(t.url, 'hieutruong');
    const template = EMERGENCY_TEMPLATES[0]!;
    const raw = await api(t.url, approver, 'POST', '/api/emergencies', notice({ body: template.body, templateId: template.id }));
    expect(raw.status).toBe(400);
    const bodyIssue = raw.error?.details?.find((d) => d.path === 'body');
    expect(bodyIssue?.message).toContain('“…”');

    for (const blank of ['...', '[…]', '[...]']) {
      const res = await api(t.url, approver, 'POST', '/api/emergencies', notice({ title: `NGHỈ HỌC NGÀY ${blank}` }));
      expect(res.status, blank).toBe(400);
      expect(res.error?.details?.find((d) => d.path === 'title')?.message, blank).toContain(`“${blank}”`);
    }
    expect((await t.store.emergencies.list()).length).toBe(0);
    // The check keeps brackets with their blank, so the message names what the office sees in the text.
    expect(findPlaceholders('ngày [...] và … lúc ...')).toEqual(['[...]', '…', '...']);
  });

  it('runs up to three days and keeps its whole text in the audit log and the proof report', async () => {
    t = await startTestApp({ now: MONDAY_0640 });
    const approver = await login(t.url, 'hieutruong');
    expect((await api(t.url, approver, 'POST', '/api/emergencies', notice({ durationMinutes: 3 * 24 * 60 + 1 }))).status).toBe(400);
    const started = await api(t.url, approver, 'POST', '/api/emergencies', notice({ durationMinutes: 3 * 24 * 60 }));
    expect(started.status).toBe(201);
    const status = started.data as unknown as EmergencyStatus;
    expect(Date.parse(status.notice.expiresAt) - MONDAY_0640.getTime()).toBe(3 * 86_400_000);

    const audit = await t.store.listAudit(5);
    const entry = audit.find((a) => a.action === 'emergency.start');
    expect(entry?.summary).toContain(notice().body);
    expect(entry?.summary).toContain('03/12/2026 06:40');

    const report = await api(t.url, approver, 'GET', '/api/reports/proof?from=2026-11-30&to=2026-11-30');
    expect(report.status).toBe(200);
    const emergencies = (report.data as unknown as ProofReport).emergencies;
    expect(emergencies).toHaveLength(1);
    expect(emergencies[0]).toMatchObject({ title: notice().title, body: notice().body, startedBy: 'hieutruong', screens: ['Tất cả màn hình'] });
  });
});
