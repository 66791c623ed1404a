import { z } from 'zod';
import { contentType } from './content.ts';
import { areaCode } from './reformAreas.ts';
import { isoDate, isoDateTime, text } from './text.ts';

const count = z.int('Nhập số nguyên').min(0, 'Không được âm').max(100_000);

/**
 * One line of the year's communication plan ("Kế hoạch tuyên truyền CCHC năm …"): what the school means to achieve
 * in one area. null = no target for that measure.
 */
export const planTarget = z.object({
  area: areaCode,
  /** Hours on screen (all screens together) in each quarter. */
  screenHoursPerQuarter: z.number('Nhập số giờ').min(0, 'Không được âm').max(10_000).nullable(),
  /** New items approved in the year. */
  newItems: count.nullable(),
  // Reserved for the feedback and survey features (issue #13, other branches): their counts fill the report's
  // `feedbackAnsweredOnTime` and `surveyResponses` once they land. The plan may already hold the targets.
  feedbackAnsweredOnTime: count.nullable().default(null),
  surveyResponses: count.nullable().default(null),
});
export type PlanTarget = z.infer<typeof planTarget>;

export const planYear = z.coerce.number().int().min(2020, 'Năm từ 2020').max(2100, 'Năm đến 2100');

export const commPlan = z.object({
  /** The year as text ("2026"): one plan per year. */
  id: z.string().regex(/^\d{4}$/),
  year: z.int(),
  title: text(300),
  targets: z.array(planTarget).max(30),
  version: z.int().min(1),
  updatedAt: isoDateTime,
  updatedBy: text(80),
});
export type CommPlan = z.infer<typeof commPlan>;

export const commPlanInput = z.object({
  title: text(300),
  targets: z
    .array(planTarget)
    .max(30)
    .refine((t) => new Set(t.map((x) => x.area)).size === t.length, 'Mỗi lĩnh vực chỉ một dòng chỉ tiêu'),
  /** The version the edit started from (absent for a year without a plan yet). */
  baseVersion: z.int().min(1).optional(),
});
export type CommPlanInput = z.input<typeof commPlanInput>;

const totals = { seconds: z.number().min(0), plays: z.int().min(0) };

/** GET /api/reports/areas: screen time and plays per area, per screen and per month (school calendar). */
export const areaReport = z.object({
  from: isoDate,
  to: isoDate,
  timezone: z.string(),
  /** Every play once, whatever its areas. */
  totals: z.object(totals),
  /** null = content without an area ("Chưa phân loại"); an item in two areas counts fully in each. */
  byArea: z.array(z.object({ area: z.string().nullable(), label: z.string(), ...totals })),
  byScreen: z.array(z.object({ area: z.string().nullable(), screenId: z.string(), screenName: z.string(), ...totals })),
  byMonth: z.array(z.object({ area: z.string().nullable(), month: z.string().regex(/^\d{4}-\d{2}$/), ...totals })),
  /** Area × screen × month: what the table and the CSV hold. */
  rows: z.array(z.object({ area: z.string().nullable(), screenId: z.string(), month: z.string(), ...totals })),
});
export type AreaReport = z.infer<typeof areaReport>;

/** A measure of the plan against what happened; `actual` null = not measured by this version (reserved). */
const measure = z.object({ target: z.number().nullable(), actual: z.number().nullable() });

export const planProgressQuery = z.object({ from: isoDate.optional(), to: isoDate.optional() });

/** The plan's progress (dashboard) and the yearly/period report (print page, CSV). */
export const planReport = z.object({
  year: z.int(),
  from: isoDate,
  to: isoDate,
  /** The day the figures run to (today, when the period is not over). */
  asOf: isoDate,
  timezone: z.string(),
  plan: commPlan.nullable(),
  areas: z.array(
    z.object({
      area: z.string(),
      label: z.string(),
      short: z.string(),
      /** Hours on screen, each quarter of the period's year (index 0 = Q1). */
      screenHoursByQuarter: z.array(z.number()).length(4),
      screenHours: measure,
      newItems: measure,
      feedbackAnsweredOnTime: measure,
      surveyResponses: measure,
      plays: z.int(),
      byScreen: z.array(z.object({ screenId: z.string(), screenName: z.string(), seconds: z.number(), plays: z.int() })),
      /** What was communicated: items that played in the period, most time first. */
      items: z.array(z.object({ contentId: z.string(), label: z.string(), type: contentType, seconds: z.number(), plays: z.int(), isNew: z.boolean() })),
    }),
  ),
  totals: z.object({ seconds: z.number(), plays: z.int(), newItems: z.int() }),
  /**
   * The parents' voice in the period (section III of the report): feedback received / answered / answered by its
   * deadline, survey responses and the satisfaction index (share of "Hài lòng" + "Rất hài lòng", null without
   * responses). Absent where no such figures are kept.
   */
  voice: z
    .object({
      feedbackReceived: z.int(),
      feedbackAnswered: z.int(),
      feedbackAnsweredOnTime: z.int(),
      surveyResponses: z.int(),
      satisfactionIndex: z.number().nullable(),
    })
    .optional(),
});
export type PlanReport = z.infer<typeof planReport>;
