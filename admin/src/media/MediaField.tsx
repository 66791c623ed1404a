import { useState } from 'react';
import { useI18n } from '../i18nContext.tsx';
import { Field } from '../ui/form/Field.tsx';
import { MediaPicker } from './MediaPicker.tsx';

interface MediaFieldProps {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: string | undefined;
  /** A poster slide may show a page of a PDF from the library. */
  withPdfPages?: boolean;
}

/**
 * A picture chosen from the media library (thumbnail grid), shown as a thumbnail — no `/media/…` path to type.
 * A picture on the web can still be pasted as an https address, behind a disclosure.
 */
export function MediaField({ name, label, value, onChange, error, hint, withPdfPages = false }: MediaFieldProps) {
  const { t } = useI18n();
  const [picking, setPicking] = useState(false);
  const fromWeb = /^https?:\/\//i.test(value);
  return (
    <Field name={name} label={label} hint={hint} error={error}>
      {(control) => (
        <div className="media-field">
          <div className="media-field__row">
            <div className="media-field__thumb" data-testid={`${name}-thumb`}>
              {value ? <img src={value} alt={t('field.imageCurrent')} /> : <span>{t('field.imageNone')}</span>}
            </div>
            <button
              type="button"
              className="button"
              id={control.id}
              aria-invalid={control['aria-invalid']}
              aria-describedby={control['aria-describedby']}
              onClick={() => setPicking(true)}
              data-testid={`${name}-pick`}
            >
              {t(value ? 'field.imageChange' : 'field.imagePick')}
            </button>
            {value && (
              <button type="button" className="button button--quiet-danger" onClick={() => onChange('')} data-testid={`${name}-remove`}>
                {t('field.imageRemove')}
              </button>
            )}
          </div>
          <details className="media-field__link" open={fromWeb || undefined}>
            <summary>{t('field.imageLink')}</summary>
            <input
              type="url"
              inputMode="url"
              placeholder="https://"
              aria-label={t('field.imageLink')}
              value={fromWeb ? value : ''}
              onChange={(e) => onChange(e.target.value)}
              data-testid={control['data-testid']}
            />
          </details>
          {picking && (
            <MediaPicker
              title={t('field.imageDialog')}
              withPdfPages={withPdfPages}
              onClose={() => setPicking(false)}
              onPick={(url) => {
                onChange(url);
                setPicking(false);
              }}
            />
          )}
        </div>
      )}
    </Field>
  );
}
