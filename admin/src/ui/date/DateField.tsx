import { Field, type ValueFieldProps } from '../form/Field.tsx';
import { DateInput } from './DateInput.tsx';

interface DateFieldProps extends ValueFieldProps {
  min?: string | undefined;
}

/** A labelled dd/mm/yyyy date (the common case of `Field` + `DateInput`). */
export function DateField({ name, label, value, onChange, error, hint, min, className }: DateFieldProps) {
  return (
    <Field name={name} label={label} hint={hint} error={error} className={className}>
      {(control) => <DateInput {...control} value={value} min={min} onChange={onChange} />}
    </Field>
  );
}
