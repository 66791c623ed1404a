import type pg from 'pg';
import type { Clock } from '../clock.ts';
import { generatePassword } from '../domain/passwords.ts';
import type { Logger } from '../logger.ts';
import type { AppUnits } from '../app.ts';
import { ROOT_UNIT_ID, type UnitDirectory } from './directory.ts';
import { openFileDirectory } from './directoryFile.ts';
import { pgDirectory } from './directoryPg.ts';
import { newUnitDatabase } from './unitSeed.ts';
import { fileUnitStores, pgUnitStores, type UnitStoreOpener, type UnitStoreParts } from './unitStores.ts';
import { hashPassword } from '../domain/passwords.ts';
import type { Unit } from '@bangtin/shared';

/**
 * main.ts at start: the unit directory and every child's data, opened before the app is built. PostgreSQL: the `units`
 * table and PgStores on the root's pool. Files: DATA_DIR/units.json and DATA_DIR/units/<id>/ — with no units.json
 * (a single school) nothing is opened and nothing changes.
 */
export async function openUnits(options: { pool: pg.Pool | null; dataDir: string; clock: Clock; timezone: string; logger: Logger }): Promise<AppUnits> {
  const { clock, timezone, logger } = options;
  let directory: UnitDirectory;
  let openStore: UnitStoreOpener;
  if (options.pool) {
    directory = pgDirectory(options.pool);
    openStore = pgUnitStores({ pool: options.pool, clock, timezone });
  } else {
    ({ directory } = await openFileDirectory(options.dataDir));
    openStore = fileUnitStores({ dataDir: options.dataDir, clock, timezone });
  }
  const children: Array<{ unit: Unit; parts: UnitStoreParts }> = [];
  for (const unit of await directory.list()) {
    if (unit.parentId !== ROOT_UNIT_ID) continue;
    // A child whose data went missing starts again empty, with an admin whose password is printed once (as on a first start).
    const parts = await openStore(unit, async () => {
      const password = generatePassword();
      logger.warn({ unit: unit.slug }, 'a unit had no data: made empty again');
      process.stdout.write(`\n  Đơn vị /${unit.slug}: tài khoản quản trị / admin account:  admin  /  ${password}\n\n`);
      return newUnitDatabase({ unit, parentName: '', parentPublicUrl: '', timezone, now: clock.now(), admin: { username: 'admin', displayName: 'Quản trị viên', passwordHash: await hashPassword(password) } });
    });
    children.push({ unit, parts });
  }
  if (children.length > 0) logger.info({ units: children.map((c) => c.unit.slug) }, 'units opened');
  return { directory, openStore, children };
}
