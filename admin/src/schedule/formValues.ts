import { windowCrossesMidnight, type ScheduleEntry, type ScheduleMode, type TimeWindow } from '@bangtin/shared';

/**
 * The schedule editor's state: strings where the office types numbers (so "" can be shown as "required"),
 * both rule kinds kept while switching between them, and the source as content or playlist.
 */
export interface ScheduleFormValues {
  name: string;
  enabled: boolean;
  source: 'content' | 'playlist';
  contentIds: string[];
  playlistId: string;
  allScreens: boolean;
  screenIds: string[];
  groups: string[];
  dateFrom: string;
  dateUntil: string;
  ruleKind: 'weekly' | 'cron';
  days: number[];
  windows: TimeWindow[];
  expression: string;
  durationMinutes: string;
  priority: string;
  mode: ScheduleMode;
  /** Seconds per slide; "" = each item's own duration. */
  durationSeconds: string;
  /** "At least every N minutes"; "" = once per loop. */
  everyMinutes: string;
  /** Or a share of the loop's time, percent ("33" = 1/3); "" = none. */
  sharePercent: string;
}

export const EMPTY_SCHEDULE: ScheduleFormValues = {
  name: '',
  enabled: true,
  source: 'content',
  contentIds: [],
  playlistId: '',
  allScreens: true,
  screenIds: [],
  groups: [],
  dateFrom: '',
  dateUntil: '',
  ruleKind: 'weekly',
  days: [1, 2, 3, 4, 5],
  windows: [],
  expression: '0 7 * * 1-5',
  durationMinutes: '60',
  priority: '50',
  mode: 'add',
  durationSeconds: '',
  everyMinutes: '',
  sharePercent: '',
};

export function valuesOfEntry(entry: ScheduleEntry): ScheduleFormValues {
  const { rule, screens } = entry;
  return {
    name: entry.name,
    enabled: entry.enabled,
    source: entry.playlistId ? 'playlist' : 'content',
    contentIds: entry.contentIds,
    playlistId: entry.playlistId ?? '',
    allScreens: screens === 'all',
    screenIds: screens === 'all' ? [] : screens.screenIds,
    groups: screens === 'all' ? [] : screens.groups,
    dateFrom: entry.dateFrom ?? '',
    dateUntil: entry.dateUntil ?? '',
    ruleKind: rule.kind,
    days: rule.kind === 'weekly' ? rule.days : EMPTY_SCHEDULE.days,
    windows: rule.kind === 'weekly' ? rule.windows : [],
    expression: rule.kind === 'cron' ? rule.expression : EMPTY_SCHEDULE.expression,
    durationMinutes: rule.kind === 'cron' ? String(rule.durationMinutes) : EMPTY_SCHEDULE.durationMinutes,
    priority: String(entry.priority),
    mode: entry.mode,
    durationSeconds: entry.durationSeconds === null ? '' : String(entry.durationSeconds),
    everyMinutes: entry.everyMinutes == null ? '' : String(entry.everyMinutes),
    sharePercent: entry.sharePercent == null ? '' : String(entry.sharePercent),
  };
}

/** "" → undefined (the schema then says "required"); anything else → a number (NaN is refused as "not a number"). */
const numberOrMissing = (text: string) => (text.trim() === '' ? undefined : Number(text.trim().replace(',', '.')));

/** The "Qua nửa đêm?" answer is kept only where it means something (an end earlier than the start). */
export function windowToSend(window: TimeWindow): TimeWindow {
  const { overnight, ...times } = window;
  return windowCrossesMidnight(window) && overnight === true ? { ...times, overnight: true } : times;
}

/** The candidate sent through the shared `scheduleInput` schema, on the client first and then on the server. */
export function candidateOf(values: ScheduleFormValues, baseVersion?: number): Record<string, unknown> {
  return {
    name: values.name,
    enabled: values.enabled,
    contentIds: values.source === 'content' ? values.contentIds : [],
    playlistId: values.source === 'playlist' && values.playlistId ? values.playlistId : null,
    screens: values.allScreens ? 'all' : { screenIds: values.screenIds, groups: values.groups },
    dateFrom: values.dateFrom || null,
    dateUntil: values.dateUntil || null,
    rule:
      values.ruleKind === 'weekly'
        ? { kind: 'weekly', days: [...values.days].sort((a, b) => a - b), windows: values.windows.map(windowToSend) }
        : { kind: 'cron', expression: values.expression, durationMinutes: numberOrMissing(values.durationMinutes) },
    priority: numberOrMissing(values.priority),
    mode: values.mode,
    durationSeconds: values.durationSeconds.trim() === '' ? null : numberOrMissing(values.durationSeconds),
    everyMinutes: values.everyMinutes.trim() === '' ? null : numberOrMissing(values.everyMinutes),
    sharePercent: values.sharePercent.trim() === '' ? null : numberOrMissing(values.sharePercent),
    ...(baseVersion ? { baseVersion } : {}),
  };
}

/** A source picked as a playlist with no playlist chosen reports on the playlist select, not on contentIds. */
export function sourceErrorPath(values: ScheduleFormValues): string {
  return values.source === 'playlist' ? 'playlistId' : 'contentIds';
}
