import type { ReactNode } from 'react';
import { useI18n } from '../../i18nContext.tsx';

interface RowListProps<R> {
  /** Field path of the list ("steps"): names test ids and finds the list's own error. */
  name: string;
  legend: string;
  /** What one row is called in button labels ("bước", "giấy tờ"). */
  what: string;
  rows: readonly R[];
  onChange: (rows: R[]) => void;
  blank: () => R;
  /** The list's own error ("at least one step"), not a row's. */
  error?: string | undefined;
  max: number;
  renderRow: (row: R, index: number, set: (patch: Partial<R>) => void) => ReactNode;
}

/** A repeatable group of fields (steps, documents, legal texts): add, remove, reorder, each row numbered. */
export function RowList<R>({ name, legend, what, rows, onChange, blank, error, max, renderRow }: RowListProps<R>) {
  const { t } = useI18n();
  const set = (index: number, patch: Partial<R>) => onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const move = (index: number, by: number) => {
    const next = [...rows];
    const [row] = next.splice(index, 1);
    if (row !== undefined) next.splice(index + by, 0, row);
    onChange(next);
  };
  return (
    <fieldset className={`row-list${error ? ' field--invalid' : ''}`} data-testid={`rows-${name}`}>
      <legend className="field__label">{legend}</legend>
      {rows.length === 0 && <p className="muted">{t('rows.empty')}</p>}
      <ol className="row-list__rows">
        {rows.map((row, index) => (
          <li className="row-list__row" key={index}>
            <div className="row-list__fields">{renderRow(row, index, (patch) => set(index, patch))}</div>
            <div className="row-list__actions">
              <button
                type="button"
                className="button button--small"
                disabled={index === 0}
                aria-label={t('rows.moveUp', { what, n: index + 1 })}
                onClick={() => move(index, -1)}
              >
                ↑
              </button>
              <button
                type="button"
                className="button button--small"
                disabled={index === rows.length - 1}
                aria-label={t('rows.moveDown', { what, n: index + 1 })}
                onClick={() => move(index, 1)}
              >
                ↓
              </button>
              <button
                type="button"
                className="button button--small button--quiet-danger"
                aria-label={t('rows.removeLabel', { what, n: index + 1 })}
                onClick={() => onChange(rows.filter((_, i) => i !== index))}
                data-testid={`remove-${name}-${index}`}
              >
                {t('rows.remove')}
              </button>
            </div>
          </li>
        ))}
      </ol>
      {error && (
        <p className="field__error" data-testid={`error-${name}`}>
          {error}
        </p>
      )}
      {rows.length < max && (
        <button type="button" className="button" onClick={() => onChange([...rows, blank()])} data-testid={`add-${name}`}>
          {t('rows.add', { what })}
        </button>
      )}
    </fieldset>
  );
}
