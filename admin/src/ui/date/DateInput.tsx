import { calendarDate } from '@bangtin/shared';
import { useRef, useState, type KeyboardEvent } from 'react';
import { useI18n } from '../../i18nContext.tsx';
import { useTimeZone } from '../../school.tsx';
import { CalendarPopover } from './CalendarPopover.tsx';
import { isoToText, maskDateText, textToIso, valueOfText } from './dateText.ts';

export interface DateInputProps {
  id: string;
  /** ISO yyyy-mm-dd, '' for none, or a half-typed text the form has not accepted. */
  value: string;
  onChange: (value: string) => void;
  name?: string;
  /** Earliest day the calendar offers (ISO); typing an earlier one is left to the schema to refuse. */
  min?: string | undefined;
  required?: boolean;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string | undefined;
  'data-testid'?: string;
}

/**
 * A date typed and read as dd/mm/yyyy (with a calendar to pick from), never the browser's own date input: an
 * English-language Chrome would show mm/dd/yyyy there. The form receives ISO dates; a text that is not a real day
 * is handed on as it is, so the shared schema names the mistake instead of the value silently vanishing.
 */
export function DateInput({ id, value, onChange, name, min, required, ...aria }: DateInputProps) {
  const { t } = useI18n();
  const timeZone = useTimeZone();
  const [text, setText] = useState(() => isoToText(value));
  const [open, setOpen] = useState(false);
  const wrapper = useRef<HTMLDivElement>(null);

  // A new value from outside (a reload, a pick in the calendar, a reset) replaces what is shown; one the typing
  // itself produced leaves the text as typed.
  const [shownValue, setShownValue] = useState(value);
  if (value !== shownValue) {
    setShownValue(value);
    if (valueOfText(text) !== value) setText(isoToText(value));
  }

  const type = (typed: string) => {
    const masked = maskDateText(typed);
    setText(masked);
    onChange(valueOfText(masked));
  };
  const pick = (iso: string) => {
    setText(isoToText(iso));
    onChange(iso);
    setOpen(false);
    wrapper.current?.querySelector('input')?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' && event.altKey) {
      event.preventDefault();
      setOpen(true);
    }
  };
  const iso = textToIso(text);

  return (
    <div className="date-input" ref={wrapper}>
      <input
        id={id}
        name={name}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder={t('date.placeholder')}
        maxLength={10}
        required={required}
        value={text}
        onChange={(e) => type(e.target.value)}
        onBlur={() => iso && setText(isoToText(iso))}
        onKeyDown={onKeyDown}
        {...aria}
      />
      <button
        type="button"
        className="date-input__toggle"
        aria-label={t('date.openCalendar')}
        aria-expanded={open}
        aria-haspopup="dialog"
        onClick={() => setOpen((was) => !was)}
        data-testid={aria['data-testid'] ? `${aria['data-testid']}-calendar` : undefined}
      >
        <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
          <path fill="currentColor" d="M7 2h2v2h6V2h2v2h3a1 1 0 0 1 1 1v15a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V5a1 1 0 0 1 1-1h3V2Zm12 8H5v9h14v-9ZM5 6v2h14V6H5Z" />
        </svg>
      </button>
      {open && (
        <CalendarPopover
          selected={iso}
          start={iso ?? (min && min > calendarDate(new Date(), timeZone) ? min : calendarDate(new Date(), timeZone))}
          today={calendarDate(new Date(), timeZone)}
          min={min}
          onPick={pick}
          onClose={() => setOpen(false)}
        />
      )}
    </div>
  );
}
