import { afterEach, describe, expect, it } from 'vitest';
import type { ContentItem } from '@bangtin/shared';
import { api, sloganInput } from '../helpers/contentFixtures.ts';
import { login, seededDatabase, startTestApp, type TestApp } from '../helpers/testApp.ts';
import { manualClock } from '../../server/src/clock.ts';
import { openFileStore } from '../../server/src/store/openStore.ts';
import { tempDataDir } from '../helpers/serverProcess.ts';

let t: TestApp;
afterEach(async () => {
  await t?.close();
});

async function submitted(editor: string, text: string, url = t.url): Promise<ContentItem> {
  const created = await api(url, editor, 'POST', '/api/content', sloganInput({ text, status: 'submitted' }));
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

describe('undo survives a reload, a restart within the window and a second server process', () => {
  it('approved on one process, the principal reloads onto another: "Hoàn tác" still works there', async () => {
    t = await startTestApp();
    // A second process on the same Store (what a second server behind the proxy shares), with its own memory.
    const other = await startTestApp({ store: t.store, now: t.clock.now() });
    try {
      const editor = await login(t.url, 'vanphong');
      const approver = await login(t.url, 'hieutruong');
      const item = await submitted(editor, 'Hoàn tác ở tiến trình khác');
      const approved = (await api(t.url, approver, 'POST', `/api/content/${item.id}/approve`, {})).data as unknown as ContentItem;
      other.clock.advance(5_000);
      const approverThere = await login(other.url, 'hieutruong');
      const undone = await api(other.url, approverThere, 'POST', `/api/content/${item.id}/undo`, { version: approved.version });
      expect(undone.status).toBe(200);
      expect(undone.data).toMatchObject({ status: 'submitted', approvedBy: null });
      // Taken back once, from anywhere: the first process has nothing left to undo either.
      expect((await api(t.url, approver, 'POST', `/api/content/${item.id}/undo`, { version: approved.version + 1 })).status).toBe(409);
    } finally {
      await other.close();
    }
  });

  it('rejected, the server restarts (db.json re-read) within the window: undo works; after the window it is refused', async () => {
    const dir = tempDataDir('undo');
    const clock = manualClock(new Date('2026-11-28T01:00:00Z'));
    const start = async () => {
      const { store } = await openFileStore(dir, () => seededDatabase(clock.now()));
      return startTestApp({ store, now: clock.now() });
    };
    let one = await start();
    const editor = await login(one.url, 'vanphong');
    const approver = await login(one.url, 'hieutruong');
    const early = await submitted(editor, 'Trả lại rồi khởi động lại', one.url);
    const late = await submitted(editor, 'Khởi động lại quá muộn', one.url);
    const rejected = (await api(one.url, approver, 'POST', `/api/content/${early.id}/reject`, { reason: 'Nhầm.' })).data as unknown as ContentItem;
    const rejectedLate = (await api(one.url, approver, 'POST', `/api/content/${late.id}/reject`, { reason: 'Nhầm.' })).data as unknown as ContentItem;
    await one.close();

    one = await start();
    try {
      one.clock.advance(8_000);
      const again = await login(one.url, 'hieutruong');
      const undone = await api(one.url, again, 'POST', `/api/content/${early.id}/undo`, { version: rejected.version });
      expect(undone.status).toBe(200);
      expect(undone.data).toMatchObject({ status: 'submitted', rejectionReason: null });
      one.clock.advance(30_000);
      expect((await api(one.url, again, 'POST', `/api/content/${late.id}/undo`, { version: rejectedLate.version })).status).toBe(409);
    } finally {
      await one.close();
    }
  });
});

