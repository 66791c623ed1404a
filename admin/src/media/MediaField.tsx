import { useState } from 'react';
import { useI18n } from '../i18nContext.tsx';
import { Field, type ValueFieldProps } from '../ui/form/Field.tsx';
import { MediaPicker } from './MediaPicker.tsx';
import { MediaPickRow } from './MediaPickRow.tsx';

interface MediaFieldProps extends ValueFieldProps {
  /** A poster slide may show a page of a PDF from the library. */
  withPdfPages?: boolean;
}

/**
 * A picture chosen from the media library (thumbnail grid), shown as a thumbnail — no `/media/…` path to type.
 * A picture on the web can still be pasted as an https address, behind a disclosure.
 */
export function MediaField({ name, label, value, onChange, error, hint, className, withPdfPages = false }: MediaFieldProps) {
  const { t } = useI18n();
  const [picking, setPicking] = useState(false);
  const fromWeb = /^https?:\/\//i.test(value);
  return (
    <Field name={name} label={label} hint={hint} error={error} className={className}>
      {(control) => (
        <div className="media-field">
          <MediaPickRow
            control={control}
            thumb={value ? <img src={value} alt={t('field.imageCurrent')} /> : <span>{t('field.imageNone')}</span>}
            thumbTestId={`${name}-thumb`}
            pickLabel={t(value ? 'field.imageChange' : 'field.imagePick')}
            pickTestId={`${name}-pick`}
            onPick={() => setPicking(true)}
          >
            {value && (
              <button type="button" className="button button--quiet-danger" onClick={() => onChange('')} data-testid={`${name}-remove`}>
                {t('field.imageRemove')}
              </button>
            )}
          </MediaPickRow>
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
