import { z } from 'zod';
import { isoDate, text } from './text.ts';

/**
 * The satisfaction survey (issue #13 item 3): the five SIPAS factors of QĐ 2640/QĐ-BNV adapted to a school, each
 * answered on the five-level scale. Anonymous: a response keeps its school day, never a time, an address or a person.
 */
export const SURVEY_FACTORS = ['access', 'procedure', 'staff', 'result', 'feedback'] as const;
export const surveyFactor = z.enum(SURVEY_FACTORS);
export type SurveyFactor = z.infer<typeof surveyFactor>;

/** What each factor asks (the SIPAS group, then the question as a parent reads it). */
export const SURVEY_FACTOR_LABELS: Record<SurveyFactor, { group: string; question: string; en: string }> = {
  access: {
    group: 'Tiếp cận dịch vụ',
    question: 'Việc tìm hiểu thông tin, liên hệ và đến làm việc với nhà trường',
    en: 'Access to the service',
  },
  procedure: { group: 'Thủ tục', question: 'Thủ tục, hồ sơ được niêm yết rõ ràng, đơn giản', en: 'Procedure' },
  staff: {
    group: 'Cán bộ, giáo viên, nhân viên',
    question: 'Thái độ, sự tận tình của cán bộ, giáo viên, nhân viên',
    en: 'Staff and teachers',
  },
  result: { group: 'Kết quả', question: 'Kết quả nhận được đúng hẹn, đúng quy định', en: 'Result' },
  feedback: {
    group: 'Tiếp nhận và xử lý ý kiến',
    question: 'Việc tiếp nhận, xử lý góp ý, phản ánh, kiến nghị',
    en: 'Handling of feedback',
  },
};

/** 5 = Rất hài lòng … 1 = Rất không hài lòng (the order parents read: best first). */
export const SURVEY_LEVELS = [5, 4, 3, 2, 1] as const;
export const SURVEY_LEVEL_LABELS: Record<number, string> = {
  5: 'Rất hài lòng',
  4: 'Hài lòng',
  3: 'Bình thường',
  2: 'Không hài lòng',
  1: 'Rất không hài lòng',
};

/** The formula, stated wherever an index is shown (reply, console, print, slide source). */
export const SATISFACTION_FORMULA =
  'Chỉ số hài lòng = số câu trả lời "Hài lòng" và "Rất hài lòng" ÷ tổng số câu trả lời × 100%, tính cho từng yếu tố và chung cho cả năm yếu tố.';

const level = z.int('Vui lòng chọn một mức').min(1, 'Chọn từ 1 đến 5').max(5, 'Chọn từ 1 đến 5');
export const surveyAnswers = z.object({ access: level, procedure: level, staff: level, result: level, feedback: level });
export type SurveyAnswers = z.infer<typeof surveyAnswers>;

export const SURVEY_COMMENT_MAX = 1000;

/** POST /api/public/survey (and the /khao-sat form, and the reception kiosk). */
export const surveyInput = z.object({
  answers: surveyAnswers,
  /** The procedure the parent came for (its national code, e.g. 1.001622); optional. */
  procedureCode: z
    .string()
    .trim()
    .max(40)
    .regex(/^[0-9A-Za-z.-]*$/, 'Mã thủ tục không hợp lệ')
    .optional(),
  /** Free text, office-only: never shown on a screen or a public page unless the office copies it into content. */
  comment: text(SURVEY_COMMENT_MAX).optional(),
});
export type SurveyInput = z.infer<typeof surveyInput>;

export const surveyChannel = z.enum(['web', 'kiosk']);
export type SurveyChannel = z.infer<typeof surveyChannel>;

/** One stored response: the school day only (no time, no address, no identity). */
export const surveyResponse = z.object({
  id: z.string().min(1).max(64),
  date: isoDate,
  channel: surveyChannel,
  answers: surveyAnswers,
  procedureCode: z.string().max(40).optional(),
  comment: z.string().max(SURVEY_COMMENT_MAX).optional(),
});
export type SurveyResponse = z.infer<typeof surveyResponse>;

/** Percent 0–100 per factor and overall; null where nobody answered. */
const indexValue = z.number().min(0).max(100).nullable();
export const satisfactionIndex = z.object({
  access: indexValue,
  procedure: indexValue,
  staff: indexValue,
  result: indexValue,
  feedback: indexValue,
  overall: indexValue,
});
export type SatisfactionIndex = z.infer<typeof satisfactionIndex>;

/** How many answers each level got, per factor: [level 1, 2, 3, 4, 5]. */
const levelCounts = z.array(z.int().min(0)).length(5);
export const satisfactionBucket = z.object({
  responses: z.int().min(0),
  index: satisfactionIndex,
  levels: z.object({ access: levelCounts, procedure: levelCounts, staff: levelCounts, result: levelCounts, feedback: levelCounts }),
});
export type SatisfactionBucket = z.infer<typeof satisfactionBucket>;

const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;
/** A school year (Sept–Aug) plus slack. */
export const SATISFACTION_MAX_DAYS = 400;

export const satisfactionQuery = z
  .object({ from: isoDate, to: isoDate })
  .refine((q) => q.from <= q.to, { message: 'Ngày bắt đầu phải trước ngày kết thúc', path: ['to'] })
  .refine((q) => dayNumber(q.to) - dayNumber(q.from) < SATISFACTION_MAX_DAYS, {
    message: `Mỗi báo cáo tối đa ${SATISFACTION_MAX_DAYS} ngày`,
    path: ['to'],
  });
export type SatisfactionQuery = z.infer<typeof satisfactionQuery>;

export const satisfactionReport = z.object({
  from: isoDate,
  to: isoDate,
  formula: z.string(),
  period: satisfactionBucket,
  /** Every calendar month the period touches, in order (months without answers included, index null). */
  months: z.array(satisfactionBucket.extend({ month: z.string().regex(/^\d{4}-\d{2}$/) })),
  byChannel: z.object({ web: z.int().min(0), kiosk: z.int().min(0) }),
  /** Office-only free text, newest first (at most 200 shown; the CSV holds all). */
  comments: z.array(z.object({ date: isoDate, procedureCode: z.string().optional(), text: z.string() })),
});
export type SatisfactionReport = z.infer<typeof satisfactionReport>;
