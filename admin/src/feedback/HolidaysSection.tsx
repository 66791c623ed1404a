import { feedbackCalendar, formatShortDateVi, HOLIDAYS_TO_ENTER, type FeedbackCalendar } from '@bangtin/shared';
import { useApi } from '../session.tsx';
import { EditableTable } from '../ui/form/EditableTable.tsx';
import { SettingsForm } from '../ui/form/SettingsForm.tsx';
import { useVersionedForm } from '../ui/form/useVersionedForm.ts';
import { issuesText } from '../ui/form/validation.ts';
import { useLoad } from '../ui/hooks/useLoad.ts';
import { usePageKit } from '../ui/hooks/usePageKit.ts';
import { WhenLoaded } from '../ui/Status.tsx';

type CalendarValues = Omit<FeedbackCalendar, 'handlingDays' | 'remindDays'> & { handlingDays: string; remindDays: string };

/** The form's copy of the stored calendar: the day counts as typed text. */
const valuesOf = (calendar: FeedbackCalendar): CalendarValues => ({
  handlingDays: String(calendar.handlingDays),
  remindDays: String(calendar.remindDays),
  holidays: calendar.holidays,
});

/** Cài đặt → holidays and the feedback handling time (working days). Seeded with the fixed-date holidays only. */
export function HolidaysSection() {
  const api = useApi();
  const loaded = useLoad('feedback-calendar', () => api.feedback.calendar());
  return <WhenLoaded load={loaded}>{(calendar) => <HolidaysForm stored={calendar} />}</WhenLoaded>;
}

function HolidaysForm({ stored }: { stored: FeedbackCalendar }) {
  const { api, t, toast } = usePageKit();
  const form = useVersionedForm<FeedbackCalendar, CalendarValues>({
    stored,
    toValues: (calendar) => valuesOf(calendar ?? stored),
    leaveGuard: false,
    focusScope: '[data-testid="feedback-calendar"]',
  });
  const { values, setValues } = form;
  const setHoliday = (index: number, patch: Partial<FeedbackCalendar['holidays'][number]>) =>
    setValues((v) => ({ ...v, holidays: v.holidays.map((h, i) => (i === index ? { ...h, ...patch } : h)) }));

  const save = () => {
    const parsed = feedbackCalendar.safeParse({ ...values, handlingDays: Number(values.handlingDays), remindDays: Number(values.remindDays) });
    if (!parsed.success) return form.setFormError(issuesText(parsed.error.issues));
    void form.run('save', () => api.feedback.saveCalendar(parsed.data), () => toast(t('feedback.saved')));
  };

  return (
    <SettingsForm className="feedback-calendar" testId="feedback-calendar" title={t('feedback.calendarTitle')} intro={t('feedback.calendarIntro')} error={form.formError} onSubmit={save}>
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
      <EditableTable
        className="content-table holiday-table"
        columns={[t('feedback.holidayDate'), t('feedback.holidayName')]}
        rows={values.holidays}
        rowTestId="holiday-row"
        cells={(h, index) => (
          <>
            <td>
              <input type="date" aria-label={`${t('feedback.holidayDate')} ${index + 1}`} value={h.date} onChange={(e) => setHoliday(index, { date: e.target.value })} />
              <span className="muted small"> {h.date ? formatShortDateVi(h.date) : ''}</span>
            </td>
            <td>
              <input type="text" aria-label={`${t('feedback.holidayName')} ${index + 1}`} value={h.name} onChange={(e) => setHoliday(index, { name: e.target.value })} />
            </td>
          </>
        )}
        removeText={t('feedback.removeHoliday')}
        onRemove={(index) => setValues((v) => ({ ...v, holidays: v.holidays.filter((_, i) => i !== index) }))}
      />
      <div className="button-row">
        <button type="button" className="button" onClick={() => setValues((v) => ({ ...v, holidays: [...v.holidays, { date: '', name: '' }] }))} data-testid="holiday-add">
          {t('feedback.addHoliday')}
        </button>
        <button type="submit" className="button button--primary" disabled={form.saving !== null} data-testid="feedback-calendar-save">
          {t('feedback.saveCalendar')}
        </button>
      </div>
    </SettingsForm>
  );
}
