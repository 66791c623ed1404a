import type { ContentItem, DisplaySnapshot } from '@bangtin/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { api, sloganInput } from '../helpers/contentFixtures.ts';
import { connectDisplay, login, nextSnapshot, startTestApp, type DisplayClient, type TestApp } from '../helpers/testApp.ts';

let t: TestApp;
const clients: DisplayClient[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) c.disconnect();
  await t?.close();
});

function display(slug: string) {
  const client = connectDisplay(t.url, slug);
  clients.push(client);
  return client;
}
const texts = (s: DisplaySnapshot) => s.items.flatMap((i) => (i.type === 'slogan' ? [i.text] : []));

describe('content reaches screens only when it should', () => {
  it('a published slogan reaches every assigned screen within a second, and not the others', async () => {
    t = await startTestApp();
    const cookie = await login(t.url);
    const gate = display('gate');
    const reception = display('reception');
    await Promise.all([nextSnapshot(gate), nextSnapshot(reception)]);

    const started = Date.now();
    const gateGets = nextSnapshot(gate, (s) => texts(s).includes('Chỉ cho cổng'));
    const created = await api(t.url, cookie, 'POST', '/api/content', sloganInput({ text: 'Chỉ cho cổng', screens: ['gate'] }));
    expect(created.status).toBe(201);
    await gateGets;
    expect(Date.now() - started).toBeLessThan(1000);

    const fresh = await (await fetch(`${t.url}/api/display/reception`)).json();
    expect(texts(fresh.data)).not.toContain('Chỉ cho cổng');
  });

  it('drafts and submitted items never reach a screen payload, and office-only fields are stripped', async () => {
    t = await startTestApp();
    const editor = await login(t.url, 'vanphong');
    const draft = await api(t.url, editor, 'POST', '/api/content', sloganInput({ text: 'Bản nháp bí mật', status: 'draft' }));
    const submitted = await api(t.url, editor, 'POST', '/api/content', sloganInput({ text: 'Chờ duyệt', status: 'submitted' }));
    expect([draft.status, submitted.status]).toEqual([201, 201]);
    const snapshot = (await (await fetch(`${t.url}/api/display/gate`)).json()).data as DisplaySnapshot;
    expect(JSON.stringify(snapshot)).not.toContain('Bản nháp bí mật');
    expect(JSON.stringify(snapshot)).not.toContain('Chờ duyệt');
    for (const item of snapshot.items) {
      expect(item).not.toHaveProperty('status');
      expect(item).not.toHaveProperty('createdBy');
    }
  });

  it('an editor may not publish; the principal approves and then it shows', async () => {
    t = await startTestApp();
    const editor = await login(t.url, 'vanphong');
    const denied = await api(t.url, editor, 'POST', '/api/content', sloganInput({ status: 'approved' }));
    expect(denied.status).toBe(403);
    const submitted = await api(t.url, editor, 'POST', '/api/content', sloganInput({ text: 'Đề xuất mới', status: 'submitted' }));
    const item = submitted.data as unknown as ContentItem;
    const approver = await login(t.url, 'hieutruong');
    const approved = await api(t.url, approver, 'POST', `/api/content/${item.id}/status`, { status: 'approved' });
    expect(approved.status).toBe(200);
    expect(approved.data).toMatchObject({ status: 'approved', approvedBy: 'hieutruong', version: 2 });
    const snapshot = (await (await fetch(`${t.url}/api/display/gate`)).json()).data as DisplaySnapshot;
    expect(texts(snapshot)).toContain('Đề xuất mới');
  });

  it('editing approved content as an editor takes it off air until approved again', async () => {
    t = await startTestApp();
    const admin = await login(t.url);
    const created = (await api(t.url, admin, 'POST', '/api/content', sloganInput({ text: 'Đang phát' }))).data as unknown as ContentItem;
    const editor = await login(t.url, 'vanphong');
    const edited = await api(t.url, editor, 'PUT', `/api/content/${created.id}`, {
      ...sloganInput({ text: 'Đang phát (sửa)', status: 'submitted' }),
      baseVersion: 1,
    });
    expect(edited.status).toBe(200);
    const snapshot = (await (await fetch(`${t.url}/api/display/gate`)).json()).data as DisplaySnapshot;
    expect(texts(snapshot)).not.toContain('Đang phát');
    expect(texts(snapshot)).not.toContain('Đang phát (sửa)');
  });

  it('a stale save gets a clear conflict and loses nothing', async () => {
    t = await startTestApp();
    const a = await login(t.url);
    const b = await login(t.url, 'hieutruong');
    const item = (await api(t.url, a, 'POST', '/api/content', sloganInput({ text: 'Phiên bản 1' }))).data as unknown as ContentItem;
    const first = await api(t.url, a, 'PUT', `/api/content/${item.id}`, { ...sloganInput({ text: 'Sửa bởi A' }), baseVersion: 1 });
    expect(first.status).toBe(200);
    const second = await api(t.url, b, 'PUT', `/api/content/${item.id}`, { ...sloganInput({ text: 'Sửa bởi B' }), baseVersion: 1 });
    expect(second.status).toBe(409);
    expect(second.error?.code).toBe('CONFLICT');
    expect(second.error?.message).toMatch(/người khác sửa/);
    const stored = await t.store.getContent(item.id);
    expect(stored?.type === 'slogan' && stored.text).toBe('Sửa bởi A');
  });

  it('bad input → 400 with field-level details, nothing saved', async () => {
    t = await startTestApp();
    const cookie = await login(t.url);
    const before = (await t.store.listContent()).length;
    const res = await api(t.url, cookie, 'POST', '/api/content', {
      ...sloganInput({ text: '' }),
      validFrom: '2026-12-31',
      validUntil: '2026-01-01',
    });
    expect(res.status).toBe(400);
    expect(res.error?.code).toBe('VALIDATION_FAILED');
    const paths = res.error?.details?.map((d) => d.path);
    expect(paths).toContain('text');
    expect((await t.store.listContent()).length).toBe(before);
  });

  it('content starting tomorrow appears at the day rollover in Hà Nội time', async () => {
    t = await startTestApp({ now: new Date('2026-11-28T16:59:00Z') }); // 23:59 in Hà Nội
    const cookie = await login(t.url);
    await api(t.url, cookie, 'POST', '/api/content', sloganInput({ text: 'Từ Chủ nhật', validFrom: '2026-11-29' }));
    const gate = display('gate');
    const first = await nextSnapshot(gate);
    expect(texts(first)).not.toContain('Từ Chủ nhật');
    const arrives = nextSnapshot(gate, (s) => texts(s).includes('Từ Chủ nhật'));
    t.clock.advance(2 * 60_000); // 00:01 on the 29th
    await t.app.publish();
    await arrives;
  });

  it('searches ignore diacritics, case and word order', async () => {
    t = await startTestApp();
    const cookie = await login(t.url);
    const res = await api(t.url, cookie, 'GET', '/api/content?type=procedure&q=ho%20tro%20an%20trua');
    expect(res.status).toBe(200);
    const found = res.data as unknown as ContentItem[];
    expect(found.map((c) => (c.type === 'procedure' ? c.code : ''))).toEqual(['1.001622']);
    // Words in any order, as people remember a title.
    const reordered = (await api(t.url, cookie, 'GET', '/api/content?type=procedure&q=TRUA%20ho%20tro')).data as unknown as ContentItem[];
    expect(reordered.map((c) => (c.type === 'procedure' ? c.code : ''))).toEqual(['1.001622']);
  });
});
