import type { AuditEntry, ContentItem, Database, Daypart, FailedSearchCount, FeedbackCalendar, LookupCount, NotifySettings, ReformArea, School, Screen, Session, User } from '@bangtin/shared';
import type { Low } from 'lowdb';
import type { Collection, Store } from './store.ts';

/** Database keys holding arrays of records with an id. */
type CollectionKey = 'schedules' | 'playlists' | 'emergencies' | 'media' | 'devices' | 'emergencyAcks' | 'feedback' | 'commPlans' | 'surveyResponses' | 'quizQuestions' | 'quizTallies';

/** Most recent audit entries kept in db.json; older ones are the business of a future archive. */
const AUDIT_KEEP = 5000;

/**
 * A second record with an id already stored (or twice in one batch) is refused before anything is written: db.json
 * with it would no longer load (ids are unique in the schema), and PostgreSQL refuses it by its primary key.
 */
function refuseDuplicateIds(stored: readonly { id: string }[], added: readonly { id: string }[]): void {
  const ids = new Set(stored.map((i) => i.id));
  for (const { id } of added) {
    if (ids.has(id)) throw new Error(`duplicate id ${id}: nothing was written`);
    ids.add(id);
  }
}

/**
 * The Store over one lowdb document (a JSON file in production, memory in unit tests).
 * Reads return copies, so callers can never mutate stored state behind the store's back.
 */
export class JsonStore implements Store {
  readonly schedules: Collection<Database['schedules'][number]>;
  readonly playlists: Collection<Database['playlists'][number]>;
  readonly emergencies: Collection<Database['emergencies'][number]>;
  readonly media: Collection<Database['media'][number]>;
  readonly devices: Collection<Database['devices'][number]>;
  readonly emergencyAcks: Collection<Database['emergencyAcks'][number]>;
  readonly feedback: Collection<Database['feedback'][number]>;
  readonly commPlans: Collection<Database['commPlans'][number]>;
  readonly surveyResponses: Collection<Database['surveyResponses'][number]>;
  readonly quizQuestions: Collection<Database['quizQuestions'][number]>;
  readonly quizTallies: Collection<Database['quizTallies'][number]>;

  constructor(private readonly db: Low<Database>) {
    this.schedules = this.collection('schedules');
    this.playlists = this.collection('playlists');
    this.emergencies = this.collection('emergencies');
    this.media = this.collection('media');
    this.devices = this.collection('devices');
    this.emergencyAcks = this.collection('emergencyAcks');
    this.feedback = this.collection('feedback');
    this.commPlans = this.collection('commPlans');
    this.surveyResponses = this.collection('surveyResponses');
    this.quizQuestions = this.collection('quizQuestions');
    this.quizTallies = this.collection('quizTallies');
  }

  private collection<K extends CollectionKey>(key: K): Collection<Database[K][number]> {
    type Item = Database[K][number];
    const items = () => this.data[key] as Item[];
    const set = (draft: Database, next: Item[]) => {
      (draft as Record<CollectionKey, unknown>)[key] = next;
    };
    return {
      list: async () => structuredClone(items()),
      get: async (id) => {
        const found = items().find((i) => i.id === id);
        return found && structuredClone(found);
      },
      insert: async (item) => {
        refuseDuplicateIds(items(), [item]);
        await this.mutate((d) => set(d, [...(d[key] as Item[]), structuredClone(item)]));
      },
      replace: async (item, expectedVersion) => {
        const current = items().find((i) => i.id === item.id) as { version?: number } | undefined;
        if (!current) return false;
        if (expectedVersion !== undefined && current.version !== expectedVersion) return false;
        await this.mutate((d) => set(d, (d[key] as Item[]).map((i) => (i.id === item.id ? structuredClone(item) : i))));
        return true;
      },
      // Checked and changed in one synchronous step (mutate applies the change before it awaits the write): atomic here.
      insertIfAbsent: async (item) => {
        if (items().some((i) => i.id === item.id)) return false;
        await this.mutate((d) => set(d, [...(d[key] as Item[]), structuredClone(item)]));
        return true;
      },
      modify: async (id, change) => {
        const current = items().find((i) => i.id === id);
        const next = { ...change(current && structuredClone(current)), id };
        await this.mutate((d) => set(d, current ? (d[key] as Item[]).map((i) => (i.id === id ? structuredClone(next) : i)) : [...(d[key] as Item[]), structuredClone(next)]));
        return structuredClone(next);
      },
      remove: async (id) => {
        if (!items().some((i) => i.id === id)) return false;
        await this.mutate((d) => set(d, (d[key] as Item[]).filter((i) => i.id !== id)));
        return true;
      },
    };
  }

