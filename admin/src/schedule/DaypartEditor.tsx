import { daypartList, type Daypart } from '@bangtin/shared';
import { useVersionedForm } from '../ui/form/useVersionedForm.ts';
import { validateWith } from '../ui/form/validation.ts';
import { useI18n } from '../i18nContext.tsx';
import { crossesMidnight } from './describe.ts';
import { suggestSlug } from '../screens/slug.ts';
import { useApi } from '../session.tsx';
import { useToast } from '../ui/Toast.tsx';
import { DEFAULT_DAYPARTS } from './WeeklyRuleFields.tsx';

/** A unique id for a new preset from its name ("Giờ ăn trưa" → "gio-an-trua", "-2" if taken). */
function idFor(name: string, taken: ReadonlySet<string>): string {
  const base = suggestSlug(name) || 'khung-gio';
  let candidate = base;
  for (let n = 2; taken.has(candidate); n++) candidate = `${base}-${n}`;
  return candidate;
}

/** The named windows offered as one-click buttons in the schedule form ("Giờ đón trẻ 06:45–08:00"). */
export function DaypartEditor({ dayparts, onSaved }: { dayparts: readonly Daypart[]; onSaved: (list: Daypart[]) => void }) {
  const api = useApi();
  const { t } = useI18n();
  const toast = useToast();
  // The whole list is one stored value; the server keeps no version for it (last save wins).
  const form = useVersionedForm<Daypart[], Daypart[]>({
    stored: [...(dayparts.length > 0 ? dayparts : DEFAULT_DAYPARTS)],
    toValues: (list) => [...(list ?? [])],
    leaveGuard: false,
    focusScope: '.daypart-editor',
  });
  const { values: rows, setValues: setRows, errors, formError } = form;
  const saving = form.saving !== null;

  const setRow = (index: number, patch: Partial<Daypart>) => setRows(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));

  // New rows get their id from the name when saved; existing ids never change (entries do not refer to them).
  const withIds = (list: readonly Daypart[]) => {
    const taken = new Set<string>();
    return list.map((row) => {
      const id = row.id || idFor(row.name, taken);
      taken.add(id);
      return { ...row, id };
    });
  };

  const save = () =>
    form.submit({
      check: (list) => validateWith(daypartList, withIds(list), t),
      send: (input) => api.dayparts.save(input),
      onSaved: (saved) => {
        toast(t('daypart.saved'));
        onSaved(saved);
      },
    });

  return (
    <section className="form-section daypart-editor" aria-labelledby="daypart-title" data-testid="daypart-editor">
      <h2 id="daypart-title" className="form-section__heading">
        {t('daypart.title')}
      </h2>
      <p className="muted">{t('daypart.intro')}</p>
      {formError && (
        <p className="alert alert--error" role="alert">
          {formError}
        </p>
      )}
      <ol className="daypart-list">
        {rows.map((row, index) => {
          const error = errors[`${index}.name`] ?? errors[`${index}.start`] ?? errors[`${index}.end`] ?? errors[`${index}`];
          return (
            <li key={index} className="daypart-row" data-testid="daypart-row">
              <label className="field daypart-row__name">
                <span className="field__label">{t('daypart.name')}</span>
                <input type="text" value={row.name} aria-invalid={Boolean(errors[`${index}.name`])} onChange={(e) => setRow(index, { name: e.target.value })} />
              </label>
              <label className="field">
                <span className="field__label">{t('schedule.windowStart')}</span>
                <input type="text" inputMode="numeric" placeholder="HH:MM" maxLength={5} autoComplete="off" value={row.start} aria-invalid={Boolean(errors[`${index}.start`])} onChange={(e) => setRow(index, { start: e.target.value })} />
              </label>
              <label className="field">
                <span className="field__label">{t('schedule.windowEnd')}</span>
                <input type="text" inputMode="numeric" placeholder="HH:MM" maxLength={5} autoComplete="off" value={row.end} aria-invalid={Boolean(errors[`${index}.end`])} onChange={(e) => setRow(index, { end: e.target.value })} />
              </label>
              <button
                type="button"
                className="button button--quiet-danger daypart-row__remove"
                onClick={() => setRows(rows.filter((_, i) => i !== index))}
                aria-label={t('daypart.remove', { name: row.name || String(index + 1) })}
              >
                ✕
              </button>
              {row.start && row.end && crossesMidnight(row) && <p className="window-row__note">{t('schedule.overnight', { end: row.end })}</p>}
              {error && <p className="field__error daypart-row__error">{error}</p>}
            </li>
          );
        })}
      </ol>
      <div className="button-row">
        <button type="button" className="button" onClick={() => setRows([...rows, { id: '', name: '', start: '11:00', end: '12:00' }])} data-testid="daypart-add">
          + {t('daypart.add')}
        </button>
        <button type="button" className="button button--primary" disabled={saving} onClick={() => void save()} data-testid="daypart-save">
          {saving ? t('editor.saving') : t('daypart.save')}
        </button>
      </div>
    </section>
  );
}
