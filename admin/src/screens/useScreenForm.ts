import { useState } from 'react';
import { screenInput, type Screen, type ScreenInput } from '@bangtin/shared';
import { ApiFailure } from '../api/http.ts';
import { useToast } from '../ui/Toast.tsx';
import { detailsToErrors, validateWith, type FieldErrors } from '../content/validation.ts';
import { useI18n } from '../i18nContext.tsx';
import { suggestSlug } from './slug.ts';
import { useApi } from '../session.tsx';
import { useFailureMessage } from '../ui/hooks/useFailureMessage.ts';
import { useLeaveGuard } from '../ui/hooks/useLeaveGuard.ts';

const EMPTY: ScreenInput = {
  slug: '',
  name: '',
  location: '',
  orientation: 'landscape',
  profile: 'gate',
  group: '',
  defaultPlaylistId: null,
};

const valuesOf = (screen: Screen | null): ScreenInput =>
  screen
    ? {
        slug: screen.slug,
        name: screen.name,
        location: screen.location,
        orientation: screen.orientation,
        profile: screen.profile,
        group: screen.group,
        defaultPlaylistId: screen.defaultPlaylistId,
      }
    : EMPTY;

/**
 * Adding or editing one screen: validate with the shared `screenInput` → POST or PUT → map the server's field
 * details (a taken slug is a 409 on `slug`). For a new screen the slug follows the name until typed in.
 */
export function useScreenForm(screen: Screen | null, onSaved: (screen: Screen) => void) {
  const api = useApi();
  const toast = useToast();
  const failureMessage = useFailureMessage();
  const { t, language } = useI18n();
  const [baseline] = useState(() => valuesOf(screen));
  const [values, setValues] = useState(baseline);
  const [slugTouched, setSlugTouched] = useState(screen !== null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const dirty = JSON.stringify(values) !== JSON.stringify(baseline);
  useLeaveGuard(dirty);

  const update = (patch: Partial<ScreenInput>) => {
    if (patch.slug !== undefined) setSlugTouched(true);
    setValues((current) => {
      const next = { ...current, ...patch };
      if (patch.name !== undefined && !slugTouched) next.slug = suggestSlug(patch.name);
      return next;
    });
  };

  const fail = (error: unknown) => {
    setFormError(failureMessage(error));
    if (!(error instanceof ApiFailure) || error.details.length === 0) return;
    const fieldErrors = detailsToErrors(error.details);
    // Server field messages are Vietnamese; the one an English reader most needs is the taken slug.
    if (error.code === 'CONFLICT' && fieldErrors.slug && language === 'en') fieldErrors.slug = t('form.slugTaken');
    setErrors(fieldErrors);
    focusFirstInvalid();
  };

  const save = async () => {
    const checked = validateWith(screenInput, values, t);
    if (!checked.ok) {
      setErrors(checked.errors);
      setFormError(t('editor.fixErrors'));
      focusFirstInvalid();
      return;
    }
    setSaving(true);
    setErrors({});
    setFormError(null);
    try {
      const saved = screen ? await api.screens.update(screen.id, checked.input) : await api.screens.create(checked.input);
      toast(t(screen ? 'form.updated' : 'form.created', { name: saved.name }));
      onSaved(saved);
    } catch (error) {
      fail(error);
    } finally {
      setSaving(false);
    }
  };

  return { values, update, errors, formError, saving, save };
}

function focusFirstInvalid() {
  requestAnimationFrame(() => document.querySelector<HTMLElement>('.screen-form [aria-invalid="true"]')?.focus());
}
