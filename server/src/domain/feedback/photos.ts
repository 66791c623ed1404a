import { randomBytes } from 'node:crypto';
import { promises as fs, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Clock } from '../../clock.ts';
import { cleanPicture } from '../../media/render.ts';
import { SNIFF_BYTES, sniffFormat } from '../../media/sniff.ts';
import { AppError } from '../errors.ts';

/** A photo sent with feedback: generous for a phone picture, small enough that a flood cannot fill the disk. */
export const FEEDBACK_PHOTO_MAX_BYTES = 10 * 1024 * 1024;
/** An uploaded photo no feedback claimed within a day is removed by the nightly job. */
const ORPHAN_HOURS = 24;
const PHOTO_ID = /^fp-([a-z0-9]{6,10})-[a-f0-9]{16}$/;

export const isFeedbackPhotoId = (id: string) => PHOTO_ID.test(id);

/**
 * Photos attached to feedback. Kept OUTSIDE the public media folder (nothing serves this folder statically; staff
 * see a photo through a signed-in route). Stored as our own WebP re-encoding: content sniffed (the name and the
 * declared type are never trusted), decoded with the media library's limits, EXIF/GPS/XMP and the rest dropped.
 * The id carries its upload time, so orphans can be found without a record.
 */
export function createFeedbackPhotos({ dir, clock }: { dir: string; clock: Clock }) {
  const incoming = path.join(dir, '.incoming');
  // What is in .incoming at start was cut short by a crash; nothing live owns it.
  rmSync(incoming, { recursive: true, force: true });
  mkdirSync(incoming, { recursive: true });
  const fileOf = (id: string) => path.join(dir, `${id}.webp`);
  const refused = (message: string) => new AppError('UNSUPPORTED_MEDIA_TYPE', message);

  return {
    incomingDir: incoming,

    /** Checks and re-encodes an uploaded file (removed afterwards either way); the new photo's id. */
    async ingest(upload: { path: string }): Promise<string> {
      try {
        const handle = await fs.open(upload.path, 'r');
        const head = Buffer.alloc(SNIFF_BYTES);
        const { bytesRead } = await handle.read(head, 0, SNIFF_BYTES, 0).finally(() => handle.close());
        const format = sniffFormat(head.subarray(0, bytesRead));
        if (!format || format.kind !== 'image') {
          throw refused('Tệp đính kèm không phải ảnh PNG, JPEG, WebP hay GIF nên không được nhận.');
        }
        const id = `fp-${clock.now().getTime().toString(36)}-${randomBytes(8).toString('hex')}`;
        const work = path.join(incoming, `${id}.webp`);
        await cleanPicture(upload.path, work, 'webp').catch(async () => {
          await fs.rm(work, { force: true });
          throw refused('Không đọc được ảnh: tệp bị hỏng hoặc ảnh quá lớn. Vui lòng chọn ảnh khác.');
        });
        await fs.rename(work, fileOf(id));
        return id;
      } finally {
        await fs.rm(upload.path, { force: true });
      }
    },

    /** The stored file of a photo id, or null (an id that is not ours never becomes a path). */
    async file(id: string): Promise<string | null> {
      if (!isFeedbackPhotoId(id)) return null;
      const file = fileOf(id);
      return (await fs.stat(file).then((s) => s.isFile(), () => false)) ? file : null;
    },

    async remove(id: string): Promise<void> {
      if (isFeedbackPhotoId(id)) await fs.rm(fileOf(id), { force: true });
    },

    /** Removes photos older than a day that no feedback refers to; how many went. */
    async pruneOrphans(referenced: ReadonlySet<string>): Promise<number> {
      const before = clock.now().getTime() - ORPHAN_HOURS * 3_600_000;
      let removed = 0;
      for (const name of await fs.readdir(dir)) {
        const id = name.replace(/\.webp$/, '');
        const stamp = PHOTO_ID.exec(id)?.[1];
        if (!stamp || referenced.has(id) || parseInt(stamp, 36) > before) continue;
        await fs.rm(path.join(dir, name), { force: true });
        removed += 1;
      }
      return removed;
    },
  };
}
export type FeedbackPhotos = ReturnType<typeof createFeedbackPhotos>;
