import { SURVEY_FACTORS, SURVEY_LEVELS, type SurveyAnswers, type SurveyFactor } from '@bangtin/shared';
import { useState } from 'react';
import { useReceptionStrings } from '../useReceptionStrings.ts';
import { sendSurvey } from './sendSurvey.ts';
import './survey.css';

interface Props {
  slug: string;
  /** The procedure just looked up, when the survey was offered at its end. */
  procedure: { code: string; name: string } | null;
  onHome: () => void;
}

/** One touch screen: the five factors as rows of five large levels, one Send button; then thank you. */
export function KioskSurvey({ slug, procedure, onHome }: Props) {
  const t = useReceptionStrings().survey;
  const [answers, setAnswers] = useState<Partial<Record<SurveyFactor, number>>>({});
  const [sent, setSent] = useState(false);
  const missing = SURVEY_FACTORS.filter((f) => answers[f] === undefined).length;

  const send = () => {
    if (missing > 0) return;
    sendSurvey(slug, { answers: answers as SurveyAnswers, ...(procedure?.code ? { procedureCode: procedure.code } : {}) });
    setSent(true);
  };

  if (sent) {
    return (
      <div className="ks ks--thanks" data-testid="ks-thanks" role="status">
        <p className="ks__check" aria-hidden="true">
          ✓
        </p>
        <h2 className="ks__title">{t.thanksTitle}</h2>
        <p className="ks__intro">{t.thanksBody}</p>
        <button type="button" className="rk-button rk-button--primary ks__send" onClick={onHome} data-testid="ks-home">
          {t.home}
        </button>
      </div>
    );
  }

  return (
    <div className="ks" data-testid="kiosk-survey">
      <h2 className="ks__title">{t.title}</h2>
      <p className="ks__intro">{procedure ? t.forProcedure(procedure.name) : t.intro}</p>
      {SURVEY_FACTORS.map((factor, row) => (
        <fieldset key={factor} className="ks__row" data-testid={`ks-row-${factor}`}>
          <legend className="ks__factor">
            <span className="ks__num">{row + 1}</span> {t.factor(factor)}
            <span className="ks__question">{t.question(factor)}</span>
          </legend>
          <div className="ks__levels">
            {SURVEY_LEVELS.map((level) => (
              <button
                key={level}
                type="button"
                className={`ks__level ks__level--${level}`}
                aria-pressed={answers[factor] === level}
                onClick={() => setAnswers((a) => ({ ...a, [factor]: level }))}
                data-testid={`ks-${factor}-${level}`}
              >
                {t.level(level)}
              </button>
            ))}
          </div>
        </fieldset>
      ))}
      <div className="ks__footer">
        <p className="ks__remaining" aria-live="polite">
          {missing > 0 ? t.remaining(missing) : ''}
        </p>
        <button type="button" className="rk-button rk-button--primary ks__send" disabled={missing > 0} onClick={send} data-testid="ks-send">
          {t.submit}
        </button>
      </div>
    </div>
  );
}

/** The invitation at the end of a procedure's page. */
export function SurveyOffer({ onStart }: { onStart: () => void }) {
  const t = useReceptionStrings().survey;
  return (
    <aside className="ks-offer" data-testid="ks-offer">
      <p className="ks-offer__title">{t.offerTitle}</p>
      <p className="ks-offer__body">{t.offerBody}</p>
      <button type="button" className="rk-button rk-button--primary" onClick={onStart} data-testid="ks-start">
        {t.offerButton}
      </button>
    </aside>
  );
}
