import { useState } from 'react';
import { scheduleInput, type ScheduleEntry, type ScheduleWarning } from '@bangtin/shared';
import { useToast } from '../ui/Toast.tsx';
import { useVersionedForm } from '../ui/form/useVersionedForm.ts';
import { validateWith } from '../ui/form/validation.ts';
import { useI18n } from '../i18nContext.tsx';
import { candidateOf, EMPTY_SCHEDULE, valuesOfEntry, type ScheduleFormValues } from './formValues.ts';
import type { ContentChoice } from './useContentChoices.ts';
import { useApi } from '../session.tsx';

const toValues = (entry: ScheduleEntry | null) => (entry ? valuesOfEntry(entry) : EMPTY_SCHEDULE);

/** A new entry for one item: named after it, on the screens it is assigned to, during the school's pick-up hours. */
function valuesFor(choice: ContentChoice): ScheduleFormValues {
  const screens = choice.item.screens;
  const assigned = screens !== 'all' && screens.length > 0;
  return {
    ...EMPTY_SCHEDULE,
    name: choice.label.slice(0, 120),
    contentIds: [choice.id],
    allScreens: !assigned,
    screenIds: assigned ? [...screens] : [],
    windows: [{ start: '06:45', end: '08:00' }],
  };
}

/**
 * One schedule entry: validate with the shared schema → POST or PUT (with baseVersion) → show the server's
 * warnings (never blocking) or its field errors; a stale save is a 409 and keeps the office's edits on screen.
 */
export function useScheduleForm(entry: ScheduleEntry | null, onStored: (entry: ScheduleEntry) => void, forChoice?: ContentChoice) {
  const api = useApi();
  const toast = useToast();
  const { t } = useI18n();
  const form = useVersionedForm({ stored: entry, toValues: (e: ScheduleEntry | null) => (e || !forChoice ? toValues(e) : valuesFor(forChoice)), conflictMessage: 'schedule.conflict', focusScope: '.schedule-form' });
  const [warnings, setWarnings] = useState<ScheduleWarning[] | null>(null);

  const save = () => {
    setWarnings(null);
    return form.submit({
      check: (values, stored) => validateWith(scheduleInput, candidateOf(values, stored?.version), t),
      send: async (input, stored) => {
        const result = stored ? await api.schedules.update(stored.id, input) : await api.schedules.create(input);
        setWarnings(result.warnings);
        return result.entry;
      },
      onSaved: (saved) => {
        toast(t(form.stored ? 'schedule.updated' : 'schedule.created', { name: saved.name }));
        onStored(saved);
      },
    });
  };

  const [unassigning, setUnassigning] = useState(false);
  /** "Bỏ gán trực tiếp": the saved entry's items leave the base rotation where the entry plays; the warnings refresh. */
  const unassignDirect = async () => {
    if (!form.stored) return;
    setUnassigning(true);
    try {
      const result = await api.schedules.unassignDirect(form.stored.id);
      setWarnings(result.warnings);
      toast(t('schedule.unassigned', { n: result.changed.length }));
    } catch (error) {
      toast(error instanceof Error ? error.message : String(error), 'error');
    } finally {
      setUnassigning(false);
    }
  };

  return { ...form, warnings, saving: form.saving !== null, save, unassigning, unassignDirect };
}
