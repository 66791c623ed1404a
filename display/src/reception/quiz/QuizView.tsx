import { scoreRound, type PublicQuizQuestion, type QuizAnswer } from '@bangtin/shared';
import { useEffect, useRef, useState } from 'react';
import { useReceptionStrings } from '../useReceptionStrings.ts';
import { fetchQuiz, reportRound } from './quizApi.ts';
import './quiz.css';

const LETTERS = ['A', 'B', 'C', 'D'];
const letter = (i: number) => LETTERS[i] ?? String(i + 1);

type Loaded = { state: 'loading' } | { state: 'failed' } | { state: 'ready'; questions: PublicQuizQuestion[] };

interface Props {
  slug: string;
  onHome: () => void;
}

/**
 * "Tìm hiểu CCHC" at the reception desk: one question per screen, the explanation right after each answer, the score
 * at the end. Anonymous: the finished round's answers go to the server once (counted only from the paired kiosk);
 * the kiosk's idle return forgets everything, like the look-up.
 */
export function QuizView({ slug, onHome }: Props) {
  const t = useReceptionStrings().quiz;
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [index, setIndex] = useState(0);
  const [choices, setChoices] = useState<Record<string, number>>({});
  const [finished, setFinished] = useState(false);
  const feedbackRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let cancelled = false;
    fetchQuiz(slug).then(
      (questions) => !cancelled && setLoaded({ state: 'ready', questions }),
      () => !cancelled && setLoaded({ state: 'failed' }),
    );
    return () => {
      cancelled = true;
    };
  }, [slug]);

  const questions = loaded.state === 'ready' ? loaded.questions : [];
  const question = questions[index];
  const chosen = question ? choices[question.id] : undefined;

  useEffect(() => {
    if (chosen !== undefined) feedbackRef.current?.focus({ preventScroll: false });
  }, [chosen]);

  if (loaded.state !== 'ready' || questions.length === 0) {
    const message = loaded.state === 'loading' ? t.loading : loaded.state === 'failed' ? t.unavailable : t.none;
    return (
      <div className="rk-view rk-quiz" data-testid="rk-quiz" data-state={loaded.state}>
        <h2 className="rk-title">{t.title}</h2>
        <p className="rk-quiz__message" role="status">
          {message}
        </p>
        {loaded.state !== 'loading' && (
          <button type="button" className="rk-quiz__button" onClick={onHome}>
            {t.home}
          </button>
        )}
      </div>
    );
  }

  if (finished || !question) {
    const round = scoreRound(questions, choices);
    return (
      <div className="rk-view rk-scroll rk-quiz" data-testid="rk-quiz-result">
        <h2 className="rk-title">{t.resultTitle}</h2>
        <p className="rk-quiz__score" role="status" data-testid="rk-quiz-score" data-right={round.right} data-total={round.total}>
          {t.score(round.right, round.total)}
        </p>
        <p>{t.thanks}</p>
        <p className="rk-quiz__note">{t.anonymous}</p>
        <div className="rk-quiz__actions">
          <button
            type="button"
            className="rk-quiz__button"
            onClick={() => {
              setChoices({});
              setIndex(0);
              setFinished(false);
            }}
            data-testid="rk-quiz-again"
          >
            {t.again}
          </button>
          <button type="button" className="rk-quiz__button rk-quiz__button--primary" onClick={onHome} data-testid="rk-quiz-home">
            {t.home}
          </button>
        </div>
      </div>
    );
  }

  const answered = chosen !== undefined;
  const right = chosen === question.correct;
  const last = index === questions.length - 1;
  const next = () => {
    if (!last) return setIndex(index + 1);
    const answers: QuizAnswer[] = Object.entries(choices).map(([questionId, choice]) => ({ questionId, choice }));
    reportRound(slug, answers);
    setFinished(true);
  };

  return (
    <div key={question.id} className="rk-view rk-scroll rk-quiz" data-testid="rk-quiz" data-state="question" data-index={index}>
      <p className="rk-quiz__progress">{t.progress(index + 1, questions.length)}</p>
      <h2 className="rk-quiz__question" id={`rk-quiz-q-${index}`}>
        {question.question}
      </h2>
      <div className="rk-quiz__choices" role="group" aria-labelledby={`rk-quiz-q-${index}`}>
        {question.choices.map((choice, i) => {
          const mark = !answered ? '' : i === question.correct ? ' rk-quiz__choice--right' : i === chosen ? ' rk-quiz__choice--wrong' : ' rk-quiz__choice--other';
          return (
            <button
              key={i}
              type="button"
              className={`rk-quiz__choice${mark}`}
              aria-pressed={chosen === i}
              aria-disabled={answered}
              onClick={() => !answered && setChoices({ ...choices, [question.id]: i })}
              data-testid="rk-quiz-choice"
              data-index={i}
            >
              <span className="rk-quiz__letter" aria-hidden="true">
                {letter(i)}
              </span>
              <span className="rk-quiz__choice-text">{choice}</span>
              {answered && i === question.correct && (
                <span className="rk-quiz__tick" aria-label={t.answer}>
                  ✓
                </span>
              )}
            </button>
          );
        })}
      </div>
      {answered && (
        <div className={`rk-quiz__feedback ${right ? 'rk-quiz__feedback--right' : 'rk-quiz__feedback--wrong'}`} ref={feedbackRef} tabIndex={-1} role="status" data-testid="rk-quiz-feedback">
          <p className="rk-quiz__verdict">{right ? t.right : t.wrong}</p>
          {!right && (
            <p>
              <strong>
                {t.answer}: {letter(question.correct)}. {question.choices[question.correct]}
              </strong>
            </p>
          )}
          <p>{question.explanation}</p>
          <p className="rk-quiz__note">
            {t.source}: {question.source}
            {question.sample ? ` · ${t.sample}` : ''}
          </p>
          <button type="button" className="rk-quiz__button rk-quiz__button--primary" onClick={next} data-testid="rk-quiz-next">
            {last ? t.finish : t.next}
          </button>
        </div>
      )}
    </div>
  );
}
