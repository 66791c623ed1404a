import { publicFeedbackApi } from '@bangtin/shared/api';
import type { Clock } from '../../clock.ts';
import { AppError, notFound } from '../../domain/errors.ts';
import type { FeedbackIntake } from '../../domain/feedback/intake.ts';
import type { FeedbackPhotos } from '../../domain/feedback/photos.ts';
import type { Store } from '../../store/store.ts';
import { absoluteUrl, loadPublicContext } from '../../public/context.ts';
import { multipartReceiver, UPLOAD_MESSAGES } from '../../public/feedback/upload.ts';
import { bindRoutes } from '../route.ts';

/** POST /api/public/feedback, the photo upload and the follow-up by code (no account; rate limits in app.ts). */
export function publicFeedbackRoutes(intake: FeedbackIntake, photos: FeedbackPhotos, store: Store, clock: Clock) {
  const receive = multipartReceiver(photos.incomingDir, 'file');
  return bindRoutes(publicFeedbackApi, {
    submit: async ({ req, body }) => {
      const ctx = await loadPublicContext(store, clock, req);
      // The same message again today gives the first item's code back (nothing new is stored).
      const { code } = await intake.submit(body, (c) => absoluteUrl(ctx, `/gop-y/${c}`));
      return { code };
    },
    uploadPhoto: async ({ req, res }) => {
      const { file, problem } = await receive(req, res);
      if (problem) throw new AppError(problem === 'too-large' ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST', UPLOAD_MESSAGES[problem]);
      if (!file) throw new AppError('VALIDATION_FAILED', 'Chưa chọn ảnh.', [{ path: 'file', message: 'Chọn một ảnh' }]);
      return { photoId: await photos.ingest(file) };
    },
    status: async ({ params }) => {
      const status = await intake.status(params.code);
      if (!status) throw notFound('phản ánh có mã này');
      return status;
    },
  });
}
