import { useState } from 'react';
import { playlistInput, type Playlist } from '@bangtin/shared';
import { ApiFailure } from '../api/http.ts';
import { detailsToErrors, validateWith, type FieldErrors } from '../content/validation.ts';
import type { ContentChoice } from './useContentChoices.ts';
import { useFailureMessage } from '../ui/hooks/useFailureMessage.ts';
import { useLeaveGuard } from '../ui/hooks/useLeaveGuard.ts';
import { useI18n } from '../i18nContext.tsx';
import { useApi } from '../session.tsx';
import { useToast } from '../ui/Toast.tsx';
import { Field } from '../ui/form/Field.tsx';
import { FormAlert } from '../ui/form/FormAlert.tsx';
import { OrderedContentList } from './OrderedContentList.tsx';

interface PlaylistEditorProps {
  playlist: Playlist | null;
  content: { pickable: readonly ContentChoice[]; byId: ReadonlyMap<string, ContentChoice> };
  onSaved: (playlist: Playlist) => void;
  onDelete: ((playlist: Playlist) => void) | null;
  onReload: () => Promise<Playlist | null>;
}

/** Name and ordered items of one playlist; saved with its version (409 when someone else saved first). */
export function PlaylistEditor({ playlist, content, onSaved, onDelete, onReload }: PlaylistEditorProps) {
  const api = useApi();
  const { t } = useI18n();
  const toast = useToast();
  const failureMessage = useFailureMessage();
  const [stored, setStored] = useState(playlist);
  const [baseline, setBaseline] = useState({ name: playlist?.name ?? '', contentIds: playlist?.contentIds ?? [] });
  const [values, setValues] = useState(baseline);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const [saving, setSaving] = useState(false);
  const dirty = JSON.stringify(values) !== JSON.stringify(baseline);
  useLeaveGuard(dirty && !saving);

  const adopt = (next: Playlist) => {
    const nextValues = { name: next.name, contentIds: next.contentIds };
    setStored(next);
    setBaseline(nextValues);
    setValues(nextValues);
    setErrors({});
    setFormError(null);
    setConflict(false);
  };

  const save = async () => {
    const checked = validateWith(playlistInput, { ...values, ...(stored ? { baseVersion: stored.version } : {}) }, t);
    if (!checked.ok) {
      setErrors(checked.errors);
      setFormError(t('editor.fixErrors'));
      return;
    }
    setSaving(true);
    setErrors({});
    setFormError(null);
    setConflict(false);
    try {
      const saved = stored ? await api.playlists.update(stored.id, checked.input) : await api.playlists.create(checked.input);
      adopt(saved);
      toast(t('playlist.saved', { name: saved.name }));
      onSaved(saved);
    } catch (error) {
      if (error instanceof ApiFailure && error.code === 'CONFLICT') {
        setConflict(true);
        setFormError(t('schedule.conflict'));
        return;
      }
      if (error instanceof ApiFailure && error.details.length > 0) setErrors(detailsToErrors(error.details));
      setFormError(failureMessage(error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      className="form-section playlist-editor"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
      data-testid="playlist-editor"
    >
      <h2 className="form-section__heading">{stored ? t('playlist.editTitle', { name: stored.name }) : t('playlist.newTitle')}</h2>
      <FormAlert
        message={formError}
        conflict={conflict}
        remoteVersion={null}
        onReload={() => void onReload().then((latest) => latest && adopt(latest))}
      />
      <Field name="playlist-name" label={t('playlist.name')} error={errors.name}>
        {(control) => <input {...control} type="text" value={values.name} onChange={(e) => setValues({ ...values, name: e.target.value })} />}
      </Field>
      <div className={`field${errors.contentIds ? ' field--invalid' : ''}`}>
        <span className="field__label">{t('playlist.items')}</span>
        <OrderedContentList
          value={values.contentIds}
          choices={content.pickable}
          byId={content.byId}
          onChange={(contentIds) => setValues({ ...values, contentIds })}
          testId="playlist-content"
        />
        {errors.contentIds && <p className="field__error">{errors.contentIds}</p>}
      </div>
      <div className="button-row">
        {stored && onDelete && (
          <button type="button" className="button button--quiet-danger" disabled={saving} onClick={() => onDelete(stored)} data-testid="playlist-delete">
            {t('playlist.delete')}
          </button>
        )}
        <button type="submit" className="button button--primary" disabled={saving} data-testid="playlist-save">
          {saving ? t('editor.saving') : t('playlist.save')}
        </button>
      </div>
    </form>
  );
}
