import { useI18n } from '../../i18nContext.tsx';
import { Field } from './Field.tsx';

interface SlideSecondsFieldProps {
  value: string;
  onChange: (value: string) => void;
  hint: string;
  error?: string | undefined;
  className?: string;
  /** What an empty box means (the content editor shows the reading-time estimate). */
  placeholder?: string;
  step?: number;
}

/** How long a slide stays up, 3–600 seconds (the shared schemas' limits); empty = the automatic duration. */
export function SlideSecondsField({ value, onChange, hint, error, className, placeholder, step }: SlideSecondsFieldProps) {
  const { t } = useI18n();
  return (
    <Field name="durationSeconds" label={t('field.durationSeconds')} hint={hint} error={error} className={className}>
      {(control) => (
        <input
          {...control}
          type="number"
          inputMode="numeric"
          min={3}
          max={600}
          step={step}
          placeholder={placeholder}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}
