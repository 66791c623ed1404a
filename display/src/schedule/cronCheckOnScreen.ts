import type { CronParse } from '@bangtin/shared';

/**
 * Stands in, in the kiosk's build only (display/vite.config.ts), for the cron check the shared schedule *schemas* import:
 * a screen never validates an expression (the server did when the entry was saved, and the snapshot's `plannedRule`
 * checks only the shape), so the schemas need not pull the cron engine into the start bundle. The offline planner
 * imports the real module (shared/src/schedule/cron.ts) from its own lazy chunk.
 */
export function cachedCron(_expression: string): CronParse {
  return { ok: false, message: 'Màn hình không kiểm tra biểu thức cron (máy chủ đã kiểm tra khi lưu).' };
}
