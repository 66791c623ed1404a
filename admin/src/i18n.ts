import {
  CONTENT_STATUS_VI,
  CONTENT_TYPE_VI,
  ROLE_VI,
  type ContentStatus,
  type ContentType,
  type Role,
} from '@bangtin/shared';
import { uiEn, uiVi } from './ui/messages.ts';
import { authEn, authVi } from './auth/messages.ts';
import { contentEn, contentVi } from './content/messages.ts';
import { approvalsEn, approvalsVi } from './approvals/messages.ts';
import { scheduleEn, scheduleVi } from './schedule/messages.ts';
import { emergencyEn, emergencyVi } from './emergency/messages.ts';
import { screensEn, screensVi } from './screens/messages.ts';
import { mediaEn, mediaVi } from './media/messages.ts';
import { videoEditorEn, videoEditorVi } from './content/editors/videoMessages.ts';
import { reportsEn, reportsVi } from './reports/messages.ts';
import { satisfactionEn, satisfactionVi } from './reports/satisfaction/messages.ts';
import { auditEn, auditVi } from './audit/messages.ts';
import { settingsEn, settingsVi } from './settings/messages.ts';
import { notifyEn, notifyVi } from './settings/notifyMessages.ts';
import { usersEn, usersVi } from './users/messages.ts';
import { lookupsEn, lookupsVi } from './lookups/messages.ts';
import { feedbackPrivacyEn, feedbackPrivacyVi } from './feedback/privacy/messages.ts';
import { homeEn, homeVi } from './home/messages.ts';
import { areasEn, areasVi } from './areas/messages.ts';
import { feedbackEn, feedbackVi } from './feedback/messages.ts';
import { quizEn, quizVi } from './quiz/messages.ts';
import { unitsEn, unitsVi } from './units/messages.ts';
import { unitAudienceEn, unitAudienceVi } from './units/audience/messages.ts';

/**
 * Every user-facing string of the office console. Vietnamese is the source; English mirrors it key for key
 * (the compiler refuses a missing translation). `{name}` placeholders are filled by `translate`.
 * Domain labels (content types, statuses, roles) come from the shared Vietnamese tables.
 * Each feature keeps its own strings in <feature>/messages.ts (both languages side by side); they are merged in here.
 */
