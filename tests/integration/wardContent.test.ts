import { afterEach, describe, expect, inject, it } from 'vitest';
import { contentLabel, type ContentItem, type DisplaySnapshot, type EmergencyStatus } from '@bangtin/shared';
import { createAuditLog } from '../../server/src/domain/audit.ts';
import { createEmergencyService } from '../../server/src/domain/emergencies.ts';
import { createDomainEvents } from '../../server/src/domain/events.ts';
import { createInheritedFeed } from '../../server/src/domain/wardFeed.ts';
import { openMemoryStore } from '../../server/src/store/openStore.ts';
import { api, sloganInput } from '../helpers/contentFixtures.ts';
import { createMigratedDatabase, openPgTestStore } from '../helpers/pgTestStore.ts';
import { login, seededDatabase, startTestApp, type TestApp } from '../helpers/testApp.ts';

const NOW = new Date('2026-11-28T01:00:00Z');
const CHILD = 'u-truong-a';
const SIBLING = 'u-truong-b';

let ward: TestApp | undefined;
let child: TestApp | undefined;
afterEach(async () => {
  await child?.close();
  await ward?.close();
  child = undefined;
  ward = undefined;
});

/** The ward (root) and one child unit, two apps over two real stores; the child reads the ward's feed. */
async function wardAndChild(): Promise<{ ward: TestApp; child: TestApp }> {
  ward = await startTestApp({ now: NOW });
  child = await startTestApp({ now: NOW, store: openMemoryStore(await seededDatabase(NOW)), inherited: createInheritedFeed(ward.store, CHILD, ward.clock) });
  return { ward, child };
}

const gateSnapshot = async (app: TestApp) => (await (await fetch(`${app.url}/api/display/gate`)).json()).data as DisplaySnapshot;
const texts = (snapshot: DisplaySnapshot) => snapshot.items.map((item) => contentLabel(item));

