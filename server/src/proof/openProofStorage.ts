import path from 'node:path';
import type pg from 'pg';
import type { Clock } from '../clock.ts';
import { createFailedLoginLog, type FailedLoginLog } from '../domain/failedLogins.ts';
import { createPgFailedLoginLog } from '../domain/failedLoginsPg.ts';
import { memoryTwoFactorState, type TwoFactorState } from '../domain/twoFactorState.ts';
import { createPgTwoFactorState } from '../domain/twoFactorStatePg.ts';
import { migrateDatabase } from '../store/pg/migrate.ts';
import { createPgPool } from '../store/pg/pool.ts';
import { createPgProofLog } from './pgProofLog.ts';
import { pgSentSlides } from './pgSentSlides.ts';
import { createFileProofLog, type ProofLog } from './proofLog.ts';
import { fileSentSlides, type SentSlideMemory } from './sentSlides.ts';

export interface ProofStorage {
  proofLog: ProofLog;
  sentSlides: SentSlideMemory;
  failedLogins: FailedLoginLog;
  /** Two-step sign-in tickets and pending TOTP keys: one table for every process, or this process's memory. */
  twoFactorState: TwoFactorState;
  /** Ends its own pool, if it opened one (after the app closed: the app drains the writers). */
  close(): Promise<void>;
}

/**
 * The state that lives outside the Store: proof of display, the slides each screen was sent, refused logins, two-step
 * sign-ins in progress. With a PostgreSQL pool (DATABASE_URL) every process shares the tables of migrations 0010–0012
 * and 0055; without one they are the files in DATA_DIR as before (proof/, proof/sent-slides.json,
 * failed-logins.jsonl) and the sign-ins stay in memory.
 */
export async function openProofStorage(options: {
  databaseUrl: string | null;
  repoRoot: string;
  dataDir: string;
  clock: Clock;
  timezone: string;
  /** The process's shared pool (main.ts); without it (tools, tests) a small one of its own. */
  pool?: pg.Pool;
}): Promise<ProofStorage> {
  const { databaseUrl, dataDir, clock, timezone } = options;
  if (databaseUrl) {
    // Idempotent and under node-pg-migrate's lock: a no-op when the store's start already applied everything.
    await migrateDatabase(databaseUrl, options.repoRoot);
    // Proof writes are group-committed (two statements at a time) and reports read page by page: a few connections do.
    const pool = options.pool ?? createPgPool(databaseUrl, { max: 4, applicationName: 'bangtin-proof' });
    return {
      proofLog: createPgProofLog(pool, clock, timezone),
      sentSlides: pgSentSlides(pool, clock),
      failedLogins: createPgFailedLoginLog(pool, clock),
      twoFactorState: createPgTwoFactorState(pool),
      close: options.pool ? async () => undefined : () => pool.end(),
    };
  }
  const failedLogins = createFailedLoginLog(clock, { file: path.join(dataDir, 'failed-logins.jsonl') });
  await failedLogins.load();
  return {
    proofLog: createFileProofLog(path.join(dataDir, 'proof'), clock, timezone),
    sentSlides: fileSentSlides(path.join(dataDir, 'proof', 'sent-slides.json')),
    failedLogins,
    twoFactorState: memoryTwoFactorState(),
    close: async () => undefined,
  };
}
