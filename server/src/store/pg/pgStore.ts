import type { AuditEntry, ContentItem, Daypart, FailedSearchCount, FeedbackCalendar, LookupCount, NotifySettings, ReformArea, School, Screen, Session, User } from '@bangtin/shared';
import type pg from 'pg';
import type { Store } from '../store.ts';
import { PgCollection } from './pgCollection.ts';
import { PgCounters } from './pgCounters.ts';
import { PgSessions } from './pgSessions.ts';
import { json, parseDocs, type KeyedKey, type SettingKey } from './tables.ts';

/**
 * The Store over PostgreSQL (issue #15 item 2), bound to ONE unit: every statement filters on its unit id. Every write is
 * committed before its promise resolves (an acknowledged write is never lost), so `flush()` has nothing to wait for.
 * Version checks are compare-and-set in the UPDATE itself, so two processes saving the same item cannot both win.
 */
export class PgStore implements Store {
  readonly content: PgCollection<'content'>;
  readonly screens: PgCollection<'screens'>;
  readonly users: PgCollection<'users'>;
  readonly schedules: PgCollection<'schedules'>;
  readonly playlists: PgCollection<'playlists'>;
  readonly emergencies: PgCollection<'emergencies'>;
  readonly media: PgCollection<'media'>;
  readonly devices: PgCollection<'devices'>;
  readonly emergencyAcks: PgCollection<'emergencyAcks'>;
  readonly feedback: PgCollection<'feedback'>;
  readonly commPlans: PgCollection<'commPlans'>;
  readonly surveyResponses: PgCollection<'surveyResponses'>;
  readonly quizQuestions: PgCollection<'quizQuestions'>;
  readonly quizTallies: PgCollection<'quizTallies'>;
  private readonly sessions: PgSessions;
  private readonly counters: PgCounters;
  private closing: Promise<void> | null = null;

  constructor(
    readonly pool: pg.Pool,
    readonly unitId: string,
    private readonly options: { ownsPool: boolean } = { ownsPool: true },
  ) {
    const collection = <K extends KeyedKey>(key: K) => new PgCollection(pool, unitId, key, pool);
    this.content = collection('content');
    this.screens = collection('screens');
    this.users = collection('users');
    this.schedules = collection('schedules');
    this.playlists = collection('playlists');
    this.emergencies = collection('emergencies');
    this.media = collection('media');
    this.devices = collection('devices');
    this.emergencyAcks = collection('emergencyAcks');
    this.feedback = collection('feedback');
    this.commPlans = collection('commPlans');
    this.surveyResponses = collection('surveyResponses');
    this.quizQuestions = collection('quizQuestions');
    this.quizTallies = collection('quizTallies');
    this.sessions = new PgSessions(pool, unitId);
    this.counters = new PgCounters(pool, unitId);
  }

  private async getSetting<K extends SettingKey>(key: K) {
    const { rows } = await this.pool.query<{ doc: unknown }>('select doc from unit_settings where unit_id = $1 and key = $2', [this.unitId, key]);
    if (key === 'school' && rows.length === 0) throw new Error(`unit ${this.unitId} has no school settings: it was never seeded or imported`);
    // A missing optional setting reads as its db.json default (the schema's .default).
    return parseDocs(key, rows[0]?.doc);
  }

  private async saveSetting(key: SettingKey, doc: unknown): Promise<void> {
    await this.pool.query(
      'insert into unit_settings (unit_id, key, doc) values ($1, $2, $3::jsonb) on conflict (unit_id, key) do update set doc = excluded.doc',
      [this.unitId, key, json(doc)],
    );
  }

