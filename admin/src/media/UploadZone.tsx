import { useId, useState, type DragEvent } from 'react';
import type { MediaItem } from '@bangtin/shared';
import { useFailureMessage } from '../ui/hooks/useFailureMessage.ts';
import { useI18n } from '../i18nContext.tsx';
import { useApi } from '../session.tsx';
import { firstFrame } from './videoPoster.ts';

interface Upload {
  key: number;
  name: string;
  percent: number;
  error?: string;
  done?: boolean;
}

const ACCEPT = 'image/png,image/jpeg,image/webp,image/gif,application/pdf,video/mp4,video/webm,.png,.jpg,.jpeg,.webp,.gif,.pdf,.mp4,.webm';
let nextKey = 1;

/** Drag and drop or a file button; one row per file with its progress and, on failure, the server's reason. */
export function UploadZone({ onUploaded }: { onUploaded: (item: MediaItem) => void }) {
  const api = useApi();
  const { t } = useI18n();
  const failure = useFailureMessage();
  const inputId = useId();
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [over, setOver] = useState(false);

  const patch = (key: number, change: Partial<Upload>) => setUploads((list) => list.map((u) => (u.key === key ? { ...u, ...change } : u)));

  const send = (files: readonly File[]) => {
    for (const file of files) {
      const key = nextKey++;
      setUploads((list) => [{ key, name: file.name, percent: 0 }, ...list].slice(0, 8));
      api.media
        .upload(file, (fraction) => patch(key, { percent: Math.round(fraction * 100) }))
        .then(async (item) => {
          // A video gets its poster frame from this browser before it is offered (screens show it while loading).
          const picture = item.kind === 'video' ? await firstFrame(file) : null;
          const stored = picture ? await api.media.uploadPoster(item.id, picture).catch(() => item) : item;
          patch(key, { percent: 100, done: true });
          onUploaded(stored);
        })
        .catch((error: unknown) => patch(key, { error: failure(error) }));
    }
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    send([...event.dataTransfer.files]);
  };

  return (
    <div
      className={`upload-zone${over ? ' upload-zone--over' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      data-testid="upload-zone"
    >
      <p>
        {t('media.drop')}{' '}
        <label htmlFor={inputId} className="button button--primary upload-zone__button">
          {t('media.choose')}
        </label>
        <input
          id={inputId}
          className="visually-hidden"
          type="file"
          multiple
          accept={ACCEPT}
          onChange={(event) => {
            send([...(event.target.files ?? [])]);
            event.target.value = '';
          }}
          data-testid="media-file"
        />
      </p>
      <p className="muted">{t('media.intro')}</p>
      <ul className="upload-list" aria-live="polite">
        {uploads.map((u) => (
          <li key={u.key} className={u.error ? 'upload-list__error' : undefined} data-testid="upload-row">
            {u.error ? (
              <span role="alert">{t('media.failed', { name: u.name, reason: u.error })}</span>
            ) : u.done ? (
              t('media.uploaded', { name: u.name })
            ) : (
              <>
                {t('media.uploading', { name: u.name, percent: u.percent })}
                <progress max={100} value={u.percent} aria-label={u.name} />
              </>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
