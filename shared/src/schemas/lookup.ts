import { z } from 'zod';
import { id, isoDate } from './text.ts';

/** Anonymous look-up counts of the reception kiosk: how often a procedure was opened on one school day. */
export const lookupCount = z.object({ contentId: z.string(), date: isoDate, count: z.int().min(0) });
export type LookupCount = z.infer<typeof lookupCount>;

/** What the kiosk reports: "this procedure was opened" (nothing about who). */
export const lookupReport = z.object({ contentId: id });
export type LookupReport = z.infer<typeof lookupReport>;

/** One row of the office's look-up table. */
export const lookupStat = z.object({
  contentId: z.string(),
  code: z.string(),
  name: z.string(),
  last7Days: z.int().min(0),
  last30Days: z.int().min(0),
  total: z.int().min(0),
});
export type LookupStat = z.infer<typeof lookupStat>;

/**
 * Searches on the reception kiosk that found nothing, so the office learns what parents look for: the folded words
 * only (no diacritics, no long numbers), counted per school day — never who searched or from where.
 */
export const failedSearchCount = z.object({ query: z.string().max(80), date: isoDate, count: z.int().min(0) });
export type FailedSearchCount = z.infer<typeof failedSearchCount>;

/** What the kiosk reports: the words typed (the server folds and trims them before counting). */
export const failedSearchReport = z.object({ query: z.string().trim().min(1).max(200) });
export type FailedSearchReport = z.infer<typeof failedSearchReport>;

/** One row of the office's "Tìm không thấy" list. */
export const failedSearchStat = z.object({ query: z.string(), last7Days: z.int().min(0), last30Days: z.int().min(0) });
export type FailedSearchStat = z.infer<typeof failedSearchStat>;
