import { useState, type FormEvent } from 'react';
import { feedbackCalendar, formatShortDateVi, HOLIDAYS_TO_ENTER, type FeedbackCalendar } from '@bangtin/shared';
import { useI18n } from '../i18nContext.tsx';
import { useApi } from '../session.tsx';
import { useFailureMessage } from '../ui/hooks/useFailureMessage.ts';
import { useLoad } from '../ui/hooks/useLoad.ts';
import { LoadFailure, Loading } from '../ui/Status.tsx';
import { useToast } from '../ui/Toast.tsx';

/** Cài đặt → holidays and the feedback handling time (working days). Seeded with the fixed-date holidays only. */
export function HolidaysSection() {
  const api = useApi();
  const loaded = useLoad('feedback-calendar', () => api.feedback.calendar());
  return loaded.data ? <HolidaysForm stored={loaded.data} /> : loaded.loading ? <Loading /> : <LoadFailure error={loaded.error} onRetry={loaded.retry} />;
}

function HolidaysForm({ stored }: { stored: FeedbackCalendar }) {
  const api = useApi();
  const { t } = useI18n();
  const toast = useToast();
  const failureMessage = useFailureMessage();
  const [values, setValues] = useState({ handlingDays: String(stored.handlingDays), remindDays: String(stored.remindDays), holidays: stored.holidays });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const setHoliday = (index: number, patch: Partial<FeedbackCalendar['holidays'][number]>) =>
    setValues((v) => ({ ...v, holidays: v.holidays.map((h, i) => (i === index ? { ...h, ...patch } : h)) }));

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = feedbackCalendar.safeParse({ ...values, handlingDays: Number(values.handlingDays), remindDays: Number(values.remindDays) });
    if (!parsed.success) {
      setError(parsed.error.issues.map((i) => i.message).join(' · '));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const saved = await api.feedback.saveCalendar(parsed.data);
      setValues({ handlingDays: String(saved.handlingDays), remindDays: String(saved.remindDays), holidays: saved.holidays });
      toast(t('feedback.saved'));
    } catch (failure) {
      setError(failureMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form-section feedback-calendar" onSubmit={(e) => void save(e)} noValidate data-testid="feedback-calendar">
      <h2 className="form-section__heading">{t('feedback.calendarTitle')}</h2>
      <p className="muted">{t('feedback.calendarIntro')}</p>
      {error && (
        <p className="alert alert--error" role="alert">
          {error}
        </p>
      )}
      <div className="field-row">
        {(['handlingDays', 'remindDays'] as const).map((key) => (
          <div className="field" key={key}>
            <label className="field__label" htmlFor={`calendar-${key}`}>
              {t(`feedback.${key}`)}
            </label>
            <input id={`calendar-${key}`} type="number" min={0} value={values[key]} onChange={(e) => setValues((v) => ({ ...v, [key]: e.target.value }))} />
          </div>
        ))}
      </div>
      <div className="alert alert--info">
        <p>{t('feedback.toEnter')}</p>
        <ul>
          {HOLIDAYS_TO_ENTER.map((name) => (
            <li key={name}>{name}</li>
          ))}
        </ul>
      </div>
      <table className="content-table holiday-table">
        <thead>
          <tr>
            <th scope="col">{t('feedback.holidayDate')}</th>
            <th scope="col">{t('feedback.holidayName')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('feedback.removeHoliday')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {values.holidays.map((h, index) => (
            <tr key={index} data-testid="holiday-row">
              <td>
                <input type="date" aria-label={`${t('feedback.holidayDate')} ${index + 1}`} value={h.date} onChange={(e) => setHoliday(index, { date: e.target.value })} />
                <span className="muted small"> {h.date ? formatShortDateVi(h.date) : ''}</span>
              </td>
              <td>
                <input type="text" aria-label={`${t('feedback.holidayName')} ${index + 1}`} value={h.name} onChange={(e) => setHoliday(index, { name: e.target.value })} />
              </td>
              <td>
                <button type="button" className="button button--small" onClick={() => setValues((v) => ({ ...v, holidays: v.holidays.filter((_, i) => i !== index) }))}>
                  {t('feedback.removeHoliday')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="button-row">
        <button type="button" className="button" onClick={() => setValues((v) => ({ ...v, holidays: [...v.holidays, { date: '', name: '' }] }))} data-testid="holiday-add">
          {t('feedback.addHoliday')}
        </button>
        <button type="submit" className="button button--primary" disabled={busy} data-testid="feedback-calendar-save">
          {t('feedback.saveCalendar')}
        </button>
      </div>
    </form>
  );
}
