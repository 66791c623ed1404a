import { randomUUID } from 'node:crypto';
import type { AuditEntry, ContentItem, Database, EmergencyNotice, Session, User } from '@bangtin/shared';
import { afterEach, describe, expect, it } from 'vitest';
import type { Collection, Store } from '../../../server/src/store/store.ts';
import { insertFeedback } from '../../helpers/feedbackFixtures.ts';
import { seededDatabase } from '../../helpers/testApp.ts';

const NOW = new Date('2026-11-28T01:00:00Z');

/**
 * The demo database without its users: usernames are unique across every unit of a PostgreSQL database, and the
 * PostgreSQL runs put each test in a unit of its own in one database. Tests add the users they need.
 */
export async function conformanceData(): Promise<Database> {
  return { ...(await seededDatabase(NOW)), users: [], sessions: [] };
}

/** Opens a store holding `data` (a fresh one for every test). */
export type OpenStore = (data: Database) => Promise<Store>;

const uniqueName = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;

function newUser(overrides: Partial<User> = {}): User {
  return { id: uniqueName('u'), username: uniqueName('gv'), displayName: 'Cô giáo Hoà', email: '', role: 'editor', passwordHash: 'scrypt$x', disabled: false, createdAt: NOW.toISOString(), ...overrides };
}

function newSession(userId: string, minutes: number, overrides: Partial<Session> = {}): Session {
  return { tokenHash: uniqueName('h'), userId, createdAt: NOW.toISOString(), expiresAt: new Date(NOW.getTime() + minutes * 60_000).toISOString(), ...overrides };
}

function newAudit(n: number): AuditEntry {
  return { id: `a-${n}`, at: new Date(NOW.getTime() + n * 1000).toISOString(), actor: 'admin', action: 'login', entity: 'user', entityId: 'u-admin', summary: `Lần ${n}` };
}

function newEmergency(overrides: Partial<EmergencyNotice> = {}): EmergencyNotice {
  return {
    id: uniqueName('e'),
    title: 'Sơ tán khẩn cấp',
    body: 'Học sinh theo cô giáo ra sân trường.',
    level: 'danger',
    screens: 'all',
    audience: 'none',
    templateId: null,
    startedAt: NOW.toISOString(),
    startedBy: 'admin',
    expiresAt: new Date(NOW.getTime() + 3_600_000).toISOString(),
    clearedAt: null,
    clearedBy: null,
    ...overrides,
  };
}

/** A copy of a stored slogan under a new id (valid by construction: the demo's own shape). */
function sloganLike(template: ContentItem, text: string): ContentItem {
  return { ...structuredClone(template), id: uniqueName('c'), version: 1, ...(template.type === 'slogan' ? { text } : {}) };
}

const COLLECTIONS = ['schedules', 'playlists', 'emergencies', 'media', 'devices', 'emergencyAcks', 'feedback', 'surveyResponses', 'quizQuestions', 'quizTallies', 'commPlans'] as const;

/**
 * One behaviour contract for every Store (issue #15: "the same conformance suite runs against both stores"): run with
 * the in-memory and file JsonStore and with PgStore. Each test names what a caller relies on.
 */
