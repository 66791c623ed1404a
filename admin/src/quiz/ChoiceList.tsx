import { QUIZ_MAX_CHOICES, QUIZ_MIN_CHOICES } from '@bangtin/shared';
import { useI18n } from '../i18nContext.tsx';
import type { FieldErrors } from '../ui/form/validation.ts';
import { LETTERS } from './quizValues.ts';

interface ChoiceListProps {
  choices: string[];
  correct: number;
  errors: FieldErrors;
  onChange: (patch: { choices?: string[]; correct?: number }) => void;
}

/** The 2–4 answer choices, each with the round "right answer" button beside it (one group, so arrows move between). */
export function ChoiceList({ choices, correct, errors, onChange }: ChoiceListProps) {
  const { t } = useI18n();
  const setChoice = (index: number, value: string) => onChange({ choices: choices.map((c, i) => (i === index ? value : c)) });
  const remove = (index: number) =>
    onChange({ choices: choices.filter((_c, i) => i !== index), correct: correct === index ? 0 : correct > index ? correct - 1 : correct });
  const listError = errors.choices ?? errors.correct;
  return (
    <fieldset className={`field quiz-choices${listError ? ' field--invalid' : ''}`} data-testid="quiz-choices">
      <legend className="field__label">{t('quiz.choices')}</legend>
      <p className="field__hint">{t('quiz.correctHint')}</p>
      {choices.map((choice, index) => {
        const letter = LETTERS[index] ?? String(index + 1);
        const error = errors[`choices.${index}`];
        return (
          <div className="quiz-choice" key={index}>
            <input
              type="radio"
              name="quiz-correct"
              checked={correct === index}
              onChange={() => onChange({ correct: index })}
              aria-label={`${t('quiz.correct')}: ${letter}`}
              data-testid={`quiz-correct-${index}`}
            />
            <label className="quiz-choice__letter" htmlFor={`quiz-choice-${index}`}>
              {letter}
            </label>
            <input
              id={`quiz-choice-${index}`}
              type="text"
              value={choice}
              maxLength={200}
              aria-label={t('quiz.choice', { letter })}
              aria-invalid={Boolean(error)}
              onChange={(e) => setChoice(index, e.target.value)}
              data-testid={`quiz-choice-${index}`}
            />
            {choices.length > QUIZ_MIN_CHOICES && (
              <button type="button" className="button button--small" onClick={() => remove(index)} data-testid={`quiz-remove-${index}`}>
                {t('quiz.removeChoice', { letter })}
              </button>
            )}
            {error && <p className="field__error">{error}</p>}
          </div>
        );
      })}
      {choices.length < QUIZ_MAX_CHOICES && (
        <button type="button" className="button" onClick={() => onChange({ choices: [...choices, ''] })} data-testid="quiz-add-choice">
          {t('quiz.addChoice')}
        </button>
      )}
      {listError && (
        <p className="field__error" data-testid="error-choices">
          {listError}
        </p>
      )}
    </fieldset>
  );
}
