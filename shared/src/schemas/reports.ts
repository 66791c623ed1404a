import { z } from 'zod';
import { contentType } from './content.ts';
import { emergencyLevel } from './emergency.ts';
import { isoDate } from './text.ts';

/** The longest period one report may cover (a school year plus slack for the CCHC report). */
export const REPORT_MAX_DAYS = 400;

const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

/** GET /api/reports/proof: calendar days in the school's timezone, both ends included. */
export const proofReportQuery = z
  .object({ from: isoDate, to: isoDate, screenId: z.string().trim().max(80).optional() })
  .refine((q) => q.from <= q.to, { message: 'Ngày bắt đầu phải trước ngày kết thúc', path: ['to'] })
  .refine((q) => dayNumber(q.to) - dayNumber(q.from) < REPORT_MAX_DAYS, {
    message: `Mỗi báo cáo tối đa ${REPORT_MAX_DAYS} ngày`,
    path: ['to'],
  });
export type ProofReportQuery = z.infer<typeof proofReportQuery>;

const totals = { seconds: z.number().min(0), plays: z.int().min(0) };

export const proofReport = z.object({
  from: isoDate,
  to: isoDate,
  timezone: z.string(),
  totals: z.object(totals),
  /** The part of `totals` reported by paired devices (the rest was logged before pairing existed). */
  fromPairedDevices: z.object(totals),
  byContent: z.array(z.object({ contentId: z.string(), label: z.string(), type: contentType.nullable(), ...totals })),
  byScreen: z.array(z.object({ screenId: z.string(), name: z.string(), ...totals, pairedSeconds: z.number().min(0) })),
  byDay: z.array(z.object({ date: isoDate, ...totals })),
  byType: z.array(z.object({ type: contentType.nullable(), ...totals })),
  /** One row per day × screen × content item: what the CSV export holds. */
  rows: z.array(z.object({ date: isoDate, screenId: z.string(), contentId: z.string(), ...totals })),
  /** Emergency notices started in the period, with their whole text (what the screens showed over the schedule). */
  emergencies: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      body: z.string(),
      level: emergencyLevel,
      screens: z.array(z.string()),
      startedAt: z.string(),
      startedBy: z.string(),
      endedAt: z.string(),
    }),
  ),
});
export type ProofReport = z.infer<typeof proofReport>;
