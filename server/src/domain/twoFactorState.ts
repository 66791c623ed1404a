/**
 * What a two-step sign-in and a TOTP enrolment remember between two requests: the login ticket (password accepted, code
 * awaited) and the key shown at set-up (not yet confirmed). In one process's memory by default; in PostgreSQL
 * (twoFactorStatePg.ts) when DATABASE_URL is set, so the second request may reach another process behind a non-sticky
 * proxy. Tickets are keyed by the SHA-256 of the cookie's value, never the value itself.
 */
export interface PendingLogin {
  userId: string;
  username: string;
}

export interface TwoFactorState {
  /** Remembers a first step from `now` until `expiresAt` (ms; the injected clock's); drops expired ones. */
  issueTicket(ticketHash: string, login: PendingLogin, at: { now: number; expiresAt: number }): Promise<void>;
  /** The first step still waiting for its code at `now`, or null (unknown, expired, or spent). */
  findTicket(ticketHash: string, now: number): Promise<PendingLogin | null>;
  /** A wrong code: counted, and the ticket is forgotten at the `maxAttempts`-th. */
  ticketFailed(ticketHash: string, maxAttempts: number): Promise<void>;
  /** The right code: the ticket is spent. False when another request spent it first (a code signs in once). */
  spendTicket(ticketHash: string): Promise<boolean>;
  /** The key shown at set-up, from `now` until `expiresAt` (ms); replaces an earlier one, drops expired ones. */
  putEnrolment(userId: string, secret: string, at: { now: number; expiresAt: number }): Promise<void>;
  /** The key awaiting confirmation at `now`, or null (none, or expired and then forgotten). */
  findEnrolment(userId: string, now: number): Promise<string | null>;
  dropEnrolment(userId: string): Promise<void>;
}

/** Tickets held at once in memory (each needs the right password first, so this only bounds memory). */
const MAX_TICKETS = 1000;

/** One process's memory: the single-school server, and every test that does not ask for PostgreSQL. */
export function memoryTwoFactorState(): TwoFactorState {
  const tickets = new Map<string, PendingLogin & { expiresAt: number; attempts: number }>();
  const enrolments = new Map<string, { secret: string; expiresAt: number }>();
  return {
    async issueTicket(ticketHash, login, { now, expiresAt }) {
      for (const [key, t] of tickets) if (t.expiresAt <= now) tickets.delete(key);
      if (tickets.size >= MAX_TICKETS) tickets.delete(tickets.keys().next().value ?? '');
      tickets.set(ticketHash, { ...login, expiresAt, attempts: 0 });
    },
    async findTicket(ticketHash, now) {
      const ticket = tickets.get(ticketHash);
      if (!ticket || ticket.expiresAt <= now) {
        tickets.delete(ticketHash);
        return null;
      }
      return { userId: ticket.userId, username: ticket.username };
    },
    async ticketFailed(ticketHash, maxAttempts) {
      const ticket = tickets.get(ticketHash);
      if (!ticket) return;
      ticket.attempts += 1;
      if (ticket.attempts >= maxAttempts) tickets.delete(ticketHash);
    },
    async spendTicket(ticketHash) {
      return tickets.delete(ticketHash);
    },
    async putEnrolment(userId, secret, { now, expiresAt }) {
      for (const [key, e] of enrolments) if (e.expiresAt <= now) enrolments.delete(key);
      enrolments.set(userId, { secret, expiresAt });
    },
    async findEnrolment(userId, now) {
      const started = enrolments.get(userId);
      if (!started || started.expiresAt <= now) {
        enrolments.delete(userId);
        return null;
      }
      return started.secret;
    },
    async dropEnrolment(userId) {
      enrolments.delete(userId);
    },
  };
}