const vi = {
  'app.name': 'Bảng tin',
  'app.console': 'Quản trị nội dung',
  'app.skip': 'Bỏ qua, đến nội dung chính',
  'app.loading': 'Đang tải…',
  'common.close': 'Đóng',
  'lang.other': 'English',
  'lang.switch': 'Chuyển giao diện sang tiếng Anh',

  'error.network': 'Không kết nối được máy chủ. Kiểm tra mạng rồi thử lại.',
  'error.generic': 'Đã có lỗi xảy ra. Vui lòng thử lại.',
  'error.forbidden': 'Bạn không có quyền thực hiện thao tác này.',
  'error.notFound': 'Không tìm thấy nội dung này.',
  'error.retry': 'Thử lại',

  'header.logout': 'Đăng xuất',
  'header.menu': 'Danh mục',
  'header.offline': 'Mất kết nối trực tiếp — đang thử lại',
  'nav.label': 'Điều hướng chính',
  'nav.content': 'Nội dung',
  'nav.system': 'Hệ thống',
  'nav.parents': 'Ý kiến phụ huynh',
  'nav.screens': 'Màn hình',
  'pager.label': 'Phân trang',
  'pager.prev': 'Trang trước',
  'pager.next': 'Trang sau',
  'pager.status': 'Trang {page}/{pages}',

  'editor.new': 'Thêm mới: {type}',
  'editor.edit': 'Sửa: {type}',
  'editor.view': 'Xem: {type}',
  'editor.back': '← Quay lại danh sách',
  'editor.meta': 'Phiên bản {version} · cập nhật {time} bởi {user}',
  'editor.rejected': 'Lý do trả lại: {reason}',
  'editor.unsaved': 'Có thay đổi chưa lưu',
  'editor.saveDraft': 'Lưu nháp',
  'editor.saveSubmit': 'Gửi duyệt',
  'editor.savePublish': 'Lưu và đăng lên màn hình',
  'editor.saving': 'Đang lưu…',
  'editor.archive': 'Lưu trữ (gỡ khỏi màn hình)',
  'editor.archiveTitle': 'Lưu trữ nội dung này?',
  'editor.archiveBody': 'Nội dung sẽ không còn hiển thị trên màn hình. Bạn vẫn xem lại được khi lọc “kể cả lưu trữ”.',
  'editor.archived': 'Đã lưu trữ — nội dung đã được gỡ khỏi màn hình',
  'editor.fixErrors': 'Chưa lưu được: vui lòng sửa các ô được đánh dấu đỏ.',
  'editor.savedDraft': 'Đã lưu nháp',
  'editor.savedSubmit': 'Đã gửi duyệt — nội dung sẽ lên màn hình sau khi được phê duyệt',
  'editor.savedPublish': 'Đã lưu — màn hình sẽ cập nhật trong giây lát',
  'editor.conflict':
    'Nội dung này vừa được người khác sửa và lưu trong lúc bạn đang soạn. Những gì bạn nhập vẫn còn nguyên trong biểu mẫu nhưng CHƯA được lưu.',
  'editor.conflictReload': 'Tải bản mới nhất (bỏ thay đổi của tôi)',
  'editor.remoteChanged': 'Người khác vừa cập nhật nội dung này (phiên bản {version}). Khi bạn lưu, hệ thống sẽ báo xung đột.',
  'editor.leaveTitle': 'Rời trang khi chưa lưu?',
  'editor.leaveBody': 'Những thay đổi bạn vừa nhập sẽ bị mất.',
  'editor.leave': 'Rời trang',
  'editor.stay': 'Ở lại',
  'editor.cancel': 'Huỷ',
  'editor.sectionContent': 'Nội dung',
  'editor.sectionDisplay': 'Hiển thị và hiệu lực',
  'editor.archiveHint': 'Gỡ nội dung khỏi mọi màn hình khi không còn dùng. Không xoá hẳn.',

  'validation.required': 'Không được để trống',
  'validation.tooLong': 'Tối đa {max} ký tự',
  'validation.min': 'Tối thiểu là {min}',
  'validation.max': 'Tối đa là {max}',
  'validation.number': 'Nhập một số nguyên',
  'validation.date': 'Ngày không hợp lệ',
  'validation.invalid': 'Giá trị không hợp lệ',

  ...uiVi,
  ...authVi,
  ...contentVi,
  ...approvalsVi,
  ...scheduleVi,
  ...emergencyVi,
  ...screensVi,
  ...mediaVi,
  ...videoEditorVi,
  ...reportsVi,
  ...satisfactionVi,
  ...auditVi,
  ...settingsVi,
  ...notifyVi,
  ...usersVi,
  ...lookupsVi,
  ...feedbackPrivacyVi,
  ...homeVi,
  ...areasVi,
  ...feedbackVi,
  ...quizVi,
  ...unitsVi,
  ...unitAudienceVi,

  'notFound.title': 'Không tìm thấy trang',
  'notFound.back': 'Về danh sách nội dung',
} as const;

export type MessageKey = keyof typeof vi;
type Messages = Record<MessageKey, string>;

