import { useState, type FormEvent } from 'react';
import { unitUpdate, type UnitSummary } from '@bangtin/shared';
import { Options } from '../ui/form/Options.tsx';
import { useVersionedForm } from '../ui/form/useVersionedForm.ts';
import { checkWith } from '../ui/form/validation.ts';
import { usePageKit } from '../ui/hooks/usePageKit.ts';
import { kindKey, MEMBER_KINDS, memberKind } from './kinds.ts';

const valuesOf = (unit: UnitSummary | null) => ({ name: unit?.name ?? '', kind: memberKind(unit?.kind ?? 'school') });

/** One member unit: its name and kind (editable in place), its addresses, and how many screens and accounts it has. */
export function UnitRow({ unit, onSaved }: { unit: UnitSummary; onSaved: (saved: UnitSummary) => void }) {
  const { t } = usePageKit();
  const [editing, setEditing] = useState(false);
  return (
    <tr data-testid="unit-row" data-slug={unit.slug}>
      <td className="content-table__title">
        {editing ? (
          <UnitEditForm
            unit={unit}
            onDone={(saved) => {
              if (saved) onSaved(saved);
              setEditing(false);
            }}
          />
        ) : (
          <>
            <strong data-testid="unit-name">{unit.name}</strong>
            <div className="muted">{t(kindKey(unit.kind))}</div>
          </>
        )}
      </td>
      <td data-label={t('units.colAddress')}>
        {/* One block: on a phone the cell is a row beside its label, and the address keeps its width. */}
        <div>
          <code>/{unit.slug}</code>
          <div className="unit-links">
            <a href={`${unit.base}/admin/`} data-testid="unit-console">
              {t('units.openConsole')}
            </a>
            <a href={`${unit.base}/thong-bao`} target="_blank" rel="noopener" data-testid="unit-public">
              {t('units.openPublic')}
            </a>
          </div>
        </div>
      </td>
      <td className="numeric" data-label={t('units.colScreens')}>
        {unit.screens}
      </td>
      <td className="numeric" data-label={t('units.colUsers')}>
        {unit.users}
      </td>
      <td data-label={t('units.colActions')}>
        {!editing && (
          <button type="button" className="button button--small" onClick={() => setEditing(true)} data-testid="unit-edit">
            {t('units.edit')}
          </button>
        )}
      </td>
    </tr>
  );
}

/** Name and kind; the address name never changes (it is printed on posters and QR codes). */
function UnitEditForm({ unit, onDone }: { unit: UnitSummary; onDone: (saved: UnitSummary | null) => void }) {
  const { api, t, toast } = usePageKit();
  const form = useVersionedForm<UnitSummary, ReturnType<typeof valuesOf>>({
    stored: unit,
    toValues: valuesOf,
    leaveGuard: false,
    invalidMessage: null,
    focusScope: '.unit-edit',
    onMessage: (message) => toast(message, 'error'),
  });
  const { values, update, errors } = form;
  const save = (event: FormEvent) => {
    event.preventDefault();
    void form.submit({
      check: (input) => checkWith(unitUpdate, input),
      send: (input) => api.units.update(unit.id, input),
      onSaved: (saved) => {
        toast(t('units.saved', { name: saved.name }), 'success');
        onDone(saved);
      },
    });
  };
  return (
    <form className="unit-edit" onSubmit={save} noValidate>
      <input
        aria-label={t('units.name')}
        aria-invalid={Boolean(errors.name)}
        value={values.name}
        onChange={(e) => update({ name: e.target.value })}
        data-testid="unit-edit-name"
      />
      {errors.name && <p className="field__error">{errors.name}</p>}
      <select aria-label={t('units.kind')} value={values.kind} onChange={(e) => update({ kind: memberKind(e.target.value) })} data-testid="unit-edit-kind">
        <Options values={MEMBER_KINDS} label={(kind) => t(kindKey(kind))} />
      </select>
      <div className="button-row">
        <button type="button" className="button button--small" onClick={() => onDone(null)}>
          {t('units.cancel')}
        </button>
        <button type="submit" className="button button--small button--primary" disabled={form.saving !== null} data-testid="unit-edit-save">
          {form.saving ? t('units.saving') : t('units.save')}
        </button>
      </div>
    </form>
  );
}
