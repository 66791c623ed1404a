import { LabelledControl } from './LabelledControl.tsx';

interface SearchControlProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  testId?: string;
}

/** The labelled search box of a list's filters (each keystroke filters; the list debounces if it must). */
export function SearchControl({ id, label, value, onChange, placeholder, testId }: SearchControlProps) {
  return (
    <LabelledControl id={id} label={label}>
      <input id={id} type="search" placeholder={placeholder} value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId} />
    </LabelledControl>
  );
}
