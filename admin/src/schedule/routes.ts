/** The scheduling pages' addresses under /admin/ (merged into routes.ts). */
export type ScheduleRoute =
  | { page: 'schedules' }
  | { page: 'scheduleNew'; contentId?: string }
  | { page: 'scheduleEdit'; id: string }
  | { page: 'scheduleWeek' }
  | { page: 'playlists' }
  | { page: 'emergency' };

export function parseScheduleRoute(parts: readonly string[]): ScheduleRoute | null {
  const [section, second, ...rest] = parts;
  // schedules/new/for/<contentId>: a new entry for one item, from that item's own editor ("Khi nào phát").
  if (section === 'schedules' && second === 'new' && rest.length === 2 && rest[0] === 'for' && rest[1]) return { page: 'scheduleNew', contentId: rest[1] };
  if (rest.length > 0) return null;
  if (section === 'schedules') {
    if (second === undefined) return { page: 'schedules' };
    if (second === 'new') return { page: 'scheduleNew' };
    if (second === 'week') return { page: 'scheduleWeek' };
    return { page: 'scheduleEdit', id: second };
  }
  if (second !== undefined) return null;
  if (section === 'playlists') return { page: 'playlists' };
  if (section === 'emergency') return { page: 'emergency' };
  return null;
}

/** The address below the console base (routes.ts consoleBase). */
export function scheduleHref(route: ScheduleRoute): string {
  switch (route.page) {
    case 'schedules':
      return 'schedules';
    case 'scheduleNew':
      return route.contentId ? `schedules/new/for/${encodeURIComponent(route.contentId)}` : 'schedules/new';
    case 'scheduleEdit':
      return `schedules/${encodeURIComponent(route.id)}`;
    case 'scheduleWeek':
      return 'schedules/week';
    case 'playlists':
      return 'playlists';
    case 'emergency':
      return 'emergency';
  }
}