export function describeStoreConformance(label: string, open: OpenStore, options: { skip?: boolean } = {}): void {
  describe.skipIf(options.skip ?? false)(`Store conformance: ${label}`, () => {
    const opened: Store[] = [];
    const fresh = async (change?: (data: Database) => void) => {
      const data = await conformanceData();
      change?.(data);
      const store = await open(data);
      opened.push(store);
      return store;
    };
    afterEach(async () => {
      await Promise.all(opened.splice(0).map((s) => s.close()));
    });

    it('every singleton round-trips, and what a read returns is a copy the caller may change freely', async () => {
      const store = await fresh();
      const school = await store.getSchool();
      school.name = 'Trường mầm non Nam Đô (tên mới)';
      expect((await store.getSchool()).name).not.toBe(school.name);
      await store.saveSchool(school);
      expect(await store.getSchool()).toEqual(school);

      const notify = { ...(await store.getNotifySettings()), host: 'smtp.example.vn', offlineMinutes: 30 };
      await store.saveNotifySettings(notify);
      expect(await store.getNotifySettings()).toEqual(notify);
      const dayparts = [{ id: 'ra-choi', name: 'Giờ ra chơi', start: '09:30', end: '09:50' }];
      await store.saveDayparts(dayparts);
      expect(await store.getDayparts()).toEqual(dayparts);
      const calendar = { ...(await store.getFeedbackCalendar()), handlingDays: 7 };
      await store.saveFeedbackCalendar(calendar);
      expect(await store.getFeedbackCalendar()).toEqual(calendar);
      const areas = (await store.getReformAreas()).slice(0, 2);
      await store.saveReformAreas(areas);
      expect(await store.getReformAreas()).toEqual(areas);
      areas.pop();
      expect(await store.getReformAreas()).toHaveLength(2);
    });

    it('screens: found by slug, replaced by id (false when missing), a duplicate id refused', async () => {
      const store = await fresh();
      const [gate] = await store.listScreens();
      expect(await store.getScreenBySlug(gate!.slug)).toEqual(gate);
      expect(await store.getScreenBySlug('khong-co')).toBeUndefined();
      const hall = { ...gate!, id: 'hanh-lang', slug: 'hanh-lang', name: 'Hành lang tầng 2' };
      await store.insertScreen(hall);
      expect((await store.listScreens()).map((s) => s.id)).toEqual([...(await conformanceData()).screens.map((s) => s.id), 'hanh-lang']);
      expect(await store.replaceScreen({ ...hall, name: 'Hành lang tầng 3' })).toBe(true);
      expect((await store.getScreenBySlug('hanh-lang'))!.name).toBe('Hành lang tầng 3');
      expect(await store.replaceScreen({ ...hall, id: 'khong-co' })).toBe(false);
      await expect(store.insertScreen(hall)).rejects.toThrow();
      expect(await store.listScreens()).toHaveLength((await conformanceData()).screens.length + 1);
    });

    it('content: compare-and-set on the version, a stale save loses and changes nothing', async () => {
      const store = await fresh();
      const [first] = await store.listContent();
      const edited = { ...first!, version: first!.version + 1, updatedBy: 'hieutruong' };
      expect(await store.replaceContent(edited, first!.version)).toBe(true);
      expect(await store.replaceContent({ ...first!, version: first!.version + 1, updatedBy: 'vanphong' }, first!.version)).toBe(false);
      expect(await store.getContent(first!.id)).toEqual(edited);
      expect(await store.replaceContent({ ...edited, id: 'khong-co' }, 1)).toBe(false);
      expect(await store.getContent('khong-co')).toBeUndefined();
      const got = await store.getContent(first!.id);
      got!.updatedBy = 'changed behind the store';
      expect((await store.getContent(first!.id))!.updatedBy).toBe('hieutruong');
    });

    it('content: an import is saved whole, and a duplicate id in the batch (or already stored) writes nothing', async () => {
      const store = await fresh();
      const before = await store.listContent();
      const template = before.find((c) => c.type === 'slogan')!;
      const batch = [sloganLike(template, 'Một'), sloganLike(template, 'Hai')];
      await store.insertContentMany(batch);
      expect((await store.listContent()).slice(-2)).toEqual(batch);

      const a = sloganLike(template, 'Ba');
      await expect(store.insertContentMany([a, sloganLike(template, 'Bốn'), { ...a }])).rejects.toThrow();
      await expect(store.insertContentMany([sloganLike(template, 'Năm'), batch[0]!])).rejects.toThrow();
      await expect(store.insertContent(batch[1]!)).rejects.toThrow();
      expect(await store.listContent()).toEqual([...before, ...batch]);
      await store.insertContentMany([]);
      expect(await store.listContent()).toHaveLength(before.length + 2);
    });

    it('Vietnamese text comes back exactly as saved (NFC stays NFC; nothing is re-normalised)', async () => {
      const store = await fresh();
      const template = (await store.listContent()).find((c) => c.type === 'slogan')!;
      const nfc = 'Trường mầm non Vườn Xanh Nam Đô — “Học mà chơi, chơi mà học” ỷ ỹ ậ ữ';
      const item = sloganLike(template, nfc);
      await store.insertContent(item);
      const back = await store.getContent(item.id);
      expect(back).toEqual(item);
      expect(back!.type === 'slogan' && back!.text).toBe(nfc);
      expect(back!.type === 'slogan' && back!.text.normalize('NFC')).toBe(nfc);
      const school = { ...(await store.getSchool()), name: nfc };
      await store.saveSchool(school);
      expect((await store.getSchool()).name).toBe(nfc);
    });

    it('users: a taken username is refused with nothing written; found by id and name; replaced by id', async () => {
      const store = await fresh();
      const lan = newUser({ displayName: 'Nguyễn Thị Lan' });
      expect(await store.insertUser(lan)).toBe(true);
      expect(await store.insertUser(newUser({ username: lan.username, displayName: 'Kẻ mạo danh' }))).toBe(false);
      expect(await store.listUsers()).toEqual([lan]);
      expect(await store.findUserByUsername(lan.username)).toEqual(lan);
      expect(await store.findUserByUsername('khong-co')).toBeUndefined();
      expect(await store.getUser(lan.id)).toEqual(lan);
      expect(await store.replaceUser({ ...lan, disabled: true })).toBe(true);
      expect((await store.getUser(lan.id))!.disabled).toBe(true);
      expect(await store.replaceUser(newUser())).toBe(false);
      expect(await store.listUsers()).toHaveLength(1);
    });

    it('sessions: at most 20 live per user (the oldest go), expired ones removed with their hashes, a user signed out everywhere', async () => {
      const store = await fresh();
      const [lan, hoa] = [newUser(), newUser()];
      await store.insertUser(lan);
      await store.insertUser(hoa);
      const lans: Session[] = [];
      for (let i = 0; i < 21; i++) {
        const session = newSession(lan.id, 60 + i);
        lans.push(session);
        await store.insertSession(session);
      }
      expect(await store.findSession(lans[0]!.tokenHash)).toBeUndefined();
      expect(await store.findSession(lans[20]!.tokenHash)).toEqual(lans[20]);
      const expired = newSession(hoa.id, -1);
      const live = newSession(hoa.id, 5);
      await store.insertSession(expired);
      await store.insertSession(live);
      expect(await store.deleteExpiredSessions(NOW)).toEqual([expired.tokenHash]);
      expect(await store.deleteExpiredSessions(NOW)).toEqual([]);
      expect(await store.findSession(live.tokenHash)).toEqual(live);

      const ended = await store.deleteSessionsOfUser(lan.id);
      expect(ended).toHaveLength(20);
      expect(new Set(ended)).toEqual(new Set(lans.slice(1).map((s) => s.tokenHash)));
      expect(await store.deleteSessionsOfUser(lan.id)).toEqual([]);
      await store.deleteSession(live.tokenHash);
      await store.deleteSession('khong-co');
      expect(await store.findSession(live.tokenHash)).toBeUndefined();
    });

    it('audit: newest first, limited, and only the newest 5000 kept', async () => {
      const store = await fresh((data) => {
        data.audit = Array.from({ length: 5000 }, (_, n) => newAudit(n));
      });
      await store.appendAudit(newAudit(5000));
      await store.appendAudit(newAudit(5001));
      expect((await store.listAudit(3)).map((a) => a.id)).toEqual(['a-5001', 'a-5000', 'a-4999']);
      const all = await store.listAudit(10_000);
      expect(all).toHaveLength(5000);
      expect(all.at(-1)!.id).toBe('a-2');
    });

    it('look-ups: increments for the same procedure and day add up, within a batch and across batches', async () => {
      const store = await fresh();
      await store.addLookups([]);
      await store.addLookups([
        { contentId: 'p1', date: '2026-11-27', count: 1 },
        { contentId: 'p2', date: '2026-11-27', count: 2 },
        { contentId: 'p1', date: '2026-11-27', count: 3 },
      ]);
      await store.addLookups([
        { contentId: 'p1', date: '2026-11-27', count: 1 },
        { contentId: 'p1', date: '2026-11-28', count: 1 },
      ]);
      expect(await store.listLookups()).toEqual([
        { contentId: 'p1', date: '2026-11-27', count: 5 },
        { contentId: 'p2', date: '2026-11-27', count: 2 },
        { contentId: 'p1', date: '2026-11-28', count: 1 },
      ]);
    });

    it('failed searches: at most maxPerDay different ones a day (a known one still counts), older days forgotten', async () => {
      const store = await fresh();
      expect(await store.addFailedSearch('giay khai sinh', '2026-11-20', '2026-11-01', 2)).toBe(true);
      expect(await store.addFailedSearch('hoc phi', '2026-11-27', '2026-11-01', 2)).toBe(true);
      expect(await store.addFailedSearch('xe dua don', '2026-11-27', '2026-11-01', 2)).toBe(true);
      expect(await store.addFailedSearch('an ban tru', '2026-11-27', '2026-11-01', 2)).toBe(false);
      expect(await store.addFailedSearch('hoc phi', '2026-11-27', '2026-11-01', 2)).toBe(true);
      expect(await store.addFailedSearch('hoc phi', '2026-11-28', '2026-11-21', 2)).toBe(true);
      expect(await store.listFailedSearches()).toEqual([
        { query: 'hoc phi', date: '2026-11-27', count: 2 },
        { query: 'xe dua don', date: '2026-11-27', count: 1 },
        { query: 'hoc phi', date: '2026-11-28', count: 1 },
      ]);
    });

    it('every collection: an unknown id is absent, cannot be replaced or removed', async () => {
      const store = await fresh();
      for (const key of COLLECTIONS) {
        const collection: Collection<{ id: string }> = store[key];
        expect(Array.isArray(await collection.list()), key).toBe(true);
        expect(await collection.get('khong-co'), key).toBeUndefined();
        expect(await collection.replace({ id: 'khong-co' }), key).toBe(false);
        expect(await collection.remove('khong-co'), key).toBe(false);
      }
    });

    it('a collection: insertion order, copies, compare-and-set with expectedVersion, remove, a duplicate id refused', async () => {
      const store = await fresh();
      const questions = await store.quizQuestions.list();
      const [q] = questions;
      expect(await store.quizQuestions.replace({ ...q!, version: q!.version + 1 }, q!.version)).toBe(true);
      expect(await store.quizQuestions.replace({ ...q!, version: q!.version + 1 }, q!.version)).toBe(false);
      expect(await store.quizQuestions.replace({ ...q!, version: 9 })).toBe(true);
      expect((await store.quizQuestions.get(q!.id))!.version).toBe(9);
      await expect(store.quizQuestions.insert(q!)).rejects.toThrow();
      expect(await store.quizQuestions.remove(q!.id)).toBe(true);
      expect(await store.quizQuestions.get(q!.id)).toBeUndefined();
      expect((await store.quizQuestions.list()).map((x) => x.id)).toEqual(questions.slice(1).map((x) => x.id));

      // Unversioned records: replace by id; an expectedVersion never matches.
      const [first, second] = [newEmergency(), newEmergency({ level: 'info' })];
      await store.emergencies.insert(first);
      await store.emergencies.insert(second);
      expect(await store.emergencies.list()).toEqual([first, second]);
      expect(await store.emergencies.replace({ ...first, clearedAt: NOW.toISOString(), clearedBy: 'admin' })).toBe(true);
      expect(await store.emergencies.replace({ ...second, title: 'Khác' }, 1)).toBe(false);
      const got = await store.emergencies.get(first.id);
      expect(got!.clearedBy).toBe('admin');
      got!.title = 'changed behind the store';
      expect((await store.emergencies.get(first.id))!.title).toBe('Sơ tán khẩn cấp');

      const feedback = await insertFeedback(store, NOW);
      expect(await store.feedback.get(feedback.id)).toEqual(feedback);
    });

    it('flush resolves once every accepted write is durable', async () => {
      const store = await fresh();
      await store.saveDayparts([]);
      await expect(store.flush()).resolves.toBeUndefined();
      expect(await store.getDayparts()).toEqual([]);
    });
  });
}
