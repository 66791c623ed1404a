import { evaluateSchedule, playLoop, type DisplaySnapshot, type PublicContentItem, type ScheduleState } from '@bangtin/shared';

/**
 * While the server is away the kiosk runs the same evaluator the server runs, on the plan its last snapshot carried
 * (its entries, playlists, direct assignments and the items that may play in the coming days). So a notice scheduled
 * for 16:00 still appears at 16:00 with the network down, and an expired one still leaves.
 */
export function offlineItems(snapshot: DisplaySnapshot, now: Date): readonly PublicContentItem[] | null {
  const plan = snapshot.schedule;
  if (!plan) return null;
  const known = [...snapshot.items, ...plan.pool];
  const byId = new Map(known.map((item) => [item.id, item] as const));
  const assigned = new Set(plan.assignedIds);
  const screen = snapshot.screen;
  const state: ScheduleState = {
    timezone: snapshot.school.timezone,
    screens: [{ id: screen.id, group: screen.group, defaultPlaylistId: screen.defaultPlaylistId }],
    // Public items are approved by definition; their order in the snapshot stands in for creation order.
    content: known.map((item, index) => ({
      id: item.id,
      status: 'approved' as const,
      validFrom: item.validFrom,
      validUntil: item.validUntil,
      screens: assigned.has(item.id) ? [screen.id] : [],
      createdAt: String(index).padStart(6, '0'),
      timing: item.timing,
    })),
    entries: plan.entries,
    playlists: plan.playlists,
  };
  const planned = evaluateSchedule(state, now).get(screen.id);
  if (!planned) return null;
  const steps: { item: PublicContentItem; everyMinutes: number | null; sharePercent: number | null }[] = [];
  for (const { contentId, durationSeconds, everyMinutes, sharePercent } of planned.items) {
    const item = byId.get(contentId);
    if (item) steps.push({ item: durationSeconds === null ? item : { ...item, durationSeconds }, everyMinutes, sharePercent: sharePercent ?? null });
  }
  // The same loop the server would send: frequent notices repeated (shared loop.ts).
  return playLoop(steps, snapshot.school.slideDefaults, screen.profile);
}
