import { CURRENT_SCHEMA_VERSION, database, type Database, type Unit } from '@bangtin/shared';
import { newId } from '../domain/ids.ts';
import { seedSchool } from '../seed/demoDatabase.ts';

/**
 * A new unit's own data: its school record (name = the unit's name, address and contacts empty, not sample data) and
 * its first administrator — no demo content (a ward's unit starts from what it writes, plus what the ward sends it).
 */
export function newUnitDatabase(options: {
  unit: Unit;
  parentName: string;
  /** The root's public address (the site's): the child's QR codes and links add its base to it. */
  parentPublicUrl: string;
  timezone: string;
  now: Date;
  admin: { username: string; displayName: string; passwordHash: string };
}): Database {
  const { unit, now } = options;
  const at = now.toISOString();
  const seeded = seedSchool(options.timezone);
  return database.parse({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    school: {
      ...seeded,
      name: unit.name,
      shortName: '',
      parentAgency: options.parentName,
      address: '',
      publicUrl: options.parentPublicUrl,
      tickerText: '',
      feedback: { agency: unit.name, address: '', mailingAddress: '', phone: '', email: '', website: '' },
      sampleData: false,
    },
    screens: [],
    content: [],
    users: [
      {
        id: newId('u'),
        username: options.admin.username,
        displayName: options.admin.displayName,
        email: '',
        role: 'admin',
        passwordHash: options.admin.passwordHash,
        disabled: false,
        createdAt: at,
      },
    ],
    sessions: [],
    audit: [{ id: newId('a'), at, actor: 'seed', action: 'seed', entity: 'database', entityId: 'db', summary: `Tạo đơn vị ${unit.name}` }],
  });
}
