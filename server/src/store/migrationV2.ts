/**
 * schemaVersion 1 → 2. Two things older files lack:
 * - Screen groups were slugs ("cong", "tiep-nhan") and the console showed them as such. Each slug-named group gets a
 *   readable name: the seed's own names for the seed's slugs; otherwise the one location all its screens share; otherwise
 *   the slug in words ("khu-a" → "Khu a"). Schedule entries that target the group are renamed with it.
 * - Accounts had no e-mail address (used since for the rejection and "chờ duyệt" mails): '' until someone sets one.
 * Written defensively: a file of the wrong shape is left for the schema check to refuse with its own message.
 */
type Row = Record<string, unknown>;

const SEEDED_GROUP_NAMES: Readonly<Record<string, string>> = { cong: 'Cổng trường', 'tiep-nhan': 'Bộ phận tiếp nhận' };
const SLUG = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;

const rows = (value: unknown): Row[] | null =>
  Array.isArray(value) && value.every((v) => typeof v === 'object' && v !== null && !Array.isArray(v)) ? (value as Row[]) : null;

function words(slug: string): string {
  const spaced = slug.replace(/[-_]+/g, ' ');
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/** The readable name for each slug-named group of these screens. */
export function groupNames(screens: readonly Row[]): Map<string, string> {
  const locations = new Map<string, Set<string>>();
  for (const screen of screens) {
    const group = screen.group;
    if (typeof group !== 'string' || !SLUG.test(group)) continue;
    const location = typeof screen.location === 'string' ? screen.location.trim() : '';
    (locations.get(group) ?? locations.set(group, new Set()).get(group))?.add(location);
  }
  const names = new Map<string, string>();
  const taken = new Set(screens.map((s) => s.group).filter((g): g is string => typeof g === 'string' && !SLUG.test(g)));
  for (const [slug, places] of locations) {
    const [only] = places;
    let name = SEEDED_GROUP_NAMES[slug] ?? (places.size === 1 && only ? only.slice(0, 60) : words(slug));
    // Two slugs must not melt into one group: keep them apart by their slug.
    if (taken.has(name)) name = `${name} (${slug})`.slice(0, 60);
    taken.add(name);
    names.set(slug, name);
  }
  return names;
}

export function migrateToV2(db: Row): Row {
  const screens = rows(db.screens);
  const names = screens ? groupNames(screens) : new Map<string, string>();
  const rename = (group: unknown) => (typeof group === 'string' ? (names.get(group) ?? group) : group);
  const next: Row = { ...db };
  if (screens) next.screens = screens.map((s) => ({ ...s, group: rename(s.group) }));
  const schedules = rows(db.schedules);
  if (schedules) {
    next.schedules = schedules.map((entry) => {
      const target = entry.screens;
      if (typeof target !== 'object' || target === null || !Array.isArray((target as Row).groups)) return entry;
      return { ...entry, screens: { ...target, groups: ((target as Row).groups as unknown[]).map(rename) } };
    });
  }
  const users = rows(db.users);
  if (users) next.users = users.map((u) => ({ email: '', ...u }));
  return next;
}
