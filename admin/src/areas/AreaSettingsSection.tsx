import { DEFAULT_REFORM_AREAS, areaSettingsUpdate, type ReformArea } from '@bangtin/shared';
import { useApi } from '../session.tsx';
import { EditableTable } from '../ui/form/EditableTable.tsx';
import { SubmitButton } from '../ui/form/SubmitButton.tsx';
import { SettingsForm } from '../ui/form/SettingsForm.tsx';
import { useVersionedForm } from '../ui/form/useVersionedForm.ts';
import { issuesText } from '../ui/form/validation.ts';
import { useLoad } from '../ui/hooks/useLoad.ts';
import { usePageKit } from '../ui/hooks/usePageKit.ts';
import { WhenLoaded } from '../ui/Status.tsx';

/** Cài đặt → Lĩnh vực CCHC: the plan's sections content is filed under; the server refuses removing one in use. */
export function AreaSettingsSection() {
  const api = useApi();
  const loaded = useLoad('reform-areas-settings', () => api.areas.list());
  return <WhenLoaded load={loaded}>{(areas) => <AreaListForm stored={areas} />}</WhenLoaded>;
}

function AreaListForm({ stored }: { stored: ReformArea[] }) {
  const { api, t, toast } = usePageKit();
  // The whole list is one stored value; the page never asked before leaving, and still does not.
  const form = useVersionedForm<ReformArea[], ReformArea[]>({ stored, toValues: (list) => list ?? [], leaveGuard: false, focusScope: '[data-testid="area-settings"]' });
  const { values: rows, setValues: setRows } = form;
  const edit = (index: number, patch: Partial<ReformArea>) => setRows((list) => list.map((row, i) => (i === index ? { ...row, ...patch } : row)));

  const save = () => {
    const parsed = areaSettingsUpdate.safeParse({ areas: rows });
    if (!parsed.success) return form.setFormError(issuesText(parsed.error.issues));
    void form.run('save', () => api.areas.save(parsed.data.areas), () => toast(t('areas.saved')));
  };

  return (
    <SettingsForm testId="area-settings" title={t('areas.settingsTitle')} intro={t('areas.settingsIntro')} error={form.formError} errorTestId="area-settings-error" onSubmit={save}>
      <EditableTable
        className="area-list"
        columns={[{ label: t('areas.code'), className: 'area-list__code' }, { label: t('areas.short'), className: 'area-list__short' }, t('areas.label')]}
        rows={rows}
        rowTestId="area-row"
        cells={(row, i) => (
          <>
            <td>
              <input aria-label={`${t('areas.code')} ${i + 1}`} value={row.code} onChange={(e) => edit(i, { code: e.target.value })} maxLength={20} />
            </td>
            <td>
              <input aria-label={`${t('areas.short')} ${row.code}`} value={row.short} onChange={(e) => edit(i, { short: e.target.value })} maxLength={60} />
            </td>
            <td>
              <input aria-label={`${t('areas.label')} ${row.code}`} value={row.label} onChange={(e) => edit(i, { label: e.target.value })} maxLength={200} />
            </td>
          </>
        )}
        removeText={t('areas.remove')}
        removeButton={(row) => ({ label: t('areas.removeLabel', { code: row.code }), testId: `area-remove-${row.code}` })}
        onRemove={(i) => setRows((list) => list.filter((_, j) => j !== i))}
      />
      <div className="button-row">
        <button type="button" className="button" onClick={() => setRows((list) => [...list, { code: '', label: '', short: '' }])} data-testid="area-add">
          {t('areas.add')}
        </button>
        <button type="button" className="button" onClick={() => setRows(DEFAULT_REFORM_AREAS)}>
          {t('areas.reset')}
        </button>
        <SubmitButton busy={form.saving !== null} label={t('areas.save')} busyLabel={t('common.saving')} testId="area-save" />
      </div>
    </SettingsForm>
  );
}
