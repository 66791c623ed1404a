import { FEEDBACK_STATUS_LABELS, FEEDBACK_SUBJECT_LABELS } from '@bangtin/shared';
import { feedbackPhotosApi, feedbackPrivacyApi } from '@bangtin/shared/api';
import type { FeedbackPhotos } from '../../domain/feedback/photos.ts';
import type { FeedbackPrivacy } from '../../domain/feedback/privacy.ts';
import { notFound } from '../../domain/errors.ts';
import { sendCsv } from '../csv.ts';
import { bindRoutes } from '../route.ts';

/** The privacy page's routes (admin) and the office's view of an attached photo (signed in, never cached). */
export function feedbackPrivacyRoutes(privacy: FeedbackPrivacy, photos: FeedbackPhotos) {
  return [
    ...bindRoutes(feedbackPrivacyApi, {
      find: ({ body, user }) => privacy.find(body.contact, user),
      export: async ({ body, user, res }) => {
        const data = await privacy.export(body.contact, user);
        const stamp = data.exportedAt.slice(0, 10);
        if (body.format === 'csv') {
          sendCsv(res, `du-lieu-nguoi-gui-${stamp}.csv`, [
            ['Mã', 'Ngày gửi', 'Loại', 'Trạng thái', 'Họ và tên', 'Địa chỉ', 'Điện thoại', 'Thư điện tử', 'Nội dung', 'Có ảnh', 'Trả lời', 'Đã xoá thông tin lúc'],
            ...data.items.map((f) => [
              f.code,
              f.createdAt,
              FEEDBACK_SUBJECT_LABELS[f.subject],
              FEEDBACK_STATUS_LABELS[f.status],
              f.sender?.name ?? '',
              f.sender?.address ?? '',
              f.sender?.phone ?? '',
              f.sender?.email ?? '',
              f.content,
              f.hasPhoto ? 'có' : 'không',
              f.reply ?? '',
              f.senderPurgedAt ?? '',
            ]),
          ]);
          return null;
        }
        res.setHeader('Content-Disposition', `attachment; filename="du-lieu-nguoi-gui-${stamp}.json"`);
        res.setHeader('Cache-Control', 'no-store');
        res.json({ data });
        return null;
      },
      erase: ({ body, user }) => privacy.erase(body.contact, user),
      retention: () => privacy.retention(),
      setRetention: ({ body, user }) => privacy.setRetention(body.months, user),
    }),
    ...bindRoutes(feedbackPhotosApi, {
      get: async ({ params, res }) => {
        const file = await photos.file(params.id);
        if (!file) throw notFound('ảnh');
        res.setHeader('Cache-Control', 'private, no-store');
        res.type('image/webp');
        await new Promise<void>((resolve, reject) => res.sendFile(file, (error) => (error ? reject(error) : resolve())));
        return null;
      },
    }),
  ];
}