const en: Messages = {
  'app.name': 'Bảng tin',
  'app.console': 'Content console',
  'app.skip': 'Skip to main content',
  'app.loading': 'Loading…',
  'common.close': 'Close',
  'lang.other': 'Tiếng Việt',
  'lang.switch': 'Switch the interface to Vietnamese',

  'error.network': 'Cannot reach the server. Check the network and try again.',
  'error.generic': 'Something went wrong. Please try again.',
  'error.forbidden': 'You are not allowed to do this.',
  'error.notFound': 'This item was not found.',
  'error.retry': 'Try again',

  'header.logout': 'Sign out',
  'header.menu': 'Menu',
  'header.offline': 'Live connection lost — retrying',
  'nav.label': 'Main navigation',
  'nav.content': 'Content',
  'nav.system': 'System',
  'nav.parents': 'Parents’ voice',
  'nav.screens': 'Screens',
  'pager.label': 'Pagination',
  'pager.prev': 'Previous page',
  'pager.next': 'Next page',
  'pager.status': 'Page {page} of {pages}',

  'editor.new': 'New: {type}',
  'editor.edit': 'Edit: {type}',
  'editor.view': 'View: {type}',
  'editor.back': '← Back to the list',
  'editor.meta': 'Version {version} · updated {time} by {user}',
  'editor.rejected': 'Returned because: {reason}',
  'editor.unsaved': 'Unsaved changes',
  'editor.saveDraft': 'Save draft',
  'editor.saveSubmit': 'Submit for approval',
  'editor.savePublish': 'Save and publish to screens',
  'editor.saving': 'Saving…',
  'editor.archive': 'Archive (remove from screens)',
  'editor.archiveTitle': 'Archive this item?',
  'editor.archiveBody': 'It will no longer play on any screen. You can still find it by filtering “including archived”.',
  'editor.archived': 'Archived — the item has been removed from screens',
  'editor.fixErrors': 'Not saved: please fix the fields marked in red.',
  'editor.savedDraft': 'Draft saved',
  'editor.savedSubmit': 'Submitted — it goes on screen once approved',
  'editor.savedPublish': 'Saved — screens will update in a moment',
  'editor.conflict':
    'Someone else saved this item while you were editing. What you typed is still in the form but has NOT been saved.',
  'editor.conflictReload': 'Load the latest version (discard my changes)',
  'editor.remoteChanged': 'Someone else just updated this item (version {version}). Saving will report a conflict.',
  'editor.leaveTitle': 'Leave without saving?',
  'editor.leaveBody': 'The changes you made will be lost.',
  'editor.leave': 'Leave',
  'editor.stay': 'Stay',
  'editor.cancel': 'Cancel',
  'editor.sectionContent': 'Content',
  'editor.sectionDisplay': 'Display and validity',
  'editor.archiveHint': 'Take the item off every screen when it is no longer needed. Nothing is deleted.',

  'validation.required': 'Required',
  'validation.tooLong': 'At most {max} characters',
  'validation.min': 'Must be at least {min}',
  'validation.max': 'Must be at most {max}',
  'validation.number': 'Enter a whole number',
  'validation.date': 'Invalid date',
  'validation.invalid': 'Invalid value',

  ...uiEn,
  ...authEn,
  ...contentEn,
  ...approvalsEn,
  ...scheduleEn,
  ...emergencyEn,
  ...screensEn,
  ...mediaEn,
  ...videoEditorEn,
  ...reportsEn,
  ...satisfactionEn,
  ...auditEn,
  ...settingsEn,
  ...notifyEn,
  ...usersEn,
  ...lookupsEn,
  ...feedbackPrivacyEn,
  ...homeEn,
  ...areasEn,
  ...feedbackEn,
  ...quizEn,
  ...unitsEn,
  ...unitAudienceEn,

  'notFound.title': 'Page not found',
  'notFound.back': 'Back to content',
};

export type Language = 'vi' | 'en';
export const LANGUAGES: readonly Language[] = ['vi', 'en'];

const CONTENT_TYPE_EN: Record<ContentType, string> = {
  qr: 'QR code',
  slogan: 'Slogans',
  procedure: 'Administrative procedures',
  indexResult: 'Index results',
  announcement: 'Announcements',
  commendation: 'Role models',
  image: 'Images and posters',
  didYouKnow: 'Did you know?',
  video: 'Videos',
};
const CONTENT_STATUS_EN: Record<ContentStatus, string> = {
  draft: 'Draft',
  submitted: 'Awaiting approval',
  approved: 'Approved',
  archived: 'Archived',
  rejected: 'Sent back',
};
const ROLE_EN: Record<Role, string> = {
  admin: 'Administrator',
  approver: 'Approver (principal)',
  editor: 'Editor (office)',
};

export type Params = Record<string, string | number>;

export function translate(language: Language, key: MessageKey, params?: Params): string {
  const template = (language === 'en' ? en : vi)[key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => String(params[name] ?? match));
}

export const typeLabel = (language: Language, type: ContentType) =>
  (language === 'en' ? CONTENT_TYPE_EN : CONTENT_TYPE_VI)[type];
export const statusLabel = (language: Language, status: ContentStatus) =>
  (language === 'en' ? CONTENT_STATUS_EN : CONTENT_STATUS_VI)[status];
export const roleLabel = (language: Language, role: Role) => (language === 'en' ? ROLE_EN : ROLE_VI)[role];
