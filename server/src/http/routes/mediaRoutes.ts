import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { VIDEO_MAX_BYTES } from '@bangtin/shared';
import { mediaApi } from '@bangtin/shared/api';
import type { Request, Response } from 'express';
import multer from 'multer';
import { incomingDir, type MediaService, type ReceivedUpload } from '../../domain/media.ts';
import { AppError } from '../../domain/errors.ts';
import { bindRoutes } from '../route.ts';

/**
 * Streams one multipart file to a generated temp name on disk: the limit is enforced while the bytes arrive
 * (the partial file is removed and the rest of the body discarded, never held in memory).
 */
function uploadReceiver(mediaDir: string) {
  const dir = incomingDir(mediaDir);
  // At start nothing in it belongs to a live upload: what is there was cut short by a crash or a kill -9.
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const middleware = multer({
    storage: multer.diskStorage({ destination: dir, filename: (_req, _file, done) => done(null, randomUUID()) }),
    // The largest kind's limit (videos); pictures and PDFs are held to theirs once recognised (domain/media.ts).
    limits: { fileSize: VIDEO_MAX_BYTES, files: 1, fields: 2, fieldSize: 1000, parts: 3 },
    // Browsers send the file name as raw UTF-8 ("Áp phích.pdf"), not latin1.
    defParamCharset: 'utf8',
  }).single('file');

  return (req: Request, res: Response) =>
    new Promise<ReceivedUpload>((resolve, reject) => {
      middleware(req, res, (error: unknown) => {
        if (error instanceof multer.MulterError) {
          return reject(
            error.code === 'LIMIT_FILE_SIZE'
              ? new AppError(
                  'PAYLOAD_TOO_LARGE',
                  'Tệp lớn hơn 50 MB nên không được nhận (ảnh và PDF tối đa 20 MB, video tối đa 50 MB). Hãy giảm kích thước hoặc cắt video ngắn hơn rồi tải lên lại.',
                )
              : new AppError('BAD_REQUEST', 'Yêu cầu tải lên không hợp lệ: mỗi lần gửi đúng một tệp trong trường “file”.'),
          );
        }
        // busboy's parse errors (a malformed or cut-off form) are the client's; file system errors stay ours (500).
        if (error instanceof Error && !('errno' in error)) {
          return reject(new AppError('BAD_REQUEST', 'Không đọc được tệp gửi lên (biểu mẫu bị lỗi hoặc bị ngắt giữa chừng). Vui lòng thử lại.'));
        }
        if (error) return reject(error instanceof Error ? error : new Error(String(error)));
        const file = req.file;
        if (!file) return reject(new AppError('VALIDATION_FAILED', 'Chưa chọn tệp để tải lên.', [{ path: 'file', message: 'Chọn một tệp' }]));
        resolve({ path: file.path, originalName: file.originalname, size: file.size });
      });
    });
}

export function mediaRoutes(media: MediaService, mediaDir: string) {
  const receive = uploadReceiver(mediaDir);
  return bindRoutes(mediaApi, {
    list: ({ query }) => media.list(query),
    upload: async ({ req, res, user }) => media.ingest(await receive(req, res), user),
    poster: async ({ req, res, params, user }) => media.setPoster(params.id, await receive(req, res), user),
    remove: async ({ params, user }) => {
      await media.remove(params.id, user);
      return null;
    },
  });
}
