import { z } from 'zod';
import { id, isoDateTime, requiredText } from './text.ts';
import { username } from './user.ts';

/**
 * Units (đơn vị, issue #15 item 1): a tree of two levels — the root (a single school, or a ward) and the units under it
 * (schools, offices). The root lives at the site's top ('/admin/', '/thong-bao', …); a child at '/<slug>/admin/',
 * '/<slug>/thong-bao', …, so one address names one unit and nothing of another unit is reachable below it.
 */
export const unitKind = z.enum(['ward', 'school', 'office']);
export type UnitKind = z.infer<typeof unitKind>;

/**
 * First path segments the root already uses: a child unit may not take them as its slug.
 * (Pages, APIs and public channels of the root; kept here so the server and the console refuse the same words.)
 */
export const RESERVED_UNIT_SLUGS: readonly string[] = [
  'admin', 'api', 'display', 'media', 'socket.io', 'healthz', 'readyz', 'metrics', 'assets', 'fonts', 'favicon.ico',
  'robots.txt', 'thong-bao', 'gop-y', 'khao-sat', 'tim-hieu', 'hoi-dap', 'bao-cao', 'in', 'nhung', 'og', 'site', 'tin', 'rss',
  'feed.json', 'feed.xml', 'qr', 'chia-se', 'thu-tuc', 'cong-khai', 'don-vi', 'root', 'static', 'sw.js',
];

export const unitSlug = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/, 'Tên đường dẫn chỉ gồm chữ thường không dấu, số và dấu gạch ngang (2–40 ký tự)')
  .min(2, 'Tên đường dẫn cần ít nhất 2 ký tự')
  .refine((value) => !RESERVED_UNIT_SLUGS.includes(value), 'Tên đường dẫn này đã được hệ thống dùng, hãy chọn tên khác');

export const unit = z.object({
  id,
  /** '' for the root; the first path segment of a child. */
  slug: z.string(),
  name: requiredText(160),
  kind: unitKind,
  /** null for the root. */
  parentId: id.nullable(),
  createdAt: isoDateTime,
});
export type Unit = z.infer<typeof unit>;

/** Where a unit's pages live: '' for the root, '/<slug>' for a child (prefix of /admin/, /display/…, /api/…). */
export const unitBase = (u: Pick<Unit, 'slug' | 'parentId'>): string => (u.parentId === null || u.slug === '' ? '' : `/${u.slug}`);

/** A child unit as the root's console lists it. */
export const unitSummary = unit.extend({
  base: z.string(),
  screens: z.number().int().nonnegative(),
  users: z.number().int().nonnegative(),
});
export type UnitSummary = z.infer<typeof unitSummary>;

/** The console's own unit, its parent, and whether the signed-in person acts here as the ward's administrator. */
export const unitContext = z.object({
  unit,
  base: z.string(),
  parent: unit.extend({ base: z.string() }).nullable(),
  /** The root has (or may have) units under it: the console shows its "Đơn vị trực thuộc" page. */
  isRoot: z.boolean(),
  /** Signed in at the root as an administrator and working in this child unit (audited as such). */
  actingFromParent: z.boolean(),
});
export type UnitContext = z.infer<typeof unitContext>;

/** A new unit under the root, with its first administrator (the password is generated and shown once). */
export const unitCreate = z.object({
  slug: unitSlug,
  name: requiredText(160),
  kind: z.enum(['school', 'office']),
  adminUsername: username,
  adminDisplayName: requiredText(120),
});
export type UnitCreate = z.infer<typeof unitCreate>;

export const unitCreated = z.object({
  unit: unitSummary,
  admin: z.object({ username: z.string(), password: z.string() }),
});
export type UnitCreated = z.infer<typeof unitCreated>;

/** The slug never changes (it is printed on posters and QR codes); the name and kind may. */
export const unitUpdate = z.object({ name: requiredText(160), kind: unitKind });
export type UnitUpdate = z.infer<typeof unitUpdate>;

/**
 * Which child units a root item (content or emergency notice) reaches: none (the root's own screens only), all, or chosen
 * ones. What the root's approver approved is approved for every child it reaches (the ward's approval suffices).
 */
export const unitAudience = z.union([z.literal('none'), z.literal('all'), z.array(id).min(1).max(500)]);
export type UnitAudience = z.infer<typeof unitAudience>;
