import { formatNumberVi } from '@bangtin/shared';
import type { Language, MessageKey, Params } from '../i18n.ts';

/** How the screens page words ages, durations and sizes, in the console's language. */
type Translate = (key: MessageKey, params?: Params) => string;

/** Vietnamese "1,2" / English "1.2". */
export function formatNumber(language: Language, value: number, fractionDigits?: number): string {
  if (language === 'vi') return formatNumberVi(value, fractionDigits);
  return value.toLocaleString('en-US', { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits ?? 20 });
}

/** "vừa xong", "40 giây trước", "2 phút trước", "3 giờ trước", "5 ngày trước". */
export function timeAgo(ms: number, t: Translate): string {
  const seconds = Math.floor(ms / 1000);
  if (seconds < 10) return t('time.justNow');
  if (seconds < 60) return t('time.secondsAgo', { n: seconds });
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return t('time.minutesAgo', { n: minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return t('time.hoursAgo', { n: hours });
  return t('time.daysAgo', { n: Math.floor(hours / 24) });
}

/** "45 giây", "12 phút", "3 giờ 12 phút", "2 ngày 4 giờ". */
export function formatDuration(totalSeconds: number, t: Translate): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  if (seconds < 60) return t('duration.seconds', { s: seconds });
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return t('duration.minutes', { m: minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return t('duration.hours', { h: hours, m: minutes % 60 });
  return t('duration.days', { d: Math.floor(hours / 24), h: hours % 24 });
}

/** "lệch 1,2 giây", "lệch 45 giây": the size of the drift matters to the office, not its sign. */
export function formatDrift(offsetMs: number, language: Language, t: Translate): string {
  const seconds = Math.abs(offsetMs) / 1000;
  return t('status.clockValue', { seconds: formatNumber(language, seconds, seconds < 10 ? 1 : 0) });
}

/** "48,3 MB" (MB = 2^20 bytes, as the browser's task manager counts). */
export function formatHeap(bytes: number, language: Language, t: Translate): string {
  return t('status.heapValue', { mb: formatNumber(language, bytes / 1024 / 1024, 1) });
}
