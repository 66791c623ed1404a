import { useLoad } from '../ui/hooks/useLoad.ts';
import { useI18n } from '../i18nContext.tsx';
import { useApi } from '../session.tsx';
import { Field } from '../ui/form/Field.tsx';

interface DefaultPlaylistFieldProps {
  value: string | null;
  error?: string | undefined;
  onChange: (playlistId: string | null) => void;
}

/** The screen form's "what plays when nothing is scheduled" select (playlists are made on the playlists page). */
export function DefaultPlaylistField({ value, error, onChange }: DefaultPlaylistFieldProps) {
  const { t } = useI18n();
  const api = useApi();
  const playlists = useLoad('playlists', api.playlists.list);
  const list = playlists.data ?? [];
  return (
    <Field name="defaultPlaylistId" label={t('playlist.default')} hint={t('playlist.defaultHint')} error={error}>
      {(control) => (
        <select
          {...control}
          data-testid="screen-field-defaultPlaylistId"
          value={value ?? ''}
          onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}
        >
          <option value="">{t('playlist.noDefault')}</option>
          {list.map((p) => (
            <option key={p.id} value={p.id}>
              {t('playlist.option', { name: p.name, count: p.contentIds.length })}
            </option>
          ))}
          {value && !list.some((p) => p.id === value) && <option value={value}>{value}</option>}
        </select>
      )}
    </Field>
  );
}
