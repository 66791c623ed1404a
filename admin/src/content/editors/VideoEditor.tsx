import { videoSlideSeconds, type ContentItem } from '@bangtin/shared';
import { useState } from 'react';
import { useI18n } from '../../i18nContext.tsx';
import { MediaPicker } from '../../media/MediaPicker.tsx';
import { MediaPickRow } from '../../media/MediaPickRow.tsx';
import { formatVideoLength } from '../../media/videoLength.ts';
import { Field } from '../../ui/form/Field.tsx';
import { TextField } from '../../ui/form/TextField.tsx';
import { ContentEditorShell } from '../ContentEditorShell.tsx';
import { EMPTY_META, metaFromItem, metaToInput, type MetaValues } from '../formValues.ts';
import { useContentForm } from '../useContentForm.ts';
import type { EditorProps } from './editorTypes.ts';

interface VideoValues extends MetaValues {
  title: string;
  url: string;
  /** Copied from the picked library item for the preview and the time shown here; the server sets both on save. */
  posterUrl: string | null;
  videoSeconds: number;
  plays: string;
}

function valuesOf(item: ContentItem | null): VideoValues {
  if (item?.type === 'video') {
    const { title, url, posterUrl, videoSeconds, plays } = item;
    return { ...metaFromItem(item), title, url, posterUrl, videoSeconds, plays: String(plays) };
  }
  return { ...EMPTY_META, title: '', url: '', posterUrl: null, videoSeconds: 0, plays: '1' };
}

const payloadOf = (v: VideoValues) => ({ title: v.title, url: v.url, posterUrl: v.posterUrl, videoSeconds: v.videoSeconds, plays: Number(v.plays) });
const toInput = (v: VideoValues) => ({ ...metaToInput(v), durationSeconds: null, ...payloadOf(v) });

/**
 * A video slide: a title, a video picked from the library, once or looped N times. Its time on screen is the file's
 * length times the plays (never a typed number of seconds), shown here as the plan will count it.
 */
export function VideoEditor({ item, onStored }: EditorProps) {
  const { t } = useI18n();
  const form = useContentForm({ type: 'video', item, valuesOf, toInput, onStored });
  const { values, errors, update } = form;
  const [picking, setPicking] = useState(false);
  const plays = Math.max(1, Math.min(20, Math.round(Number(values.plays)) || 1));
  const looping = values.plays !== '1';
  return (
    <ContentEditorShell type="video" form={form} payload={payloadOf(values)}>
      <TextField name="title" label={t('video.title')} max={200} value={values.title} error={errors.title} onChange={(title) => update({ title })} />
      <Field name="url" label={t('video.file')} hint={t('video.fileHint')} error={errors.url}>
        {(control) => (
          <div className="media-field">
            <MediaPickRow
              control={control}
              thumb={values.posterUrl ? <img src={values.posterUrl} alt="" /> : <span>{t(values.url ? 'video.noPoster' : 'video.none')}</span>}
              thumbTestId="video-thumb"
              pickLabel={t(values.url ? 'video.change' : 'video.pick')}
              pickTestId="video-pick"
              onPick={() => setPicking(true)}
            />
            {picking && (
              <MediaPicker
                title={t('video.dialog')}
                videos
                onClose={() => setPicking(false)}
                onPick={(url, picked) => {
                  update({ url, posterUrl: picked.poster ? `/media/${picked.poster}` : null, videoSeconds: picked.seconds ?? 0 });
                  setPicking(false);
                }}
              />
            )}
          </div>
        )}
      </Field>
      <fieldset className="choice-group">
        <legend>{t('video.plays')}</legend>
        <label className="choice">
          <input type="radio" name="video-plays" checked={!looping} onChange={() => update({ plays: '1' })} data-testid="video-once" />
          <span>{t('video.once')}</span>
        </label>
        <label className="choice">
          <input type="radio" name="video-plays" checked={looping} onChange={() => update({ plays: '3' })} data-testid="video-loop" />
          <span>{t('video.loop')}</span>
        </label>
      </fieldset>
      {looping && (
        <TextField
          name="plays"
          label={t('video.loopCount')}
          type="number"
          inputMode="numeric"
          className="field--narrow"
          value={values.plays}
          error={errors.plays}
          onChange={(value) => update({ plays: value })}
        />
      )}
      <p className="muted" data-testid="video-on-screen" aria-live="polite">
        {values.videoSeconds > 0
          ? t('video.onScreen', {
              total: formatVideoLength(videoSlideSeconds({ videoSeconds: values.videoSeconds, plays })),
              length: formatVideoLength(values.videoSeconds),
              plays,
            })
          : t('video.onScreenNone')}
      </p>
    </ContentEditorShell>
  );
}
