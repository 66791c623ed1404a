import { useId, type ReactNode } from 'react';
import { useI18n } from '../../i18nContext.tsx';

/** What a field hands its input so label, hint, counter and error are all wired for screen readers. */
export interface ControlProps {
  id: string;
  name: string;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
  'data-testid': string;
}

/** What every labelled one-value field takes (text, date, picture): the `Field` around it and the value it edits. */
export interface ValueFieldProps {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: ReactNode;
  className?: string;
}

interface FieldProps {
  name: string;
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  /** Character counter for long texts; turns red past `max` (the schema's limit). */
  counter?: { count: number; max: number };
  className?: string;
  children: (control: ControlProps) => ReactNode;
}

export function Field({ name, label, hint, error, counter, className, children }: FieldProps) {
  const { t } = useI18n();
  const id = `${useId()}-${name}`;
  const hintId = hint ? `${id}-hint` : undefined;
  const counterId = counter ? `${id}-count` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId, counterId].filter(Boolean).join(' ') || undefined;
  const over = counter ? counter.count > counter.max : false;

  return (
    <div className={`field${error ? ' field--invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {children({ id, name, 'aria-invalid': Boolean(error), 'aria-describedby': describedBy, 'data-testid': `field-${name}` })}
      {(hint || counter) && (
        <div className="field__meta">
          {hint && (
            <p className="field__hint" id={hintId}>
              {hint}
            </p>
          )}
          {counter && (
            <span className={`field__counter${over ? ' field__counter--over' : ''}`} id={counterId}>
              {t('field.charCount', { count: counter.count, max: counter.max })}
            </span>
          )}
        </div>
      )}
      {error && (
        <p className="field__error" id={errorId} data-testid={`error-${name}`}>
          {error}
        </p>
      )}
    </div>
  );
}
