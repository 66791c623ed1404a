import type {
  AuditEntry,
  CommPlan,
  ContentItem,
  Daypart,
  EmergencyAck,
  EmergencyNotice,
  FailedSearchCount,
  FeedbackCalendar,
  FeedbackItem,
  SurveyResponse,
  LookupCount,
  MediaItem,
  NotifySettings,
  Playlist,
  ReformArea,
  ScheduleEntry,
  School,
  Screen,
  QuizQuestion,
  QuizTally,
  ScreenDevice,
  Session,
  User,
} from '@bangtin/shared';

/** A simple keyed collection; the shape every newer entity uses (one adapter method set, not one per entity). */
export interface Collection<T extends { id: string }> {
  list(): Promise<T[]>;
  get(id: string): Promise<T | undefined>;
  insert(item: T): Promise<void>;
  /** Replaces by id. With `expectedVersion`, only if the stored item has that `version` (compare-and-set). */
  replace(item: T, expectedVersion?: number): Promise<boolean>;
  /** Inserts unless an item with this id exists (false then, nothing written): the unique key decides, not a prior read. */
  insertIfAbsent(item: T): Promise<boolean>;
  /**
   * Reads, changes and writes one item as one step (`change` gets undefined when it does not exist yet): changes made at
   * the same moment, by several processes too, queue and none is lost. For counters without a version (quiz tallies).
   */
  modify(id: string, change: (current: T | undefined) => T): Promise<T>;
  remove(id: string): Promise<boolean>;
}

/**
 * The storage boundary. Domain services talk only to this; lowdb (a JSON file) is the embedded adapter,
 * and a PostgreSQL adapter can implement the same methods for a multi-school deployment.
 * Every method is async so a networked store fits without changing callers.
 */
export interface Store {
  getSchool(): Promise<School>;
  saveSchool(school: School): Promise<void>;

  listScreens(): Promise<Screen[]>;
  getScreenBySlug(slug: string): Promise<Screen | undefined>;
  insertScreen(screen: Screen): Promise<void>;
  replaceScreen(screen: Screen): Promise<boolean>;

  listContent(): Promise<ContentItem[]>;
  getContent(id: string): Promise<ContentItem | undefined>;
  insertContent(item: ContentItem): Promise<void>;
  /** Inserts all items in one write: an import is saved whole or not at all. */
  insertContentMany(items: readonly ContentItem[]): Promise<void>;
  /** Compare-and-set: replaces the item only if the stored version is `expectedVersion`; false on a conflict. */
  replaceContent(item: ContentItem, expectedVersion: number): Promise<boolean>;

  getUser(id: string): Promise<User | undefined>;
  findUserByUsername(username: string): Promise<User | undefined>;
  /** False when the username is already taken (nothing written). */
  insertUser(user: User): Promise<boolean>;
  listUsers(): Promise<User[]>;
  /** Replaces by id; false when there is no such user. */
  replaceUser(user: User): Promise<boolean>;
  /** Ends every session of a user (disabled, or the password was reset); returns the ended token hashes. */
  deleteSessionsOfUser(userId: string): Promise<string[]>;

  insertSession(session: Session): Promise<void>;
  findSession(tokenHash: string): Promise<Session | undefined>;
  deleteSession(tokenHash: string): Promise<void>;
  /** Removes expired sessions; returns their token hashes (so live consoles of those sessions can be closed). */
  deleteExpiredSessions(now: Date): Promise<string[]>;

  appendAudit(entry: AuditEntry): Promise<void>;
  listAudit(limit: number): Promise<AuditEntry[]>;

  schedules: Collection<ScheduleEntry>;
  playlists: Collection<Playlist>;
  emergencies: Collection<EmergencyNotice>;
  media: Collection<MediaItem>;
  /** Paired kiosks (one per screen; only a hash of each credential). */
  devices: Collection<ScreenDevice>;
  /** Emergency acknowledgements from paired screens. */
  emergencyAcks: Collection<EmergencyAck>;
  /** Phản ánh, kiến nghị (issue #13); sender details stay office-only. */
  feedback: Collection<FeedbackItem>;
  getFeedbackCalendar(): Promise<FeedbackCalendar>;
  saveFeedbackCalendar(calendar: FeedbackCalendar): Promise<void>;
  /** Anonymous satisfaction-survey responses (a school day and five answers; no time, address or identity). */
  surveyResponses: Collection<SurveyResponse>;
  /** Tìm hiểu CCHC questions (approval workflow like content) and their anonymous tallies (one per question). */
  quizQuestions: Collection<QuizQuestion>;
  quizTallies: Collection<QuizTally>;
  getNotifySettings(): Promise<NotifySettings>;
  saveNotifySettings(settings: NotifySettings): Promise<void>;
  getDayparts(): Promise<Daypart[]>;
  saveDayparts(dayparts: Daypart[]): Promise<void>;

  /** Adds look-up counts (one row per procedure per day; rows for the same pair are summed), in one write. */
  addLookups(increments: LookupCount[]): Promise<void>;
  listLookups(): Promise<LookupCount[]>;

  /**
   * Counts one reception search that found nothing (its folded words, on `date`), forgetting days before `keepFrom`.
   * A day holds at most `maxPerDay` different searches: false (not counted) when a new one would exceed it.
   */
  addFailedSearch(query: string, date: string, keepFrom: string, maxPerDay: number): Promise<boolean>;
  listFailedSearches(): Promise<FailedSearchCount[]>;

  /** The plan's reform areas content is filed under (issue #14). */
  getReformAreas(): Promise<ReformArea[]>;
  saveReformAreas(areas: ReformArea[]): Promise<void>;
  /** Yearly communication plans, id = the year ("2026"). */
  commPlans: Collection<CommPlan>;

  /** Resolves when everything accepted so far is durably on disk. */
  flush(): Promise<void>;
  close(): Promise<void>;
}
