import { afterEach, describe, expect, it } from 'vitest';
import type { ContentItem } from '@bangtin/shared';
import { api, sloganInput } from '../helpers/contentFixtures.ts';
import { login, startTestApp, type TestApp } from '../helpers/testApp.ts';

let t: TestApp;
afterEach(async () => {
  await t?.close();
});

async function submitted(editor: string, text: string): Promise<ContentItem> {
  const created = await api(t.url, editor, 'POST', '/api/content', sloganInput({ text, status: 'submitted' }));
  expect(created.status).toBe(201);
  return created.data as unknown as ContentItem;
}

describe('undo after approve or reject (a mistaken tap on a phone)', () => {
  it('puts the item back exactly as it was waiting, and the log keeps both the decision and its undo', async () => {
    t = await startTestApp();
    const editor = await login(t.url, 'vanphong');
    const approver = await login(t.url, 'hieutruong');
    for (const decision of ['approve', 'reject'] as const) {
      const item = await submitted(editor, `Hoàn tác ${decision}`);
      const decided = await api(t.url, approver, 'POST', `/api/content/${item.id}/${decision}`, decision === 'reject' ? { reason: 'Sai chính tả.' } : {});
      const after = decided.data as unknown as ContentItem;
      expect(after.status).toBe(decision === 'approve' ? 'approved' : 'rejected');
      t.clock.advance(4_000);
      const undone = await api(t.url, approver, 'POST', `/api/content/${item.id}/undo`, { version: after.version });
      expect(undone.status).toBe(200);
      expect(undone.data).toMatchObject({ status: 'submitted', approvedBy: null, approvedAt: null, rejectionReason: null, version: after.version + 1 });
      const log = await t.store.listAudit(2);
      expect(log.map((a) => a.action)).toEqual(['content.undo', `content.${decision}`]);
      // Undone once: a second undo has nothing to take back.
      expect((await api(t.url, approver, 'POST', `/api/content/${item.id}/undo`, { version: after.version + 1 })).status).toBe(409);
    }
  });

  it('is refused once anything else changed, after the window, to anyone but the decider, and to editors', async () => {
    t = await startTestApp();
    const editor = await login(t.url, 'vanphong');
    const approver = await login(t.url, 'hieutruong');
    const admin = await login(t.url);

    const changed = await submitted(editor, 'Đã có người sửa tiếp');
    const approved = (await api(t.url, approver, 'POST', `/api/content/${changed.id}/approve`, {})).data as unknown as ContentItem;
    expect((await api(t.url, approver, 'POST', `/api/content/${changed.id}/status`, { status: 'archived', baseVersion: approved.version })).status).toBe(200);
    expect((await api(t.url, approver, 'POST', `/api/content/${changed.id}/undo`, { version: approved.version })).status).toBe(409);

    const late = await submitted(editor, 'Quá thời gian');
    const lateApproved = (await api(t.url, approver, 'POST', `/api/content/${late.id}/approve`, {})).data as unknown as ContentItem;
    expect((await api(t.url, editor, 'POST', `/api/content/${late.id}/undo`, { version: lateApproved.version })).status).toBe(403);
    expect((await api(t.url, admin, 'POST', `/api/content/${late.id}/undo`, { version: lateApproved.version })).status).toBe(409);
    t.clock.advance(31_000);
    expect((await api(t.url, approver, 'POST', `/api/content/${late.id}/undo`, { version: lateApproved.version })).status).toBe(409);
    expect((await t.store.getContent(late.id))?.status).toBe('approved');
  });
});
