import { DAY_MS, calendarDate, dayNumber, fromWall, screenTimeline, validOn, type ContentItem } from '@bangtin/shared';
import { scheduleStateOf, type PlanningData } from '../../domain/planningData.ts';
import type { DomainEvents } from '../../domain/events.ts';

/** One Vietnamese collator for every sort: `localeCompare(…, 'vi')` builds a new one on each comparison. */
const byVietnameseName = new Intl.Collator('vi').compare;

/** The kinds of item the public "Thông báo" page lists, in its order, with their group headings. */
export const NOTICE_GROUPS = [
  ['announcement', 'Thông báo'],
  ['slogan', 'Khẩu hiệu, tuyên truyền'],
  ['indexResult', 'Kết quả chỉ số cải cách hành chính'],
  ['commendation', 'Gương điển hình'],
] as const;
export type NoticeType = (typeof NOTICE_GROUPS)[number][0];
export type NoticeItem = Extract<ContentItem, { type: NoticeType }>;
export type ProcedureItem = Extract<ContentItem, { type: 'procedure' }>;

const NOTICE_TYPES = new Set<string>(NOTICE_GROUPS.map(([type]) => type));
export const isNotice = (item: ContentItem): item is NoticeItem => NOTICE_TYPES.has(item.type);

/**
 * What is on air today: every item the shared schedule evaluator puts on some screen at some moment of the school's
 * calendar day (its timeline from midnight to midnight). No rule of its own: the evaluator already applies the one
 * date-and-status rule (content/onAir.ts), the assignments, playlists and entries. Newest approval first.
 */
export function onAirToday(data: PlanningData, now: Date): ContentItem[] {
  const zone = data.school.timezone;
  const today = dayNumber(calendarDate(now, zone));
  const from = fromWall(today * DAY_MS, zone);
  const until = fromWall((today + 1) * DAY_MS, zone);
  const state = scheduleStateOf(data);
  const playing = new Set<string>();
  for (const screen of data.screens) {
    for (const segment of screenTimeline(state, screen.id, from, until)) for (const step of segment.items) playing.add(step.contentId);
  }
  return data.content
    .filter((item) => playing.has(item.id))
    .sort((a, b) => (b.approvedAt ?? b.updatedAt).localeCompare(a.approvedAt ?? a.updatedAt));
}

/**
 * An item's permanent page exists once it is approved and its validity has begun (an expired one keeps its page,
 * marked as no longer shown; a future one is not published early). Drafts, submitted, archived, rejected: none.
 */
export function hasPublicPage(item: ContentItem, today: string): boolean {
  return item.status === 'approved' && (item.validFrom === null || item.validFrom <= today);
}

/** Approved procedures valid today, by name: the reception catalogue's rule for every screen at once. */
export function publishedProcedures(data: PlanningData, now: Date): ProcedureItem[] {
  const today = calendarDate(now, data.school.timezone);
  return data.content
    .filter((c): c is ProcedureItem => c.type === 'procedure' && validOn(c, today))
    .sort((a, b) => byVietnameseName(a.name, b.name));
}

/**
 * Today's on-air list, remembered until the day changes or anything that may change it happens (the same domain
 * events that re-plan the screens): a public page hit must not walk every screen's timeline.
 */
export function createOnAirCache(events: DomainEvents) {
  let kept: { day: string; items: ContentItem[] } | null = null;
  for (const name of ['content.changed', 'school.changed', 'screen.changed', 'schedule.changed', 'plan.stale'] as const) events.on(name, () => (kept = null));
  return (data: PlanningData, now: Date): ContentItem[] => {
    const day = calendarDate(now, data.school.timezone);
    if (kept?.day !== day) kept = { day, items: onAirToday(data, now) };
    return kept.items;
  };
}
export type OnAirCache = ReturnType<typeof createOnAirCache>;
