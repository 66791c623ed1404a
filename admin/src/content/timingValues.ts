import type { ItemTiming, TimeWindow } from '@bangtin/shared';
import { windowToSend } from '../schedule/formValues.ts';

/** An item's "Khi nào phát" as its editor holds it (strings for inputs; '' = not set). */
export interface TimingValues {
  /** always = every day, all day, where it is assigned; weekly = only on these days inside these windows. */
  mode: 'always' | 'weekly';
  days: number[];
  windows: TimeWindow[];
  everyMinutes: string;
  sharePercent: string;
}

export const EMPTY_TIMING: TimingValues = { mode: 'always', days: [1, 2, 3, 4, 5], windows: [], everyMinutes: '', sharePercent: '' };

export function timingFromItem(timing: ItemTiming | undefined): TimingValues {
  if (!timing) return EMPTY_TIMING;
  return {
    mode: timing.weekly ? 'weekly' : 'always',
    days: timing.weekly ? [...timing.weekly.days] : EMPTY_TIMING.days,
    windows: timing.weekly ? timing.weekly.windows.map((w) => ({ ...w })) : [],
    everyMinutes: timing.everyMinutes === null ? '' : String(timing.everyMinutes),
    sharePercent: timing.sharePercent === null ? '' : String(timing.sharePercent),
  };
}

const numberOrNull = (text: string) => (text.trim() === '' ? null : Number(text.trim()));

/** Back to the contract's shape; "always, once per loop" is sent as nothing (the stored item then has no timing). */
export function timingToInput(values: TimingValues): ItemTiming | undefined {
  const everyMinutes = numberOrNull(values.everyMinutes);
  const sharePercent = numberOrNull(values.sharePercent);
  if (values.mode === 'always' && everyMinutes === null && sharePercent === null) return undefined;
  return {
    weekly: values.mode === 'weekly' ? { days: [...values.days].sort((a, b) => a - b), windows: values.windows.map(windowToSend) } : null,
    everyMinutes,
    sharePercent,
  };
}
