import type { ContentStatus, ContentType } from './schemas/content.ts';
import type { FormFiller, ProcedureStanding, SubmissionChannel } from './schemas/procedure.ts';
import type { ReformIndex } from './schemas/indexResult.ts';
import type { Role } from './schemas/user.ts';

/** Vietnamese names of domain values, shared by screens and the office console. */
export const CONTENT_TYPE_VI: Record<ContentType, string> = {
  slogan: 'Khẩu hiệu',
  procedure: 'Thủ tục hành chính',
  indexResult: 'Kết quả chỉ số',
  announcement: 'Thông báo',
  commendation: 'Gương điển hình',
  image: 'Hình ảnh, áp phích',
  qr: 'Mã QR',
  didYouKnow: 'Bạn có biết?',
  video: 'Video',
};

export const CONTENT_STATUS_VI: Record<ContentStatus, string> = {
  draft: 'Bản nháp',
  submitted: 'Chờ duyệt',
  approved: 'Đã duyệt',
  archived: 'Lưu trữ',
  rejected: 'Bị trả lại',
};

export const ROLE_VI: Record<Role, string> = {
  admin: 'Quản trị',
  approver: 'Phê duyệt (Hiệu trưởng)',
  editor: 'Biên tập (Văn phòng)',
};

export const CHANNEL_VI: Record<SubmissionChannel, string> = {
  direct: 'Trực tiếp',
  online: 'Trực tuyến',
  postal: 'Dịch vụ bưu chính',
};

/** Hiệu lực of a procedure; a replaced one also names the code that replaces it (see standingNoticeVi). */
export const STANDING_VI: Record<ProcedureStanding, string> = {
  'in-force': 'Đang áp dụng',
  replaced: 'Đã được thay thế',
  abolished: 'Đã bị bãi bỏ',
};

/** What a listed form is to the person filing: one to fill in, or one the agency draws up itself. */
export const FORM_FILLER_VI: Record<FormFiller, string> = {
  applicant: 'Người nộp hồ sơ điền',
  agency: 'Cơ quan giải quyết lập (người nộp không phải điền)',
};

/** The warning a screen or a poster puts above a procedure no longer in force; null while it is. */
export function standingNoticeVi(standing: { state: ProcedureStanding; replacedBy: string }): string | null {
  if (standing.state === 'in-force') return null;
  if (standing.state === 'abolished') return 'Thủ tục này đã bị bãi bỏ.';
  return standing.replacedBy ? `Thủ tục này đã được thay thế bởi thủ tục mã ${standing.replacedBy}.` : 'Thủ tục này đã được thay thế.';
}

export const INDEX_VI: Record<ReformIndex, { short: string; name: string }> = {
  PAR_INDEX: { short: 'PAR INDEX', name: 'Chỉ số cải cách hành chính' },
  SIPAS: { short: 'SIPAS', name: 'Chỉ số hài lòng về sự phục vụ hành chính' },
  PAPI: { short: 'PAPI', name: 'Chỉ số Hiệu quả Quản trị và Hành chính công cấp tỉnh' },
  PCI: { short: 'PCI', name: 'Chỉ số Năng lực cạnh tranh cấp tỉnh' },
  ICT_INDEX: { short: 'ICT INDEX', name: 'Chỉ số sẵn sàng ứng dụng công nghệ thông tin – truyền thông' },
  DTI: { short: 'DTI', name: 'Chỉ số chuyển đổi số' },
  SCHOOL: { short: 'Nhà trường', name: 'Kết quả đánh giá của nhà trường' },
};

export const SAMPLE_DATA_VI = 'Dữ liệu mẫu';
