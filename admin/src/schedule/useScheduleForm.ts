import { useCallback, useState } from 'react';
import { scheduleInput, type ScheduleEntry, type ScheduleWarning } from '@bangtin/shared';
import { ApiFailure } from '../api/http.ts';
import { useToast } from '../ui/Toast.tsx';
import { detailsToErrors, validateWith, type FieldErrors } from '../content/validation.ts';
import { useI18n } from '../i18nContext.tsx';
import { candidateOf, EMPTY_SCHEDULE, valuesOfEntry, type ScheduleFormValues } from './formValues.ts';
import { useApi } from '../session.tsx';
import { useFailureMessage } from '../ui/hooks/useFailureMessage.ts';
import { useLeaveGuard } from '../ui/hooks/useLeaveGuard.ts';

/**
 * One schedule entry: validate with the shared schema → POST or PUT (with baseVersion) → show the server's
 * warnings (never blocking) or its field errors; a stale save is a 409 and keeps the office's edits on screen.
 */
export function useScheduleForm(entry: ScheduleEntry | null, onStored: (entry: ScheduleEntry) => void) {
  const api = useApi();
  const toast = useToast();
  const failureMessage = useFailureMessage();
  const { t } = useI18n();
  const [stored, setStored] = useState(entry);
  const [baseline, setBaseline] = useState(() => (entry ? valuesOfEntry(entry) : EMPTY_SCHEDULE));
  const [values, setValues] = useState(baseline);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const [warnings, setWarnings] = useState<ScheduleWarning[] | null>(null);
  const [saving, setSaving] = useState(false);

  const dirty = JSON.stringify(values) !== JSON.stringify(baseline);
  useLeaveGuard(dirty && !saving);

  const update = useCallback((patch: Partial<ScheduleFormValues>) => setValues((current) => ({ ...current, ...patch })), []);

  /** After a conflict: take the newest stored version and drop the office's edits (they asked to). */
  const adopt = useCallback((next: ScheduleEntry) => {
    const nextValues = valuesOfEntry(next);
    setStored(next);
    setBaseline(nextValues);
    setValues(nextValues);
    setErrors({});
    setFormError(null);
    setConflict(false);
  }, []);

  const save = async () => {
    setWarnings(null);
    const checked = validateWith(scheduleInput, candidateOf(values, stored?.version), t);
    if (!checked.ok) {
      setErrors(checked.errors);
      setFormError(t('editor.fixErrors'));
      setConflict(false);
      focusFirstInvalid();
      return;
    }
    setSaving(true);
    setErrors({});
    setFormError(null);
    setConflict(false);
    try {
      const result = stored ? await api.schedules.update(stored.id, checked.input) : await api.schedules.create(checked.input);
      const savedValues = valuesOfEntry(result.entry);
      setStored(result.entry);
      setBaseline(savedValues);
      setValues(savedValues);
      setWarnings(result.warnings);
      toast(t(stored ? 'schedule.updated' : 'schedule.created', { name: result.entry.name }));
      onStored(result.entry);
    } catch (error) {
      if (error instanceof ApiFailure && error.code === 'CONFLICT') {
        setConflict(true);
        setFormError(t('schedule.conflict'));
      } else {
        if (error instanceof ApiFailure && error.details.length > 0) {
          setErrors(detailsToErrors(error.details));
          focusFirstInvalid();
        }
        setFormError(failureMessage(error));
      }
    } finally {
      setSaving(false);
    }
  };

  return { stored, values, update, errors, formError, conflict, warnings, saving, dirty, save, adopt };
}

function focusFirstInvalid() {
  requestAnimationFrame(() => document.querySelector<HTMLElement>('.schedule-form [aria-invalid="true"]')?.focus());
}
