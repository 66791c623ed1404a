import { isValidTimeZone } from '@bangtin/shared';

const DEFAULT_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** The school's timezone, or Vietnam's if the stored one is not a valid IANA name (Intl would throw). */
export function displayTimeZone(timeZone: string): string {
  return isValidTimeZone(timeZone) ? timeZone : DEFAULT_TIME_ZONE;
}
