import type { PublicQuizQuestion, QuizAnswer, QuizQuestion, QuizResult, QuizTally } from '../schemas/quiz.ts';

/** One answered question of a round, as the result screen shows it. */
export interface ScoredAnswer {
  question: PublicQuizQuestion;
  /** The chosen index, or null when the player skipped it. */
  choice: number | null;
  right: boolean;
}

/** A finished round: how many right out of how many asked, each answer with its question (for the explanations). */
export function scoreRound(
  questions: readonly PublicQuizQuestion[],
  choices: Readonly<Record<string, number | undefined>>,
): { right: number; total: number; answers: ScoredAnswer[] } {
  const answers = questions.map((question) => {
    const picked = choices[question.id];
    const choice = picked !== undefined && picked >= 0 && picked < question.choices.length ? picked : null;
    return { question, choice, right: choice === question.correct };
  });
  return { right: answers.filter((a) => a.right).length, total: questions.length, answers };
}

/**
 * The answers of a round that may be counted: each names an approved question once (the first answer wins) with a
 * choice it has. Anything else (an unknown or withdrawn question, a choice out of range) is dropped, not guessed.
 */
export function countableAnswers(questions: readonly PublicQuizQuestion[], answers: readonly QuizAnswer[]): QuizAnswer[] {
  const byId = new Map(questions.map((q) => [q.id, q] as const));
  const seen = new Set<string>();
  return answers.filter((a) => {
    const question = byId.get(a.questionId);
    if (!question || seen.has(a.questionId) || a.choice >= question.choices.length) return false;
    seen.add(a.questionId);
    return true;
  });
}

/** Adds one answer to a tally (a new tally for a question never answered before), without mutating it. */
export function addToTally(tally: QuizTally | undefined, questionId: string, source: 'kiosk' | 'web', choice: number): QuizTally {
  const base: QuizTally = tally ?? { id: questionId, kiosk: [], web: [] };
  const counts = [...base[source]];
  while (counts.length <= choice) counts.push(0);
  counts[choice] = (counts[choice] ?? 0) + 1;
  return { ...base, [source]: counts };
}

/** The office's row for one question: answers per choice (both sources), total, right and the share right. */
export function quizResultOf(question: QuizQuestion, tally: QuizTally | undefined): QuizResult {
  const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
  const kiosk = tally?.kiosk ?? [];
  const web = tally?.web ?? [];
  const counts = question.choices.map((_choice, i) => (kiosk[i] ?? 0) + (web[i] ?? 0));
  const total = sum(counts);
  const right = counts[question.correct] ?? 0;
  return {
    questionId: question.id,
    question: question.question,
    area: question.area,
    status: question.status,
    choices: question.choices,
    correct: question.correct,
    counts,
    kiosk: sum(kiosk.slice(0, question.choices.length)),
    web: sum(web.slice(0, question.choices.length)),
    total,
    right,
    shareRight: total === 0 ? null : right / total,
  };
}

/** What players may see of an approved question. */
export function publicQuestionOf(q: QuizQuestion): PublicQuizQuestion {
  const { id, version, question, choices, correct, explanation, source, area, sample } = q;
  return { id, version, question, choices, correct, explanation, source, area, sample };
}
