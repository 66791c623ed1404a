import {
  DAY_MS,
  cachedCron,
  calendarDate,
  contentLabel,
  minutesOf,
  nextCronRuns,
  screenTimeline,
  weekdayOfDay,
  dayNumber,
  toWall,
  type ContentItem,
  type Daypart,
  type ScheduleEntry,
  type ScheduleState,
  type ScheduleWarning,
  type Screen,
} from '@bangtin/shared';

/**
 * The second look the office gets on save ("why doesn't it show?" answered before it happens). Warnings never block
 * a save; they name the entries and content involved.
 */

const WEEKDAY_VI = ['', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ nhật'];
const CHECK_DAYS = 14;
/** The checks below simulate days of schedule; they share this budget so a save never stalls the server. */
const BUDGET_MS = 400;
const STEPS = 500;

export interface WarningInput {
  entry: ScheduleEntry;
  others: readonly ScheduleEntry[];
  state: ScheduleState;
  content: readonly ContentItem[];
  screens: readonly Screen[];
  dayparts: readonly Daypart[];
  now: Date;
}

/** The instants at which only this entry (on an always-playable dummy screen) is active, over the next days. */
function activeIntervals(entry: ScheduleEntry, timezone: string, from: Date, until: Date): [number, number][] {
  const probe: ScheduleState = {
    timezone,
    screens: [{ id: 'probe', group: '', defaultPlaylistId: null }],
    content: [{ id: 'probe-item', status: 'approved', validFrom: null, validUntil: null, screens: [], createdAt: '' }],
    entries: [{ ...entry, screens: 'all', contentIds: ['probe-item'], playlistId: null }],
    playlists: [],
  };
  return screenTimeline(probe, 'probe', from, until, STEPS)
    .filter((s) => s.activeEntryIds.length > 0)
    .map((s) => [Date.parse(s.from), Date.parse(s.until)]);
}

const overlaps = (a: [number, number][], b: [number, number][]) => a.some(([s1, e1]) => b.some(([s2, e2]) => s1 < e2 && s2 < e1));

function screensOf(entry: ScheduleEntry, screens: readonly Screen[]): Screen[] {
  if (entry.screens === 'all') return [...screens];
  const { screenIds, groups } = entry.screens;
  return screens.filter((s) => screenIds.includes(s.id) || (s.group !== '' && groups.includes(s.group)));
}

/** Does the rule leave any time out (days, windows, dates)? An entry that plays all day every day contradicts nothing. */
const limitsTime = (entry: ScheduleEntry) =>
  entry.dateFrom !== null || entry.dateUntil !== null || entry.rule.kind === 'cron' || entry.rule.days.length < 7 || entry.rule.windows.length > 0;

/**
 * The entry's items that are also assigned directly to screens it reaches: there they sit in the base rotation and
 * play all day, whatever the entry's days and hours say. Each with the screens concerned.
 */
export function directAssignmentConflicts(
  entry: ScheduleEntry,
  content: readonly ContentItem[],
  screens: readonly Screen[],
  playlists: ScheduleState['playlists'],
): { item: ContentItem; screens: Screen[] }[] {
  if (!limitsTime(entry)) return [];
  const ids = entry.playlistId ? (playlists.find((p) => p.id === entry.playlistId)?.contentIds ?? []) : entry.contentIds;
  const reached = screensOf(entry, screens);
  const byId = new Map(content.map((c) => [c.id, c] as const));
  return [...new Set(ids)].flatMap((id) => {
    const item = byId.get(id);
    // An item with its own days and windows (its editor's "Khi nào phát") does not play all day where it is assigned.
    if (!item || item.status === 'archived' || item.timing?.weekly) return [];
    const also = reached.filter((s) => item.screens === 'all' || item.screens.includes(s.id));
    return also.length > 0 ? [{ item, screens: also }] : [];
  });
}

export function scheduleWarnings(input: WarningInput): ScheduleWarning[] {
  const { entry, others, state, content, screens, dayparts, now } = input;
  const warnings: ScheduleWarning[] = [];
  const deadline = Date.now() + BUDGET_MS;
  const timezone = state.timezone;
  const today = calendarDate(now, timezone);
  const until = new Date(now.getTime() + CHECK_DAYS * DAY_MS);

  if (entry.dateUntil && entry.dateUntil < today) {
    warnings.push({ code: 'DATE_RANGE_PAST', message: `Lịch đã kết thúc từ ngày ${entry.dateUntil}: sẽ không chiếu nữa.`, relatedIds: [] });
  }

  if (entry.rule.kind === 'cron') {
    const parsed = cachedCron(entry.rule.expression);
    if (parsed.ok && parsed.spec.setsBothDayFields) {
      warnings.push({
        code: 'CRON_DOM_AND_DOW',
        message:
          'Biểu thức đặt cả "ngày trong tháng" và "thứ trong tuần": lịch chỉ chạy vào ngày thỏa CẢ HAI điều kiện (ví dụ "13 * 5" = thứ Sáu ngày 13), không phải một trong hai.',
        relatedIds: [],
      });
    }
    if (parsed.ok && nextCronRuns(entry.rule.expression, now, timezone, 1).length === 0) {
      warnings.push({ code: 'NEVER_RUNS', message: 'Biểu thức cron không bao giờ chạy (không có ngày nào thỏa mọi trường, ví dụ ngày 30 tháng 2).', relatedIds: [] });
    }
  } else if (entry.dateFrom && entry.dateUntil && dayNumber(entry.dateUntil) - dayNumber(entry.dateFrom) < 7) {
    let any = false;
    for (let d = dayNumber(entry.dateFrom); d <= dayNumber(entry.dateUntil); d++) if (entry.rule.days.includes(weekdayOfDay(d))) any = true;
    if (!any) {
      warnings.push({ code: 'NEVER_RUNS', message: 'Khoảng ngày đã chọn không có ngày nào trong các thứ đã chọn: lịch sẽ không chiếu.', relatedIds: [] });
    }
  }

  // Content that will not play: not approved, or not valid at any time of the entry.
  const playlistItems = entry.playlistId ? (state.playlists.find((p) => p.id === entry.playlistId)?.contentIds ?? []) : entry.contentIds;
  const byId = new Map(content.map((c) => [c.id, c] as const));
  const notApproved = playlistItems.filter((id) => byId.get(id)?.status !== 'approved');
  if (notApproved.length > 0) {
    warnings.push({
      code: 'CONTENT_NOT_APPROVED',
      message: `${notApproved.length} nội dung chưa được duyệt (hoặc đã lưu trữ) nên sẽ không lên màn hình cho đến khi được duyệt.`,
      relatedIds: notApproved,
    });
  }
  const expired = playlistItems.filter((id) => {
    const item = byId.get(id);
    if (!item?.validUntil) return false;
    return item.validUntil < today || (entry.dateFrom !== null && item.validUntil < entry.dateFrom);
  });
  if (expired.length > 0) {
    warnings.push({ code: 'CONTENT_EXPIRED', message: `${expired.length} nội dung đã hết hạn hiển thị trong thời gian của lịch này.`, relatedIds: expired });
  }

  // A direct assignment makes the item play all day on those screens: say exactly where (the fix is one click away).
  for (const { item, screens: also } of directAssignmentConflicts(entry, content, screens, state.playlists)) {
    warnings.push({
      code: 'DIRECT_ASSIGNMENT_ALL_DAY',
      message: `“${contentLabel(item).slice(0, 80)}” cũng được gán trực tiếp cho ${also.map((s) => `màn hình “${s.name}”`).join(', ')}: ở đó nó nằm trong vòng phát cơ bản và chiếu cả ngày, mọi ngày — không chỉ theo lịch này. Bỏ gán trực tiếp để nó chỉ chiếu theo lịch.`,
      relatedIds: [item.id, ...also.map((s) => s.id)],
    });
  }

  // Overlapping exclusive ("replace") entries on the same screens.
  if (entry.enabled && entry.mode === 'replace') {
    const mine = activeIntervals(entry, timezone, now, until);
    const myScreens = new Set(screensOf(entry, screens).map((s) => s.id));
    for (const other of others.slice(0, 200)) {
      if (Date.now() > deadline) break;
      if (other.id === entry.id || !other.enabled || other.mode !== 'replace') continue;
      if (!screensOf(other, screens).some((s) => myScreens.has(s.id))) continue;
      if (!overlaps(mine, activeIntervals(other, timezone, now, until))) continue;
      warnings.push({
        code: 'OVERLAP_EXCLUSIVE',
        message:
          other.priority === entry.priority
            ? `Trùng giờ với lịch "${other.name}" (cùng mức ưu tiên ${entry.priority}, cùng chiếu riêng): hai lịch sẽ chiếu xen kẽ.`
            : `Trùng giờ với lịch "${other.name}" (chiếu riêng, ưu tiên ${other.priority}): lịch có ưu tiên ${other.priority > entry.priority ? 'cao hơn là lịch kia' : 'thấp hơn là lịch kia'} sẽ bị che trong lúc trùng.`,
        relatedIds: [other.id],
      });
    }
  }

  // School hours (the daypart presets on weekdays) when a screen this entry touches has nothing to play.
  for (const screen of screensOf(entry, screens).slice(0, 20)) {
    if (Date.now() > deadline) break;
    const gaps = new Set<string>();
    for (const segment of screenTimeline(state, screen.id, now, new Date(now.getTime() + 7 * DAY_MS), STEPS)) {
      if (segment.items.length > 0 || segment.emergencyId) continue;
      for (const part of dayparts) {
        const from = Date.parse(segment.from);
        const to = Date.parse(segment.until);
        for (let t = from; t < to; t += 15 * 60_000) {
          const wall = toWall(t, timezone);
          const day = weekdayOfDay(Math.floor(wall / DAY_MS));
          if (day > 5) continue;
          const minute = Math.floor((wall % DAY_MS) / 60_000);
          if (minute >= minutesOf(part.start) && minute < minutesOf(part.end)) gaps.add(`${part.name} ${WEEKDAY_VI[day]}`);
        }
      }
    }
    if (gaps.size > 0) {
      warnings.push({
        code: 'SCHOOL_HOURS_EMPTY',
        message: `Màn hình "${screen.name}" không có gì để chiếu vào: ${[...gaps].slice(0, 4).join('; ')}${gaps.size > 4 ? '…' : ''}.`,
        relatedIds: [screen.id],
      });
    }
  }
  return warnings;
}
