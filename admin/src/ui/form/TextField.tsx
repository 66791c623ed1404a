import { Field, type ValueFieldProps } from './Field.tsx';

interface TextFieldProps extends ValueFieldProps {
  /** The schema's limit: shows a counter. */
  max?: number;
  /** Rows of a textarea; absent = one-line input. */
  rows?: number;
  type?: 'text' | 'url' | 'date' | 'number';
  inputMode?: 'text' | 'url' | 'numeric' | 'decimal';
  placeholder?: string;
}

/** A labelled text input or textarea wired to its hint, counter and error (the common case of `Field`). */
export function TextField({ name, label, value, onChange, error, hint, max, rows, type = 'text', inputMode, placeholder, className }: TextFieldProps) {
  return (
    <Field
      name={name}
      label={label}
      hint={hint}
      error={error}
      className={className}
      {...(max ? { counter: { count: value.length, max } } : {})}
    >
      {(control) =>
        rows ? (
          <textarea {...control} rows={rows} value={value} placeholder={placeholder} onChange={(e) => onChange(e.target.value)} />
        ) : (
          <input
            {...control}
            type={type}
            inputMode={inputMode}
            placeholder={placeholder}
            value={value}
            onChange={(e) => onChange(e.target.value)}
          />
        )
      }
    </Field>
  );
}
