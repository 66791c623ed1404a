import { promises as fs } from 'node:fs';
import { VIDEO_MAX_SECONDS } from '@bangtin/shared';
import type { VideoExt } from '../media/sniff.ts';
import { blankMetadata, readVideoFacts } from '../media/videoInfo.ts';
import { AppError } from './errors.ts';

/** Codecs every kiosk's Chromium plays (H.265/HEVC, what iPhones record by default, is not among them everywhere). */
const PLAYABLE = new Set(['avc1', 'avc3', 'vp09', 'av01', 'V_VP8', 'V_VP9', 'V_AV1']);

const refused = (message: string) => new AppError('UNSUPPORTED_MEDIA_TYPE', message);

export interface PreparedVideo {
  seconds: number;
  width: number | null;
  height: number | null;
}

/**
 * The kept copy of an uploaded video: the same bytes (there is no encoder on the server) with its metadata blanked in
 * place (the place a phone filmed it, the author), after checking it is a playable, bounded clip whose length we know.
 */
export async function prepareVideo(source: string, target: string, ext: VideoExt, label: string): Promise<PreparedVideo> {
  const facts = await readVideoFacts(source, ext).catch(() => null);
  if (!facts || facts.codec === null) {
    throw refused(`Không đọc được video “${label}”: tệp bị hỏng, chưa ghi xong, hoặc không có hình. Hãy xuất lại video rồi tải lên.`);
  }
  if (!PLAYABLE.has(facts.codec)) {
    const hevc = /^(hvc1|hev1)$/.test(facts.codec);
    throw refused(
      hevc
        ? `Video “${label}” dùng chuẩn nén H.265/HEVC (thường gặp khi quay bằng iPhone), màn hình có thể không phát được. Hãy chọn “Tương thích nhất” trong Cài đặt › Camera › Định dạng, hoặc xuất lại video dạng MP4 (H.264) rồi tải lên.`
        : `Video “${label}” dùng chuẩn nén ${facts.codec} mà màn hình không phát được. Hãy xuất lại video dạng MP4 (H.264) hoặc WebM (VP9) rồi tải lên.`,
    );
  }
  if (facts.seconds === null) {
    throw refused(`Không đọc được thời lượng của video “${label}”. Hãy xuất lại video (ví dụ bằng phần mềm chỉnh sửa video) rồi tải lên.`);
  }
  if (facts.seconds > VIDEO_MAX_SECONDS) {
    const minutes = Math.floor(facts.seconds / 60);
    throw refused(
      `Video “${label}” dài ${minutes} phút ${Math.round(facts.seconds % 60)} giây; màn hình nhận video dài tối đa ${VIDEO_MAX_SECONDS / 60} phút để các nội dung khác vẫn được chiếu. Hãy cắt thành các đoạn ngắn hơn.`,
    );
  }
  await fs.copyFile(source, target);
  await blankMetadata(target, ext, facts.metadata);
  return { seconds: Math.round(facts.seconds * 1000) / 1000, width: facts.width, height: facts.height };
}
