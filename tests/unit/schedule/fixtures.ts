import type { EvaluatorContent, EvaluatorEmergency, EvaluatorEntry, ScheduleRule, ScheduleState } from '@bangtin/shared';

export const TZ = 'Asia/Ho_Chi_Minh';
/** 2026-11-30 is a Monday. */
export const at = (local: string) => new Date(`${local}+07:00`);

export const item = (id: string, extra: Partial<EvaluatorContent> = {}): EvaluatorContent => ({
  id,
  status: 'approved',
  validFrom: null,
  validUntil: null,
  screens: [],
  createdAt: '2026-01-01T00:00:00.000Z',
  ...extra,
});

export const weekly = (days: number[], windows: [string, string][] = []): ScheduleRule => ({
  kind: 'weekly',
  days,
  windows: windows.map(([start, end]) => ({ start, end })),
});
export const cronRule = (expression: string, durationMinutes: number): ScheduleRule => ({ kind: 'cron', expression, durationMinutes });

export const entry = (id: string, rule: ScheduleRule, extra: Partial<EvaluatorEntry> = {}): EvaluatorEntry => ({
  id,
  contentIds: [`${id}-item`],
  playlistId: null,
  screens: 'all',
  dateFrom: null,
  dateUntil: null,
  rule,
  priority: 0,
  mode: 'add',
  durationSeconds: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  ...extra,
});

/** A two-screen school (gate in group "cong", reception in "tiep-nhan") with one item per entry plus extra items. */
export function state(entries: EvaluatorEntry[], extra: { content?: EvaluatorContent[]; emergencies?: EvaluatorEmergency[]; playlists?: { id: string; contentIds: string[] }[]; defaultPlaylistId?: string | null } = {}): ScheduleState {
  const entryItems = entries.flatMap((e) => e.contentIds.filter((id) => !(extra.content ?? []).some((c) => c.id === id)).map((id) => item(id)));
  return {
    timezone: TZ,
    screens: [
      { id: 'gate', group: 'cong', defaultPlaylistId: extra.defaultPlaylistId ?? null },
      { id: 'reception', group: 'tiep-nhan', defaultPlaylistId: null },
    ],
    content: [...entryItems, ...(extra.content ?? [])],
    entries,
    playlists: extra.playlists ?? [],
    emergencies: extra.emergencies ?? [],
  };
}
