import type { AuditEntry, ContentItem, Database, School, Screen, Session, User } from '@bangtin/shared';
import type { Low } from 'lowdb';
import type { Store } from './store.ts';

/** Most recent audit entries kept in db.json; older ones are the business of a future archive. */
const AUDIT_KEEP = 5000;

/**
 * The Store over one lowdb document (a JSON file in production, memory in unit tests).
 * Reads return copies, so callers can never mutate stored state behind the store's back.
 */
export class JsonStore implements Store {
  constructor(private readonly db: Low<Database>) {}

  private get data(): Database {
    return this.db.data;
  }

  private async commit(): Promise<void> {
    await this.db.write();
  }

  async getSchool(): Promise<School> {
    return structuredClone(this.data.school);
  }

  async saveSchool(school: School): Promise<void> {
    this.data.school = structuredClone(school);
    await this.commit();
  }

  async listScreens() {
    return structuredClone(this.data.screens);
  }

  async getScreenBySlug(slug: string) {
    const found = this.data.screens.find((s) => s.slug === slug);
    return found && structuredClone(found);
  }

  async insertScreen(screen: Screen): Promise<void> {
    this.data.screens.push(structuredClone(screen));
    await this.commit();
  }

  async replaceScreen(screen: Screen): Promise<boolean> {
    const index = this.data.screens.findIndex((s) => s.id === screen.id);
    if (index < 0) return false;
    this.data.screens[index] = structuredClone(screen);
    await this.commit();
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
    this.data.content.push(structuredClone(item));
    await this.commit();
  }

  async replaceContent(item: ContentItem, expectedVersion: number): Promise<boolean> {
    const index = this.data.content.findIndex((c) => c.id === item.id);
    if (index < 0 || this.data.content[index]?.version !== expectedVersion) return false;
    this.data.content[index] = structuredClone(item);
    await this.commit();
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

  async insertUser(user: User): Promise<void> {
    this.data.users.push(structuredClone(user));
    await this.commit();
  }

  async insertSession(session: Session): Promise<void> {
    this.data.sessions.push(structuredClone(session));
    await this.commit();
  }

  async findSession(tokenHash: string) {
    const found = this.data.sessions.find((s) => s.tokenHash === tokenHash);
    return found && structuredClone(found);
  }

  async deleteSession(tokenHash: string): Promise<void> {
    const before = this.data.sessions.length;
    this.data.sessions = this.data.sessions.filter((s) => s.tokenHash !== tokenHash);
    if (this.data.sessions.length !== before) await this.commit();
  }

  async deleteExpiredSessions(now: Date): Promise<number> {
    const cutoff = now.toISOString();
    const before = this.data.sessions.length;
    this.data.sessions = this.data.sessions.filter((s) => s.expiresAt > cutoff);
    const removed = before - this.data.sessions.length;
    if (removed > 0) await this.commit();
    return removed;
  }

  async appendAudit(entry: AuditEntry): Promise<void> {
    this.data.audit.push(structuredClone(entry));
    if (this.data.audit.length > AUDIT_KEEP) this.data.audit.splice(0, this.data.audit.length - AUDIT_KEEP);
    await this.commit();
  }

  async listAudit(limit: number): Promise<AuditEntry[]> {
    return structuredClone(this.data.audit.slice(-limit).reverse());
  }

  async flush(): Promise<void> {
    await this.commit();
  }

  async close(): Promise<void> {
    await this.flush();
  }
}
