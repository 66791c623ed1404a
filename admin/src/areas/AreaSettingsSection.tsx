import { useState, type FormEvent } from 'react';
import { DEFAULT_REFORM_AREAS, areaSettingsUpdate, type ReformArea } from '@bangtin/shared';
import { useI18n } from '../i18nContext.tsx';
import { useApi } from '../session.tsx';
import { SubmitButton } from '../ui/form/SubmitButton.tsx';
import { useFailureMessage } from '../ui/hooks/useFailureMessage.ts';
import { useLoad } from '../ui/hooks/useLoad.ts';
import { LoadFailure, Loading } from '../ui/Status.tsx';
import { useToast } from '../ui/Toast.tsx';

/** Cài đặt → Lĩnh vực CCHC: the plan's sections content is filed under; the server refuses removing one in use. */
export function AreaSettingsSection() {
  const api = useApi();
  const loaded = useLoad('reform-areas-settings', () => api.areas.list());
  if (loaded.data) return <AreaListForm stored={loaded.data} />;
  return loaded.loading ? <Loading /> : <LoadFailure error={loaded.error} onRetry={loaded.retry} />;
}

function AreaListForm({ stored }: { stored: ReformArea[] }) {
  const api = useApi();
  const { t } = useI18n();
  const toast = useToast();
  const failureMessage = useFailureMessage();
  const [rows, setRows] = useState(stored);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const edit = (index: number, patch: Partial<ReformArea>) => setRows((list) => list.map((row, i) => (i === index ? { ...row, ...patch } : row)));

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = areaSettingsUpdate.safeParse({ areas: rows });
    if (!parsed.success) {
      setError(parsed.error.issues.map((issue) => issue.message).join(' · '));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      setRows(await api.areas.save(parsed.data.areas));
      toast(t('areas.saved'));
    } catch (failure) {
      setError(failureMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form-section" onSubmit={(e) => void save(e)} noValidate data-testid="area-settings">
      <h2 className="form-section__heading">{t('areas.settingsTitle')}</h2>
      <p className="muted">{t('areas.settingsIntro')}</p>
      {error && (
        <p className="alert alert--error" role="alert" data-testid="area-settings-error">
          {error}
        </p>
      )}
      <table className="area-list">
        <thead>
          <tr>
            <th scope="col" className="area-list__code">{t('areas.code')}</th>
            <th scope="col" className="area-list__short">{t('areas.short')}</th>
            <th scope="col">{t('areas.label')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('areas.remove')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i} data-testid="area-row">
              <td>
                <input aria-label={`${t('areas.code')} ${i + 1}`} value={row.code} onChange={(e) => edit(i, { code: e.target.value })} maxLength={20} />
              </td>
              <td>
                <input aria-label={`${t('areas.short')} ${row.code}`} value={row.short} onChange={(e) => edit(i, { short: e.target.value })} maxLength={60} />
              </td>
              <td>
                <input aria-label={`${t('areas.label')} ${row.code}`} value={row.label} onChange={(e) => edit(i, { label: e.target.value })} maxLength={200} />
              </td>
              <td>
                <button
                  type="button"
                  className="button button--small"
                  aria-label={t('areas.removeLabel', { code: row.code })}
                  onClick={() => setRows((list) => list.filter((_, j) => j !== i))}
                  data-testid={`area-remove-${row.code}`}
                >
                  {t('areas.remove')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="button-row">
        <button type="button" className="button" onClick={() => setRows((list) => [...list, { code: '', label: '', short: '' }])} data-testid="area-add">
          {t('areas.add')}
        </button>
        <button type="button" className="button" onClick={() => setRows(DEFAULT_REFORM_AREAS)}>
          {t('areas.reset')}
        </button>
        <SubmitButton busy={busy} label={t('areas.save')} busyLabel={t('common.saving')} testId="area-save" />
      </div>
    </form>
  );
}
