import { z } from 'zod';
import { auditEntry } from './audit.ts';
import { contentItem } from './content.ts';
import { school } from './school.ts';
import { screen } from './screen.ts';
import { session, user } from './user.ts';

/** Bump when the stored shape changes, and add a migration in server/src/store/migrations.ts. */
export const CURRENT_SCHEMA_VERSION = 1;

/** The whole embedded store (db.json). Validated on every load; a file that fails is refused, never replaced. */
const unique = <T>(key: (item: T) => string, what: string) =>
  [(items: T[]) => new Set(items.map(key)).size === items.length, `${what} must be unique`] as const;

export const database = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  school,
  screens: z
    .array(screen)
    .refine(...unique((s: { id: string }) => s.id, 'screen ids'))
    .refine(...unique((s: { slug: string }) => s.slug, 'screen slugs')),
  content: z.array(contentItem).refine(...unique((c: { id: string }) => c.id, 'content ids')),
  users: z
    .array(user)
    .refine(...unique((u: { id: string }) => u.id, 'user ids'))
    .refine(...unique((u: { username: string }) => u.username, 'usernames')),
  sessions: z.array(session),
  audit: z.array(auditEntry),
});
export type Database = z.infer<typeof database>;
