import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import type { Request, Response } from 'express';
import multer from 'multer';
import { FEEDBACK_PHOTO_MAX_BYTES } from '../../domain/feedback/photos.ts';

/** Text fields of the feedback form: 5,000 characters of Vietnamese are up to 15 kB; names, address and the guard are small. */
const FIELD_BYTES = 32 * 1024;

export type UploadProblem = 'too-large' | 'malformed';

export interface ReceivedForm {
  /** The text fields (multer's urlencoded-like object). */
  body: unknown;
  /** The chosen picture as a temp file, or null when none was chosen. */
  file: { path: string } | null;
  problem: UploadProblem | null;
}

/**
 * A multipart body with at most one picture, streamed to a generated temp name (the size limit is enforced while the
 * bytes arrive; nothing is held in memory). Used by the no-JavaScript /gop-y form (field `photo`) and the photo API
 * (field `file`). A refused body is reported as a problem, never thrown, so the page can show it next to the field.
 */
export function multipartReceiver(incomingDir: string, fileField: string) {
  const middleware = multer({
    storage: multer.diskStorage({ destination: incomingDir, filename: (_req, _file, done) => done(null, randomUUID()) }),
    limits: { fileSize: FEEDBACK_PHOTO_MAX_BYTES, files: 1, fields: 20, fieldSize: FIELD_BYTES, parts: 22 },
    defParamCharset: 'utf8',
  }).single(fileField);

  return (req: Request, res: Response) =>
    new Promise<ReceivedForm>((resolve, reject) => {
      middleware(req, res, (error: unknown) => {
        if (error instanceof multer.MulterError) {
          return resolve({ body: req.body, file: null, problem: error.code === 'LIMIT_FILE_SIZE' ? 'too-large' : 'malformed' });
        }
        if (error instanceof Error && !('errno' in error)) return resolve({ body: req.body, file: null, problem: 'malformed' });
        if (error) return reject(error instanceof Error ? error : new Error(String(error)));
        const file = req.file;
        // A browser sends an empty part for a file input left empty.
        if (file && file.size === 0) {
          void rm(file.path, { force: true });
          return resolve({ body: req.body, file: null, problem: null });
        }
        resolve({ body: req.body, file: file ? { path: file.path } : null, problem: null });
      });
    });
}

export const UPLOAD_MESSAGES: Record<UploadProblem, string> = {
  'too-large': 'Ảnh lớn hơn 10 MB. Vui lòng chọn ảnh nhỏ hơn (hoặc chụp lại với chất lượng thấp hơn).',
  malformed: 'Không đọc được biểu mẫu gửi lên. Vui lòng thử lại.',
};
