import { z } from 'zod';
import { auditEntry } from './audit.ts';
import { contentItem } from './content.ts';
import { school } from './school.ts';
import { screen } from './screen.ts';
import { session, user } from './user.ts';

/** Bump when the stored shape changes, and add a migration in server/src/store/migrations.ts. */
export const CURRENT_SCHEMA_VERSION = 1;

/** The whole embedded store (db.json). Validated on every load; a file that fails is refused, never replaced. */
export const database = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  school,
  screens: z.array(screen),
  content: z.array(contentItem),
  users: z.array(user),
  sessions: z.array(session),
  audit: z.array(auditEntry),
});
export type Database = z.infer<typeof database>;
