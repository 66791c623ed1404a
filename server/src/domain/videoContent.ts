import type { ContentInput } from '@bangtin/shared';
import type { Store } from '../store/store.ts';
import { AppError } from './errors.ts';

/** What an editor sent, without the version it started from (each content type kept apart). */
type Fields = ContentInput extends infer Input ? (Input extends unknown ? Omit<Input, 'baseVersion'> : never) : never;

/**
 * A video slide's length and poster come from the library item it names, never from what the console sent: the plan,
 * the kiosk's timer and the proof of display then all count the file's real time.
 */
export async function withVideoFacts(store: Store, fields: Fields): Promise<Fields> {
  if (fields.type !== 'video') return fields;
  const file = fields.url.replace(/^\/media\//, '');
  const media = (await store.media.list()).find((m) => m.file === file);
  if (!media || media.kind !== 'video' || !media.seconds) {
    throw new AppError('VALIDATION_FAILED', 'Hãy chọn một video trong thư viện (MP4 hoặc WebM).', [
      { path: 'url', message: 'Chọn một video trong thư viện' },
    ]);
  }
  return { ...fields, videoSeconds: media.seconds, posterUrl: media.poster ? `/media/${media.poster}` : null };
}