  getSchool(): Promise<School> {
    return this.getSetting('school');
  }
  saveSchool(school: School): Promise<void> {
    return this.saveSetting('school', school);
  }
  getNotifySettings(): Promise<NotifySettings> {
    return this.getSetting('notify');
  }
  saveNotifySettings(settings: NotifySettings): Promise<void> {
    return this.saveSetting('notify', settings);
  }
  getDayparts(): Promise<Daypart[]> {
    return this.getSetting('dayparts');
  }
  saveDayparts(dayparts: Daypart[]): Promise<void> {
    return this.saveSetting('dayparts', dayparts);
  }
  getFeedbackCalendar(): Promise<FeedbackCalendar> {
    return this.getSetting('feedbackCalendar');
  }
  saveFeedbackCalendar(calendar: FeedbackCalendar): Promise<void> {
    return this.saveSetting('feedbackCalendar', calendar);
  }
  getReformAreas(): Promise<ReformArea[]> {
    return this.getSetting('reformAreas');
  }
  saveReformAreas(areas: ReformArea[]): Promise<void> {
    return this.saveSetting('reformAreas', areas);
  }

  listScreens(): Promise<Screen[]> {
    return this.screens.list();
  }
  getScreenBySlug(slug: string): Promise<Screen | undefined> {
    return this.screens.findBy('slug', slug);
  }
  insertScreen(screen: Screen): Promise<void> {
    return this.screens.insert(screen);
  }
  replaceScreen(screen: Screen): Promise<boolean> {
    return this.screens.replace(screen);
  }

  listContent(): Promise<ContentItem[]> {
    return this.content.list();
  }
  getContent(id: string): Promise<ContentItem | undefined> {
    return this.content.get(id);
  }
  insertContent(item: ContentItem): Promise<void> {
    return this.content.insert(item);
  }
  /** One INSERT … SELECT: a duplicate id anywhere in the batch and nothing is written. */
  insertContentMany(items: readonly ContentItem[]): Promise<void> {
    return this.content.insertMany(items);
  }
  replaceContent(item: ContentItem, expectedVersion: number): Promise<boolean> {
    return this.content.replace(item, expectedVersion);
  }

  getUser(id: string): Promise<User | undefined> {
    return this.users.get(id);
  }
  findUserByUsername(username: string): Promise<User | undefined> {
    return this.users.findBy('username', username);
  }
  insertUser(user: User): Promise<boolean> {
    return this.users.insertUnlessTaken(user);
  }
  listUsers(): Promise<User[]> {
    return this.users.list();
  }
  replaceUser(user: User): Promise<boolean> {
    return this.users.replace(user);
  }

  deleteSessionsOfUser(userId: string): Promise<string[]> {
    return this.sessions.deleteOfUser(userId);
  }
  insertSession(session: Session): Promise<void> {
    return this.sessions.insert(session);
  }
  findSession(tokenHash: string): Promise<Session | undefined> {
    return this.sessions.find(tokenHash);
  }
  deleteSession(tokenHash: string): Promise<void> {
    return this.sessions.delete(tokenHash);
  }
  deleteExpiredSessions(now: Date): Promise<string[]> {
    return this.sessions.deleteExpired(now);
  }

  appendAudit(entry: AuditEntry): Promise<void> {
    return this.counters.appendAudit(entry);
  }
  listAudit(limit: number): Promise<AuditEntry[]> {
    return this.counters.listAudit(limit);
  }
  addLookups(increments: LookupCount[]): Promise<void> {
    return this.counters.addLookups(increments);
  }
  listLookups(): Promise<LookupCount[]> {
    return this.counters.listLookups();
  }
  addFailedSearch(query: string, date: string, keepFrom: string, maxPerDay: number): Promise<boolean> {
    return this.counters.addFailedSearch(query, date, keepFrom, maxPerDay);
  }
  listFailedSearches(): Promise<FailedSearchCount[]> {
    return this.counters.listFailedSearches();
  }

  /** Every write was committed before it resolved: nothing is pending. */
  async flush(): Promise<void> {}

  /** Ends the pool when the store owns it; a second close (shutdown after a test's own close) does nothing. */
  close(): Promise<void> {
    return (this.closing ??= this.options.ownsPool ? this.pool.end() : Promise.resolve());
  }
}
