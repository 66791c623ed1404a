import { useState, type FormEvent } from 'react';
import { commPlanInput, type CommPlan, type ReformArea } from '@bangtin/shared';
import { useI18n } from '../i18nContext.tsx';
import { useApi } from '../session.tsx';
import { SubmitButton } from '../ui/form/SubmitButton.tsx';
import { useVersionedForm } from '../ui/form/useVersionedForm.ts';
import { issuesText } from '../ui/form/validation.ts';
import { useLoad } from '../ui/hooks/useLoad.ts';
import { PageHeader } from '../ui/layout/PageHeader.tsx';
import { ErrorAlert, WhenLoaded } from '../ui/Status.tsx';
import { useToast } from '../ui/Toast.tsx';
import { inputOf, planPrintHref, rowsOf, type TargetRow } from './planValues.ts';

/** "Kế hoạch tuyên truyền CCHC năm …": the office's targets per reform area, and the way to the year's report. */
export function PlanPage() {
  const api = useApi();
  const { t } = useI18n();
  const [year, setYear] = useState(new Date().getFullYear());
  const loaded = useLoad(`plan-${year}`, async () => ({ plan: await api.plans.get(year), areas: await api.areas.list() }));
  return (
    <section aria-labelledby="plan-title">
      <PageHeader titleId="plan-title" title={t('plan.title', { year })} intro={t('plan.intro')}>
        <div className="button-row">
          <a className="button" href={planPrintHref(year)} target="_blank" rel="noopener" data-testid="plan-print">
            {t('plan.print')}
          </a>
          <a className="button" href={api.plans.csvUrl(year)} download data-testid="plan-csv">
            {t('plan.csv')}
          </a>
        </div>
      </PageHeader>
      <label className="field field--narrow">
        <span className="field__label">{t('plan.year')}</span>
        <select value={year} onChange={(e) => setYear(Number(e.target.value))} data-testid="plan-year">
          {[-1, 0, 1].map((offset) => {
            const y = new Date().getFullYear() + offset;
            return (
              <option key={y} value={y}>
                {y}
              </option>
            );
          })}
        </select>
      </label>
      <WhenLoaded load={loaded}>{({ plan, areas }) => <PlanForm key={`${year}-${plan?.version ?? 0}`} year={year} stored={plan} areas={areas} />}</WhenLoaded>
    </section>
  );
}

const FIGURES = ['screenHoursPerQuarter', 'newItems', 'feedbackAnsweredOnTime', 'surveyResponses'] as const;

function PlanForm({ year, stored, areas }: { year: number; stored: CommPlan | null; areas: ReformArea[] }) {
  const api = useApi();
  const { t } = useI18n();
  const toast = useToast();
  const form = useVersionedForm<CommPlan, { title: string; rows: TargetRow[] }>({
    stored,
    toValues: (plan) => ({ title: plan?.title ?? t('plan.title', { year }), rows: rowsOf(areas, plan) }),
    leaveGuard: false,
    focusScope: '[data-testid="plan-form"]',
  });
  const { title, rows } = form.values;
  const edit = (index: number, patch: Partial<TargetRow>) => form.setValues((v) => ({ ...v, rows: v.rows.map((row, i) => (i === index ? { ...row, ...patch } : row)) }));
  const short = (code: string) => areas.find((a) => a.code === code);
  const headers = { screenHoursPerQuarter: t('plan.hoursPerQuarter'), newItems: t('plan.newItems'), feedbackAnsweredOnTime: t('plan.feedbackOnTime'), surveyResponses: t('plan.surveyResponses') };

  const save = (event: FormEvent) => {
    event.preventDefault();
    const input = inputOf(title, rows, form.stored?.version);
    const parsed = commPlanInput.safeParse(input);
    if (!parsed.success) return form.setFormError(issuesText(parsed.error.issues, (i) => `${rows[Number(i.path[1])]?.area ?? ''} ${i.message}`.trim()));
    void form.run('save', () => api.plans.save(year, input), () => toast(t('plan.saved', { year })));
  };

  return (
    <form className="form-section" onSubmit={save} noValidate data-testid="plan-form">
      <ErrorAlert message={form.formError} />
      <label className="field">
        <span className="field__label">{t('plan.docTitle')}</span>
        <input value={title} onChange={(e) => form.update({ title: e.target.value })} maxLength={300} data-testid="plan-doc-title" />
      </label>
      <div className="table-scroll">
        <table className="area-list plan-table">
          <thead>
            <tr>
              <th scope="col">{t('report.area')}</th>
              {FIGURES.map((key) => (
                <th scope="col" key={key} className="numeric">
                  {headers[key]}
                  {(key === 'feedbackAnsweredOnTime' || key === 'surveyResponses') && ' *'}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={row.area} data-testid={`plan-row-${row.area}`}>
                <th scope="row" title={short(row.area)?.label}>
                  <strong>{row.area}</strong> {short(row.area)?.short}
                </th>
                {FIGURES.map((key) => (
                  <td key={key} className="numeric">
                    <input
                      inputMode="decimal"
                      aria-label={`${headers[key]} — ${row.area}`}
                      value={row[key]}
                      onChange={(e) => edit(i, { [key]: e.target.value })}
                      data-testid={`plan-${key}-${row.area}`}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted">* {t('plan.reservedNote')}</p>
      <div className="button-row">
        <SubmitButton busy={form.saving !== null} label={t('plan.save')} busyLabel={t('common.saving')} testId="plan-save" />
      </div>
    </form>
  );
}
