import { render, renderHook, screen, waitFor } from '@testing-library/react';
import type { PublicQuizQuestion } from '@bangtin/shared';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { QuizView } from '../../../display/src/reception/quiz/QuizView.tsx';
import { usePrefetchedQuiz } from '../../../display/src/reception/quiz/quizApi.ts';

const QUESTION: PublicQuizQuestion = {
  id: 'q-bo-phan',
  version: 1,
  question: 'Hồ sơ hỗ trợ ăn trưa nộp ở đâu?',
  choices: ['Bộ phận tiếp nhận và trả kết quả của trường', 'Nhà văn hoá tổ dân phố'],
  correct: 0,
  explanation: 'Cơ sở giáo dục mầm non nhận hồ sơ.',
  source: 'Thủ tục 1.001622',
  area: 'II.2b',
  sample: false,
};

afterEach(() => {
  vi.unstubAllGlobals();
  window.localStorage.clear();
});

describe('the reception kiosk’s quiz when the network is gone', () => {
  it('plays the questions fetched with the kiosk’s last content, as the slides do, instead of "not available"', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ data: [QUESTION] }), { status: 200 })));
    // The kiosk fetches the questions whenever its content changes (here: on start), while it is online.
    renderHook(() => usePrefetchedQuiz('reception', 'v1'));
    await waitFor(() => expect(window.localStorage.getItem('bangtin:display:quiz:reception')).toContain('q-bo-phan'));

    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    render(<QuizView slug="reception" onHome={() => undefined} />);
    expect(await screen.findByText('Hồ sơ hỗ trợ ăn trưa nộp ở đâu?')).toBeTruthy();
    expect(screen.getAllByTestId('rk-quiz-choice')).toHaveLength(2);
  });

  it('with nothing kept yet, says the quiz is not available (no stale or invented questions)', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    render(<QuizView slug="reception" onHome={() => undefined} />);
    await waitFor(() => expect(screen.getByTestId('rk-quiz').dataset.state).toBe('failed'));
  });
});
