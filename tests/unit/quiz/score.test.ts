import { addToTally, countableAnswers, quizResultOf, scoreRound, type PublicQuizQuestion, type QuizQuestion } from '@bangtin/shared';
import { describe, expect, it } from 'vitest';

const q = (id: string, correct: number, choices = ['A', 'B', 'C']): PublicQuizQuestion => ({
  id,
  version: 1,
  question: `Câu ${id}`,
  choices,
  correct,
  explanation: 'Vì vậy.',
  source: 'Kế hoạch',
  area: 'II.2b',
  sample: true,
});
const stored = (p: PublicQuizQuestion): QuizQuestion => ({
  ...p,
  status: 'approved',
  createdAt: '2026-12-05T00:00:00Z',
  createdBy: 'seed',
  updatedAt: '2026-12-05T00:00:00Z',
  updatedBy: 'seed',
  approvedBy: 'seed',
  approvedAt: '2026-12-05T00:00:00Z',
  rejectionReason: null,
});

describe('a round is scored from the choices only', () => {
  it('counts right answers; a skipped or out-of-range choice is unanswered, never right', () => {
    const round = scoreRound([q('a', 0), q('b', 2), q('c', 1)], { a: 0, b: 1, c: 7 });
    expect(round).toMatchObject({ right: 1, total: 3 });
    expect(round.answers.map((a) => [a.choice, a.right])).toEqual([
      [0, true],
      [1, false],
      [null, false],
    ]);
  });
});

describe('tallies cannot be inflated or skewed by a crafted round', () => {
  it('drops unknown questions, repeats of a question and choices the question does not have', () => {
    const kept = countableAnswers(
      [q('a', 0), q('b', 1, ['X', 'Y'])],
      [
        { questionId: 'a', choice: 1 },
        { questionId: 'a', choice: 0 },
        { questionId: 'b', choice: 3 },
        { questionId: 'zzz', choice: 0 },
      ],
    );
    expect(kept).toEqual([{ questionId: 'a', choice: 1 }]);
  });

  it('adds per source and per choice without touching the stored tally, and reports the share right', () => {
    const first = addToTally(undefined, 'a', 'kiosk', 2);
    const second = addToTally(first, 'a', 'web', 0);
    const third = addToTally(second, 'a', 'web', 0);
    expect(first).toEqual({ id: 'a', kiosk: [0, 0, 1], web: [] });
    expect(third).toEqual({ id: 'a', kiosk: [0, 0, 1], web: [2] });
    expect(quizResultOf(stored(q('a', 0)), third)).toMatchObject({ counts: [2, 0, 1], total: 3, right: 2, kiosk: 1, web: 2, shareRight: 2 / 3 });
  });

  it('a question nobody answered has no share right (not 0 %)', () => {
    expect(quizResultOf(stored(q('a', 0)), undefined)).toMatchObject({ total: 0, shareRight: null, counts: [0, 0, 0] });
  });
});
