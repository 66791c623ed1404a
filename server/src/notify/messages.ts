import { contentLabel, CONTENT_TYPE_VI, formatDateTimeVi, type ContentItem, type Screen } from '@bangtin/shared';
import type { Mail } from './mailPort.ts';

/** The mails, in Vietnamese. They name the item and the people, never a setting or a password. */
const signature = (school: string) => `\n\n—\nThư tự động từ Bảng tin ${school}. Vui lòng không trả lời thư này.`;
const label = (item: ContentItem) => contentLabel(item).slice(0, 160);

export function submittedMail(to: readonly string[], item: ContentItem, school: string, timeZone: string): Mail {
  return {
    to,
    subject: `[Bảng tin] Nội dung chờ duyệt: ${label(item).slice(0, 80)}`,
    text:
      `Kính gửi Hiệu trưởng,\n\n${item.updatedBy} vừa gửi duyệt ${CONTENT_TYPE_VI[item.type].toLowerCase()} “${label(item)}” ` +
      `lúc ${formatDateTimeVi(new Date(item.updatedAt), timeZone)}.\n\nMở Bảng tin → “Chờ duyệt” để xem trước và duyệt hoặc trả lại.` +
      signature(school),
  };
}

export function rejectedMail(to: readonly string[], item: ContentItem, author: string, school: string, timeZone: string): Mail {
  return {
    to,
    subject: `[Bảng tin] Bị trả lại: ${label(item).slice(0, 80)}`,
    text:
      `Gửi ${author},\n\n${CONTENT_TYPE_VI[item.type]} “${label(item)}” đã bị ${item.updatedBy} trả lại lúc ` +
      `${formatDateTimeVi(new Date(item.updatedAt), timeZone)}.\n\nLý do: ${item.rejectionReason ?? '(không ghi)'}\n\n` +
      `Mở Bảng tin, lọc danh sách theo “Bị trả lại”, sửa và gửi duyệt lại.` +
      signature(school),
  };
}

export function offlineMail(to: readonly string[], screen: Screen, since: Date, minutes: number, school: string, timeZone: string): Mail {
  return {
    to,
    subject: `[Bảng tin] Màn hình mất kết nối: ${screen.name}`,
    text:
      `Màn hình “${screen.name}”${screen.location ? ` (${screen.location})` : ''} không gửi tín hiệu từ ` +
      `${formatDateTimeVi(since, timeZone)} (hơn ${minutes} phút).\n\nHãy kiểm tra nguồn điện, mạng và trình duyệt của màn hình. ` +
      `Khi kết nối lại, màn hình tự tải lịch mới.` +
      signature(school),
  };
}

export function testMail(to: readonly string[], school: string, at: Date, timeZone: string): Mail {
  return {
    to,
    subject: '[Bảng tin] Thư thử',
    text: `Đây là thư thử gửi lúc ${formatDateTimeVi(at, timeZone)}: thư thông báo của Bảng tin đã được cài đặt đúng.` + signature(school),
  };
}
