import type { QuizQuestion, QuizQuestionInput } from '@bangtin/shared';

/** What the quiz form holds: the question's own fields as the office types them. */
export interface QuizValues {
  question: string;
  choices: string[];
  correct: number;
  explanation: string;
  source: string;
  area: string;
  sample: boolean;
}

export const LETTERS = ['A', 'B', 'C', 'D'] as const;

export function quizValuesOf(stored: QuizQuestion | null): QuizValues {
  if (!stored) return { question: '', choices: ['', '', ''], correct: 0, explanation: '', source: '', area: '', sample: false };
  const { question, choices, correct, explanation, source, area, sample } = stored;
  return { question, choices: [...choices], correct, explanation, source, area, sample };
}

/** The contract's body for a save asking for `status` (baseVersion from the stored question when editing). */
export function quizInputOf(values: QuizValues, status: QuizQuestionInput['status'], stored: QuizQuestion | null): QuizQuestionInput {
  return { ...values, status, ...(stored ? { baseVersion: stored.version } : {}) };
}
