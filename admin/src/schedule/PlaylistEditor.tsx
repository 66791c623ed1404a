import { playlistInput, type Playlist } from '@bangtin/shared';
import { useVersionedForm } from '../ui/form/useVersionedForm.ts';
import { validateWith } from '../ui/form/validation.ts';
import type { ContentChoice } from './useContentChoices.ts';
import { useI18n } from '../i18nContext.tsx';
import { useApi } from '../session.tsx';
import { useToast } from '../ui/Toast.tsx';
import { Field } from '../ui/form/Field.tsx';
import { FormAlert } from '../ui/form/FormAlert.tsx';
import { OrderedContentList } from './OrderedContentList.tsx';
import { SubmitButton } from '../ui/form/SubmitButton.tsx';

interface PlaylistEditorProps {
  playlist: Playlist | null;
  content: { pickable: readonly ContentChoice[]; byId: ReadonlyMap<string, ContentChoice> };
  onSaved: (playlist: Playlist) => void;
  onDelete: ((playlist: Playlist) => void) | null;
  onReload: () => Promise<Playlist | null>;
}

const toValues = (playlist: Playlist | null) => ({ name: playlist?.name ?? '', contentIds: playlist?.contentIds ?? [] });

/** Name and ordered items of one playlist; saved with its version (409 when someone else saved first). */
export function PlaylistEditor({ playlist, content, onSaved, onDelete, onReload }: PlaylistEditorProps) {
  const api = useApi();
  const { t } = useI18n();
  const toast = useToast();
  const form = useVersionedForm({ stored: playlist, toValues, conflictMessage: 'schedule.conflict', focusScope: '.playlist-editor' });
  const { stored, values, errors, update } = form;
  const saving = form.saving !== null;

  const save = () =>
    form.submit({
      check: (current, item) => validateWith(playlistInput, { ...current, ...(item ? { baseVersion: item.version } : {}) }, t),
      send: (input, item) => (item ? api.playlists.update(item.id, input) : api.playlists.create(input)),
      onSaved: (saved) => {
        toast(t('playlist.saved', { name: saved.name }));
        onSaved(saved);
      },
    });

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
        message={form.formError}
        conflict={form.conflict}
        remoteVersion={null}
        onReload={() => void onReload().then((latest) => latest && form.adopt(latest))}
      />
      <Field name="playlist-name" label={t('playlist.name')} error={errors.name}>
        {(control) => <input {...control} type="text" value={values.name} onChange={(e) => update({ name: e.target.value })} />}
      </Field>
      <div className={`field${errors.contentIds ? ' field--invalid' : ''}`}>
        <span className="field__label">{t('playlist.items')}</span>
        <OrderedContentList
          value={values.contentIds}
          choices={content.pickable}
          byId={content.byId}
          onChange={(contentIds) => update({ contentIds })}
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
        <SubmitButton busy={saving} label={t('playlist.save')} busyLabel={t('editor.saving')} testId="playlist-save" />
      </div>
    </form>
  );
}