  async getFeedbackCalendar(): Promise<FeedbackCalendar> {
    return structuredClone(this.data.feedbackCalendar);
  }

  async saveFeedbackCalendar(calendar: FeedbackCalendar): Promise<void> {
    await this.mutate((d) => {
      d.feedbackCalendar = structuredClone(calendar);
    });
  }

  async getNotifySettings(): Promise<NotifySettings> {
    return structuredClone(this.data.notify);
  }

  async saveNotifySettings(settings: NotifySettings): Promise<void> {
    await this.mutate((d) => {
      d.notify = structuredClone(settings);
    });
  }

  async getReformAreas(): Promise<ReformArea[]> {
    return structuredClone(this.data.reformAreas);
  }

  async saveReformAreas(areas: ReformArea[]): Promise<void> {
    await this.mutate((d) => {
      d.reformAreas = structuredClone(areas);
    });
  }

  async getDayparts(): Promise<Daypart[]> {
    return structuredClone(this.data.dayparts);
  }

  async saveDayparts(dayparts: Daypart[]): Promise<void> {
    await this.mutate((d) => {
      d.dayparts = structuredClone(dayparts);
    });
  }

  private get data(): Database {
    return this.db.data;
  }

  /**
   * Applies a change to a copy and makes it current only while it is being written: if the write fails
   * (disk full, permissions), the change is rolled back, so nothing unsaved is ever shown as saved.
   */
  private async mutate(change: (draft: Database) => void): Promise<void> {
    const before = this.db.data;
    const next = structuredClone(before);
    change(next);
    this.db.data = next;
    try {
      await this.db.write();
    } catch (error) {
      if (this.db.data === next) this.db.data = before;
      throw error;
    }
  }

  async getSchool(): Promise<School> {
    return structuredClone(this.data.school);
  }

  async saveSchool(school: School): Promise<void> {
    await this.mutate((d) => {
      d.school = structuredClone(school);
    });
  }

  async listScreens() {
    return structuredClone(this.data.screens);
  }

  async getScreenBySlug(slug: string) {
    const found = this.data.screens.find((s) => s.slug === slug);
    return found && structuredClone(found);
  }

  async insertScreen(screen: Screen): Promise<void> {
    refuseDuplicateIds(this.data.screens, [screen]);
    await this.mutate((d) => {
      d.screens.push(structuredClone(screen));
    });
  }

  async replaceScreen(screen: Screen): Promise<boolean> {
    if (!this.data.screens.some((s) => s.id === screen.id)) return false;
    await this.mutate((d) => {
      d.screens = d.screens.map((s) => (s.id === screen.id ? structuredClone(screen) : s));
    });
    return true;
  }

  async listContent(): Promise<ContentItem[]> {
    return structuredClone(this.data.content);
  }

  async getContent(id: string) {
    const found = this.data.content.find((c) => c.id === id);
    return found && structuredClone(found);
  }

  async insertContent(item: ContentItem): Promise<void> {
    refuseDuplicateIds(this.data.content, [item]);
    await this.mutate((d) => {
      d.content.push(structuredClone(item));
    });
  }

  async insertContentMany(items: readonly ContentItem[]): Promise<void> {
    refuseDuplicateIds(this.data.content, items);
    await this.mutate((d) => {
      d.content.push(...items.map((item) => structuredClone(item)));
    });
  }

  async replaceContent(item: ContentItem, expectedVersion: number): Promise<boolean> {
    const current = this.data.content.find((c) => c.id === item.id);
    if (!current || current.version !== expectedVersion) return false;
    await this.mutate((d) => {
      d.content = d.content.map((c) => (c.id === item.id ? structuredClone(item) : c));
    });
    return true;
  }

  async getUser(id: string): Promise<User | undefined> {
    const found = this.data.users.find((u) => u.id === id);
    return found && structuredClone(found);
  }

  async findUserByUsername(username: string) {
    const found = this.data.users.find((u) => u.username === username);
    return found && structuredClone(found);
  }

