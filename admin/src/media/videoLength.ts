import { formatNumberVi } from '@bangtin/shared';

/**
 * A video's length as people say it: "1,9 giây" (a short clip, to the tenth, so "1,9 giây × 20 lần = 38 giây" adds up),
 * "38 giây", "1 phút 54 giây" (longer ones in whole seconds, rounded up: the plan counts so).
 */
export function formatVideoLength(seconds: number): string {
  if (seconds < 10 && !Number.isInteger(seconds)) return `${formatNumberVi(Math.round(seconds * 10) / 10, 1)} giây`;
  const whole = Math.ceil(seconds);
  const minutes = Math.floor(whole / 60);
  const rest = whole % 60;
  if (minutes === 0) return `${rest} giây`;
  return rest === 0 ? `${minutes} phút` : `${minutes} phút ${rest} giây`;
}