describe('a ward publishes to its child units; the ward’s approval is what reaches their screens', () => {
  it('a child plays the ward’s approved items meant for it — never a draft, a pending, an archived, an expired, a sibling’s or a ward-only item', async () => {
    const { ward, child } = await wardAndChild();
    const principal = await login(ward.url, 'hieutruong');
    const office = await login(ward.url, 'vanphong');
    const post = (cookie: string, text: string, extra: Record<string, unknown>) => api(ward.url, cookie, 'POST', '/api/content', { ...sloganInput({ text }), ...extra });
    expect((await post(principal, 'Phường: cho mọi đơn vị', { audience: 'all' })).status).toBe(201);
    expect((await post(principal, 'Phường: riêng trường A', { audience: [CHILD] })).status).toBe(201);
    expect((await post(principal, 'Phường: riêng trường B', { audience: [SIBLING] })).status).toBe(201);
    expect((await post(principal, 'Phường: chỉ màn hình phường', {})).status).toBe(201);
    expect((await post(principal, 'Phường: đã hết hạn', { audience: 'all', validUntil: '2026-11-27' })).status).toBe(201);
    expect((await post(office, 'Phường: bản nháp', { audience: 'all', status: 'draft' })).status).toBe(201);
    expect((await post(office, 'Phường: chờ duyệt', { audience: 'all', status: 'submitted' })).status).toBe(201);
    const archived = (await post(principal, 'Phường: đã lưu trữ', { audience: 'all' })).data as unknown as ContentItem;
    expect((await api(ward.url, principal, 'POST', `/api/content/${archived.id}/status`, { status: 'archived', baseVersion: 1 })).status).toBe(200);

    const shown = texts(await gateSnapshot(child));
    expect(shown).toEqual(expect.arrayContaining(['Phường: cho mọi đơn vị', 'Phường: riêng trường A']));
    for (const hidden of ['riêng trường B', 'chỉ màn hình phường', 'đã hết hạn', 'bản nháp', 'chờ duyệt', 'đã lưu trữ']) {
      expect(shown).not.toContain(`Phường: ${hidden}`);
    }
    // The ward's own screens are as before: its ward-only item plays there; the audience is not sent to any screen.
    const wardSnapshot = await gateSnapshot(ward);
    expect(texts(wardSnapshot)).toContain('Phường: chỉ màn hình phường');
    expect(JSON.stringify(wardSnapshot)).not.toContain('audience');
    expect(JSON.stringify(await gateSnapshot(child))).not.toContain(SIBLING);

    // The child's console lists them read only; its own content API neither lists nor edits them.
    const childAdmin = await login(child.url, 'vanphong');
    const inherited = await api(child.url, childAdmin, 'GET', '/api/units/inherited');
    const listed = (inherited.data as unknown as { content: { id: string; title: string }[] }).content;
    expect(listed.map((c) => c.title).sort()).toEqual(['Phường: cho mọi đơn vị', 'Phường: riêng trường A']);
    const own = (await api(child.url, childAdmin, 'GET', '/api/content')).data as unknown as ContentItem[];
    expect(own.map((c) => c.id)).not.toContain(listed[0]!.id);
    const edit = await api(child.url, childAdmin, 'PUT', `/api/content/${listed[0]!.id}`, { ...sloganInput({ text: 'Sửa hộ' }), status: 'submitted', baseVersion: 1 });
    expect(edit.status).toBe(404);
    expect((await api(ward.url, await login(ward.url), 'GET', '/api/units/inherited')).data).toEqual({ content: [], emergencies: [] });
  });

  it('changing where an approved item reaches is an edit: the office’s change goes back to the principal and leaves the child’s screens until approved', async () => {
    const { ward, child } = await wardAndChild();
    const principal = await login(ward.url, 'hieutruong');
    const office = await login(ward.url, 'vanphong');
    const item = (await api(ward.url, principal, 'POST', '/api/content', sloganInput({ text: 'Lịch tiêm chủng của phường' }))).data as unknown as ContentItem;
    expect(item.audience).toBe('none');
    expect(texts(await gateSnapshot(child))).not.toContain('Lịch tiêm chủng của phường');

    const widened = await api(ward.url, office, 'PUT', `/api/content/${item.id}`, { ...sloganInput({ text: 'Lịch tiêm chủng của phường' }), audience: 'all', status: 'submitted', baseVersion: 1 });
    expect(widened.data).toMatchObject({ status: 'submitted', audience: 'all' });
    const asApproved = await api(ward.url, office, 'PUT', `/api/content/${item.id}`, { ...sloganInput({ text: 'Lịch tiêm chủng của phường' }), audience: 'all', status: 'approved', baseVersion: 2 });
    expect(asApproved.status).toBe(403);
    expect(texts(await gateSnapshot(child))).not.toContain('Lịch tiêm chủng của phường');

    expect((await api(ward.url, principal, 'POST', `/api/content/${item.id}/approve`, { baseVersion: 2 })).status).toBe(200);
    expect(texts(await gateSnapshot(child))).toContain('Lịch tiêm chủng của phường');

    // A client that does not know units (no audience sent) leaves it where it was.
    const kept = await api(ward.url, principal, 'PUT', `/api/content/${item.id}`, { ...sloganInput({ text: 'Lịch tiêm chủng của phường (cập nhật)' }), baseVersion: 3 });
    expect(kept.data).toMatchObject({ audience: 'all', status: 'approved' });
  });

  it('a ward emergency notice for all units covers every child screen; the child kiosk’s acknowledgement writes nowhere and throws nothing', async () => {
    const { ward, child } = await wardAndChild();
    const principal = await login(ward.url, 'hieutruong');
    const send = (title: string, audience: unknown) =>
      api(ward.url, principal, 'POST', '/api/emergencies', { title, body: '', level: 'danger', screens: 'all', audience, durationMinutes: 60 });
    expect((await send('Chỉ màn hình phường', undefined)).status).toBe(201);
    expect((await gateSnapshot(child)).emergency).toBeNull();
    const sent = (await send('Bão số 15: nghỉ học chiều nay', 'all')).data as unknown as EmergencyStatus;
    const snapshot = await gateSnapshot(child);
    expect(snapshot.emergency).toMatchObject({ id: sent.notice.id, title: 'Bão số 15: nghỉ học chiều nay' });
    expect(snapshot.emergency).not.toHaveProperty('audience');

    // What the child's display namespace calls on a kiosk's "display:emergencyAck".
    const events = createDomainEvents(() => undefined);
    const childEmergencies = createEmergencyService({ store: child.store, clock: child.clock, audit: createAuditLog(child.store, child.clock), events });
    const screens = await child.store.listScreens();
    await expect(childEmergencies.acknowledge(sent.notice.id, screens[0]!.id)).resolves.toBeUndefined();
    expect(await child.store.emergencyAcks.list()).toEqual([]);
    expect(await ward.store.emergencyAcks.list()).toEqual([]);
    expect(await child.store.emergencies.list()).toEqual([]);

    expect((await api(ward.url, principal, 'POST', `/api/emergencies/${sent.notice.id}/clear`, {})).status).toBe(200);
    expect((await gateSnapshot(child)).emergency).toBeNull();
  });
});

const clusterUrl = inject('pgClusterUrl');

describe.skipIf(!clusterUrl)(`ward content on PostgreSQL: two units in one database ${inject('pgUnavailable') ?? ''}`, () => {
  it('the child unit’s feed reads the ward’s approved item meant for it from the ward’s rows, and never its own rows', async () => {
    const url = await createMigratedDatabase(clusterUrl!);
    const root = await openPgTestStore(url, await seededDatabase(NOW), 'root');
    // Accounts are per unit with unitcore's migrations; until then usernames are unique across the database.
    const own = await openPgTestStore(url, { ...(await seededDatabase(NOW)), users: [] }, CHILD);
    try {
      const base = (await root.listContent()).find((c) => c.type === 'slogan' && c.status === 'approved')!;
      await root.insertContent({ ...base, id: 'c-phuong-all', audience: 'all' });
      await root.insertContent({ ...base, id: 'c-phuong-b', audience: [SIBLING] });
      await root.insertContent({ ...base, id: 'c-phuong-draft', status: 'draft', audience: 'all' });
      const clock = { now: () => NOW };
      const feed = await createInheritedFeed(root, CHILD, clock).read();
      expect(feed.content.map((c) => c.id)).toEqual(['c-phuong-all']);
      expect(feed.content[0]).toMatchObject({ screens: 'all', audience: 'none', origin: 'parent' });
      // The child's own rows (the same seeded ids) carry no audience and are not the ward's.
      expect(await createInheritedFeed(own, CHILD, clock).read()).toEqual({ content: [], emergencies: [] });
    } finally {
      await own.close();
      await root.close();
    }
  });
});