  /** False (nothing written) if the username is taken: checked in the same step as the write, so two racing creates cannot both win. */
  async insertUser(user: User): Promise<boolean> {
    if (this.data.users.some((u) => u.username === user.username)) return false;
    await this.mutate((d) => {
      d.users.push(structuredClone(user));
    });
    return true;
  }

  async listUsers(): Promise<User[]> {
    return structuredClone(this.data.users);
  }

  async replaceUser(user: User): Promise<boolean> {
    if (!this.data.users.some((u) => u.id === user.id)) return false;
    await this.mutate((d) => {
      d.users = d.users.map((u) => (u.id === user.id ? structuredClone(user) : u));
    });
    return true;
  }

  async deleteSessionsOfUser(userId: string): Promise<string[]> {
    const ended = this.data.sessions.filter((s) => s.userId === userId).map((s) => s.tokenHash);
    if (ended.length > 0) {
      await this.mutate((d) => {
        d.sessions = d.sessions.filter((s) => s.userId !== userId);
      });
    }
    return ended;
  }

  async insertSession(session: Session): Promise<void> {
    await this.mutate((d) => {
      // At most 20 live sessions per user: the oldest go first.
      const own = d.sessions.filter((s) => s.userId === session.userId);
      const drop = new Set(own.slice(0, Math.max(0, own.length - 19)).map((s) => s.tokenHash));
      d.sessions = [...d.sessions.filter((s) => !drop.has(s.tokenHash)), structuredClone(session)];
    });
  }

  async findSession(tokenHash: string) {
    const found = this.data.sessions.find((s) => s.tokenHash === tokenHash);
    return found && structuredClone(found);
  }

  async deleteSession(tokenHash: string): Promise<void> {
    if (!this.data.sessions.some((s) => s.tokenHash === tokenHash)) return;
    await this.mutate((d) => {
      d.sessions = d.sessions.filter((s) => s.tokenHash !== tokenHash);
    });
  }

  async deleteExpiredSessions(now: Date): Promise<string[]> {
    const cutoff = now.toISOString();
    const removed = this.data.sessions.filter((s) => s.expiresAt <= cutoff).map((s) => s.tokenHash);
    if (removed.length > 0) {
      await this.mutate((d) => {
        d.sessions = d.sessions.filter((s) => s.expiresAt > cutoff);
      });
    }
    return removed;
  }

  async appendAudit(entry: AuditEntry): Promise<void> {
    await this.mutate((d) => {
      d.audit.push(structuredClone(entry));
      if (d.audit.length > AUDIT_KEEP) d.audit.splice(0, d.audit.length - AUDIT_KEEP);
    });
  }

  async listAudit(limit: number): Promise<AuditEntry[]> {
    return structuredClone(this.data.audit.slice(-limit).reverse());
  }

  async addLookups(increments: LookupCount[]): Promise<void> {
    if (increments.length === 0) return;
    await this.mutate((d) => {
      const rows = new Map<string, LookupCount>(d.lookups.map((row) => [`${row.date}|${row.contentId}`, row]));
      for (const { contentId, date, count } of increments) {
        const key = `${date}|${contentId}`;
        const row = rows.get(key);
        if (row) row.count += count;
        else rows.set(key, { contentId, date, count });
      }
      d.lookups = [...rows.values()];
    });
  }

  async listLookups(): Promise<LookupCount[]> {
    return structuredClone(this.data.lookups);
  }

  async addFailedSearch(query: string, date: string, keepFrom: string, maxPerDay: number): Promise<boolean> {
    const today = this.data.failedSearches.filter((r) => r.date === date);
    if (!today.some((r) => r.query === query) && today.length >= maxPerDay) return false;
    await this.mutate((d) => {
      d.failedSearches = d.failedSearches.filter((r) => r.date >= keepFrom);
      const row = d.failedSearches.find((r) => r.date === date && r.query === query);
      if (row) row.count += 1;
      else d.failedSearches.push({ query, date, count: 1 });
    });
    return true;
  }

  async listFailedSearches(): Promise<FailedSearchCount[]> {
    return structuredClone(this.data.failedSearches);
  }

  async flush(): Promise<void> {
    await this.db.write();
  }

  async close(): Promise<void> {
    await this.flush();
  }
}
