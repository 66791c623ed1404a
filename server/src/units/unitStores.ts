import path from 'node:path';
import type pg from 'pg';
import type { Database, Unit } from '@bangtin/shared';
import type { Clock } from '../clock.ts';
import { createFailedLoginLog, type FailedLoginLog } from '../domain/failedLogins.ts';
import { createPgFailedLoginLog } from '../domain/failedLoginsPg.ts';
import type { TwoFactorState } from '../domain/twoFactorState.ts';
import { createPgTwoFactorState } from '../domain/twoFactorStatePg.ts';
import { createPgProofLog } from '../proof/pgProofLog.ts';
import { pgSentSlides } from '../proof/pgSentSlides.ts';
import { createFileProofLog, type ProofLog } from '../proof/proofLog.ts';
import { fileSentSlides, type SentSlideMemory } from '../proof/sentSlides.ts';
import { openFileStore, openMemoryStore } from '../store/openStore.ts';
import { seedEmptyUnit } from '../store/pg/openPgStore.ts';
import { PgStore } from '../store/pg/pgStore.ts';
import type { Store } from '../store/store.ts';
import { unitDataDir } from './directoryFile.ts';

/** A child unit's data: its store and what lives beside it (proof of display, sent slides, refused logins). */
export interface UnitStoreParts {
  store: Store;
  proofLog?: ProofLog;
  sentSlides?: SentSlideMemory;
  failedLogins?: FailedLoginLog;
  /** Two-step sign-in tickets and pending TOTP keys of this unit (PostgreSQL: shared by the processes); memory when omitted. */
  twoFactorState?: TwoFactorState;
  /** Ends what the opener opened (the shared pool stays). */
  close(): Promise<void>;
}

/** Opens a child unit's data, filling it from `seed()` when it is new (empty). */
export type UnitStoreOpener = (unit: Unit, seed: () => Promise<Database>) => Promise<UnitStoreParts>;

/** Tests without a data folder: each child in memory. */
export const memoryUnitStores = (): UnitStoreOpener => async (_unit, seed) => ({ store: openMemoryStore(await seed()), close: async () => undefined });

/** Files: DATA_DIR/units/<id>/db.json with its own proof/ folder and failed-logins.jsonl beside it. */
export function fileUnitStores(options: { dataDir: string; clock: Clock; timezone: string }): UnitStoreOpener {
  return async (unit, seed) => {
    const dir = unitDataDir(options.dataDir, unit.id);
    const { store } = await openFileStore(dir, seed);
    const failedLogins = createFailedLoginLog(options.clock, { file: path.join(dir, 'failed-logins.jsonl') });
    await failedLogins.load();
    return {
      store,
      proofLog: createFileProofLog(path.join(dir, 'proof'), options.clock, options.timezone),
      sentSlides: fileSentSlides(path.join(dir, 'proof', 'sent-slides.json')),
      failedLogins,
      close: () => store.close(),
    };
  };
}

/** PostgreSQL: the same tables, rows under the unit's id (a PgStore bound to it, on the root's pool). */
export function pgUnitStores(options: { pool: pg.Pool; clock: Clock; timezone: string }): UnitStoreOpener {
  const { pool, clock } = options;
  return async (unit, seed) => {
    await seedEmptyUnit(pool, unit.id, seed);
    return {
      store: new PgStore(pool, unit.id, { ownsPool: false }),
      proofLog: createPgProofLog(pool, clock, options.timezone, { unitId: unit.id }),
      sentSlides: pgSentSlides(pool, clock, { unitId: unit.id }),
      failedLogins: createPgFailedLoginLog(pool, clock, { unitId: unit.id }),
      twoFactorState: createPgTwoFactorState(pool, { unitId: unit.id }),
      close: async () => undefined,
    };
  };
}
