import { z } from 'zod';
import { contentStatus } from './content.ts';
import { areaCode } from './reformAreas.ts';
import { id, isoDateTime, requiredText, text } from './text.ts';

/**
 * "Tìm hiểu CCHC" (issue #13 item 5): short questions the office writes about the plan's reform areas and the school's
 * procedures. A question reaches the reception kiosk, the public page /tim-hieu or a gate slide only once approved —
 * the same workflow (draft → submitted → approved → archived, or rejected with a reason) as every other content.
 */

/**
 * A question's reform area: a code of the school's one editable list (Cài đặt → Lĩnh vực CCHC, reformAreas.ts), the
 * same list content is filed under; the server refuses a code that is not in it.
 */
export const quizArea = z.string().trim().min(1, 'Chọn một lĩnh vực CCHC').pipe(areaCode);

export const QUIZ_MIN_CHOICES = 2;
export const QUIZ_MAX_CHOICES = 4;

const questionFields = {
  question: requiredText(300),
  choices: z
    .array(requiredText(160))
    .min(QUIZ_MIN_CHOICES, `Cần ít nhất ${QUIZ_MIN_CHOICES} phương án trả lời`)
    .max(QUIZ_MAX_CHOICES, `Tối đa ${QUIZ_MAX_CHOICES} phương án trả lời`),
  /** Index in `choices` of the right answer. */
  correct: z.int().min(0).max(QUIZ_MAX_CHOICES - 1),
  /** Shown after the answer: why it is right, in a sentence or two. */
  explanation: requiredText(600),
  /** Where the fact comes from (a legal text, the school's plan, the national procedure record). */
  source: requiredText(300),
  area: quizArea,
  /** Facts not re-checked by the school are labelled "Dữ liệu mẫu". */
  sample: z.boolean(),
};

const correctInRange = (q: { choices: string[]; correct: number }) => q.correct < q.choices.length;
const correctIssue = { message: 'Chọn đáp án đúng trong các phương án', path: ['correct'] };

export const quizQuestion = z
  .object({
    id,
    version: z.int().min(1),
    ...questionFields,
    status: contentStatus,
    createdAt: isoDateTime,
    createdBy: text(80),
    updatedAt: isoDateTime,
    updatedBy: text(80),
    approvedBy: text(80).nullable(),
    approvedAt: isoDateTime.nullable(),
    rejectionReason: text(500).nullable(),
  })
  .refine(correctInRange, correctIssue);
export type QuizQuestion = z.infer<typeof quizQuestion>;

/** What the office's form sends; the server owns id, version, status bookkeeping and timestamps. */
export const quizQuestionInput = z
  .object({
    ...questionFields,
    /** draft, or sent for approval; approvers may also publish directly. */
    status: z.enum(['draft', 'submitted', 'approved']),
    baseVersion: z.int().min(1).optional(),
  })
  .refine(correctInRange, correctIssue);
export type QuizQuestionInput = z.infer<typeof quizQuestionInput>;

/** What a player (kiosk, public page, gate slide) may know: approved questions without the office's bookkeeping. */
export const publicQuizQuestion = z.object({
  id,
  version: z.int().min(1),
  question: z.string(),
  choices: z.array(z.string()),
  correct: z.int().min(0),
  explanation: z.string(),
  source: z.string(),
  area: z.string(),
  sample: z.boolean(),
});
export type PublicQuizQuestion = z.infer<typeof publicQuizQuestion>;

/**
 * Anonymous tally of one question: how many answers chose each choice (index = choice), by where they came from.
 * Counts only — never who, when exactly, or from which address.
 */
export const quizTally = z.object({
  /** The question's id (one tally per question). */
  id,
  kiosk: z.array(z.int().min(0)).max(QUIZ_MAX_CHOICES),
  web: z.array(z.int().min(0)).max(QUIZ_MAX_CHOICES),
});
export type QuizTally = z.infer<typeof quizTally>;

/** One answer as a player reports it. */
export const quizAnswer = z.object({ questionId: id, choice: z.int().min(0).max(QUIZ_MAX_CHOICES - 1) });
export type QuizAnswer = z.infer<typeof quizAnswer>;

/** The kiosk reports a whole round at once (one request per finished quiz, not one per tap). */
export const quizRoundReport = z.object({ answers: z.array(quizAnswer).min(1).max(50) });
export type QuizRoundReport = z.infer<typeof quizRoundReport>;

/** The office's results: per question, the answers and the share right. */
export const quizResult = z.object({
  questionId: z.string(),
  question: z.string(),
  area: z.string(),
  status: contentStatus,
  choices: z.array(z.string()),
  correct: z.int().min(0),
  /** Answers per choice, kiosk and web together. */
  counts: z.array(z.int().min(0)),
  kiosk: z.int().min(0),
  web: z.int().min(0),
  total: z.int().min(0),
  right: z.int().min(0),
  /** right / total, 0–1; null when nobody has answered yet. */
  shareRight: z.number().min(0).max(1).nullable(),
});
export type QuizResult = z.infer<typeof quizResult>;
