import { useState } from 'react';
import { screenInput, type Screen, type ScreenInput } from '@bangtin/shared';
import { useToast } from '../ui/Toast.tsx';
import { useVersionedForm } from '../ui/form/useVersionedForm.ts';
import { validateWith } from '../ui/form/validation.ts';
import { useI18n } from '../i18nContext.tsx';
import { suggestSlug } from './slug.ts';
import { useApi } from '../session.tsx';

const EMPTY: ScreenInput = {
  slug: '',
  name: '',
  location: '',
  orientation: 'landscape',
  profile: 'gate',
  group: '',
  defaultPlaylistId: null,
  powerSchedule: [],
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
        powerSchedule: screen.powerSchedule ?? [],
      }
    : EMPTY;

/**
 * Adding or editing one screen: validate with the shared `screenInput` → POST or PUT → map the server's field
 * details (a taken slug is a 409 on `slug`). For a new screen the slug follows the name until typed in.
 */
export function useScreenForm(screen: Screen | null, onSaved: (screen: Screen) => void) {
  const api = useApi();
  const toast = useToast();
  const { t, language } = useI18n();
  const form = useVersionedForm({
    stored: screen,
    toValues: valuesOf,
    focusScope: '.screen-form',
    // Server field messages are Vietnamese; the one an English reader most needs is the taken slug.
    mapErrors: (errors, failure) =>
      failure.code === 'CONFLICT' && errors.slug && language === 'en' ? { ...errors, slug: t('form.slugTaken') } : errors,
  });
  const [slugTouched, setSlugTouched] = useState(screen !== null);

  const update = (patch: Partial<ScreenInput>) => {
    if (patch.slug !== undefined) setSlugTouched(true);
    form.setValues((current) => {
      const next = { ...current, ...patch };
      if (patch.name !== undefined && !slugTouched) next.slug = suggestSlug(patch.name);
      return next;
    });
  };

  const save = () =>
    form.submit({
      check: (values) => validateWith(screenInput, values, t),
      send: (input) => (screen ? api.screens.update(screen.id, input) : api.screens.create(input)),
      onSaved: (saved) => {
        toast(t(screen ? 'form.updated' : 'form.created', { name: saved.name }));
        onSaved(saved);
      },
    });

  return { values: form.values, update, errors: form.errors, formError: form.formError, saving: form.saving !== null, save };
}
