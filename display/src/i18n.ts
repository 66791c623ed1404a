import { createContext, useContext } from 'react';
import {
  CHANNEL_VI,
  CONTENT_TYPE_VI,
  type ContentType,
  INDEX_VI,
  SAMPLE_DATA_VI,
  formatLongDateVi,
  type ReformIndex,
  type SubmissionChannel,
} from '@bangtin/shared';
import { wallEn, wallVi } from './slides/wallStrings.ts';

/**
 * Every user-facing string of the display, in one place (except the reception look-up's own, which only its lazy chunk
 * loads: reception/useReceptionStrings.ts). Vietnamese is the language of the screens;
 * English (`?lang=en`) exists for visiting officials and for developers reading screenshots.
 * Domain labels (channels, indexes) come from @bangtin/shared so the office console says the same words.
 */
export type Lang = 'vi' | 'en';

const vi = {
  /** The table's language: the reception look-up (a lazy chunk) keeps its own words and picks them by it. */
  lang: 'vi' as const,
  unknownTitle: 'Không tìm thấy màn hình',
  unknownBody: (slug: string) => `Màn hình “${slug}” chưa được khai báo trong hệ thống. Vui lòng liên hệ văn phòng nhà trường.`,
  loading: 'Đang tải nội dung bảng tin…',
  pairingTitle: 'Ghép nối màn hình mới',
  pairingInstruction: 'Vào trang quản trị → Màn hình → Ghép nối màn hình mới, nhập mã này',
  pairingWaiting: 'Đang lấy mã…',
  pairingValidity: 'Mã có hiệu lực 10 phút và tự đổi khi hết hạn.',
  pairingUnreachable: 'Chưa kết nối được máy chủ — đang thử lại…',
  pairingQrHint: 'Hoặc quét mã QR để mở trang quản trị',
  pairingQrAlt: 'Mã QR mở trang quản trị màn hình',
  qrKicker: 'Quét mã bằng điện thoại',
  qrNoPublicAddress: 'Xin gửi trực tiếp tại Bộ phận tiếp nhận và trả kết quả, hoặc:',
  formQrAlt: (name: string) => `Mã QR tải ${name}`,
  identifyLabel: 'Màn hình',
  identifySlug: 'Mã màn hình',
  identifyLocation: 'Vị trí',
  emergencyLabel: 'Thông báo khẩn',
  emergencyIssued: (time: string) => `Phát lúc ${time}`,
  emergencyUntil: (time: string) => `Hiển thị đến ${time}`,
  restarting: 'Bảng tin đang khởi động lại…',
  offline: 'Mất kết nối máy chủ — đang hiển thị nội dung đã lưu',
  sample: SAMPLE_DATA_VI,
  source: 'Nguồn',
  pageOf: (page: number, total: number) => `Trang ${page}/${total}`,
  slideOf: (position: number, total: number) => `${position}/${total}`,
  continued: '(tiếp theo)',
  feedbackTitle: 'Địa chỉ tiếp nhận phản ánh, kiến nghị về quy định hành chính',
  feedbackAddress: 'Địa chỉ',
  feedbackMailing: 'Địa chỉ thư tín',
  feedbackPhone: 'Điện thoại',
  feedbackEmail: 'Thư điện tử',
  feedbackWebsite: 'Trang thông tin điện tử',
  officeHours: 'Giờ làm việc',
  fallbackWelcome: 'Chào mừng quý phụ huynh và quý khách',
  procedureCode: 'Mã thủ tục',
  procedureField: 'Lĩnh vực',
  procedureLevel: 'Cấp thực hiện',
  steps: 'Trình tự thực hiện',
  step: (n: number) => `Bước ${n}`,
  channels: 'Cách thức thực hiện',
  channelTime: 'Thời hạn',
  channelFee: 'Phí, lệ phí',
  dossier: 'Thành phần hồ sơ',
  dossierDocument: 'Tên giấy tờ',
  dossierOriginals: 'Bản chính',
  dossierCopies: 'Bản sao',
  dossierSets: 'Số lượng hồ sơ',
  timeLimit: 'Thời hạn giải quyết',
  fees: 'Phí, lệ phí',
  applicants: 'Đối tượng thực hiện',
  agency: 'Cơ quan thực hiện',
  receivingAddress: 'Địa điểm tiếp nhận',
  result: 'Kết quả thực hiện',
  conditions: 'Yêu cầu, điều kiện',
  legalBasis: 'Căn cứ pháp lý',
  publishingDecision: 'Quyết định công bố',
  publishedOn: 'ngày',
  forms: 'Mẫu đơn, mẫu tờ khai',
  notes: 'Ghi chú',
  lastChecked: 'Thông tin được kiểm tra ngày',
  indexYear: 'Năm',
  indexScore: 'Điểm số',
  indexRank: 'Xếp hạng',
  indexChange: 'So với năm trước',
  indexPoints: 'điểm',
  indexPlaces: (n: number) => `${n} bậc`,
  indexUnchanged: 'Không đổi',
  indexTrend: 'Điểm số qua các năm',
  indexRankTrend: 'Thứ hạng qua các năm',
  noValue: '—',
  channel: (c: SubmissionChannel) => CHANNEL_VI[c],
  typeLabel: (type: ContentType) => CONTENT_TYPE_VI[type],
  indexName: (i: ReformIndex) => INDEX_VI[i],
  longDate: (now: Date, timeZone: string) => formatLongDateVi(now, timeZone),
  wall: wallVi,
};

export type Strings = Omit<typeof vi, 'lang'> & { lang: Lang };

const TYPE_EN: Record<ContentType, string> = {
  slogan: 'Slogan',
  procedure: 'Administrative procedure',
  indexResult: 'Index result',
  announcement: 'Announcement',
  commendation: 'Commendation',
  image: 'Poster',
  qr: 'QR code',
  didYouKnow: 'Did you know?',
  video: 'Video',
};
const CHANNEL_EN: Record<SubmissionChannel, string> = { direct: 'In person', online: 'Online', postal: 'By post' };

const en: Strings = {
  lang: 'en',
  unknownTitle: 'Screen not found',
  unknownBody: (slug) => `Screen “${slug}” is not registered. Please contact the school office.`,
  loading: 'Loading the notice board…',
  pairingTitle: 'Pair a new screen',
  pairingInstruction: 'In the admin, go to Screens → Pair a new screen and enter this code',
  pairingWaiting: 'Getting a code…',
  pairingValidity: 'The code is valid for 10 minutes and renews itself.',
  pairingUnreachable: 'Cannot reach the server — retrying…',
  pairingQrHint: 'Or scan the QR code to open the admin',
  pairingQrAlt: 'QR code to the admin screens page',
  qrKicker: 'Scan with your phone',
  qrNoPublicAddress: 'Please come to the reception office, or:',
  formQrAlt: (name) => `QR code to download ${name}`,
  identifyLabel: 'Screen',
  identifySlug: 'Screen id',
  identifyLocation: 'Location',
  emergencyLabel: 'Urgent notice',
  emergencyIssued: (time: string) => `Issued at ${time}`,
  emergencyUntil: (time: string) => `Shown until ${time}`,
  restarting: 'The notice board is restarting…',
  offline: 'Server unreachable — showing saved content',
  sample: 'Sample data',
  source: 'Source',
  pageOf: (page, total) => `Page ${page}/${total}`,
  slideOf: (position, total) => `${position}/${total}`,
  continued: '(continued)',
  feedbackTitle: 'Where to send feedback on administrative regulations',
  feedbackAddress: 'Address',
  feedbackMailing: 'Mailing address',
  feedbackPhone: 'Phone',
  feedbackEmail: 'Email',
  feedbackWebsite: 'Website',
  officeHours: 'Office hours',
  fallbackWelcome: 'Welcome, parents and visitors',
  procedureCode: 'Procedure code',
  procedureField: 'Field',
  procedureLevel: 'Level',
  steps: 'Steps',
  step: (n) => `Step ${n}`,
  channels: 'How to submit',
  channelTime: 'Time limit',
  channelFee: 'Fee',
  dossier: 'Documents',
  dossierDocument: 'Document',
  dossierOriginals: 'Originals',
  dossierCopies: 'Copies',
  dossierSets: 'Number of sets',
  timeLimit: 'Processing time',
  fees: 'Fees',
  applicants: 'Applicants',
  agency: 'Processing agency',
  receivingAddress: 'Where to submit',
  result: 'Result',
  conditions: 'Requirements',
  legalBasis: 'Legal basis',
  publishingDecision: 'Publishing decision',
  publishedOn: 'dated',
  forms: 'Forms',
  notes: 'Notes',
  lastChecked: 'Information checked on',
  indexYear: 'Year',
  indexScore: 'Score',
  indexRank: 'Rank',
  indexChange: 'Change vs last year',
  indexPoints: 'points',
  indexPlaces: (n) => `${n} places`,
  indexUnchanged: 'Unchanged',
  indexTrend: 'Score over the years',
  indexRankTrend: 'Rank over the years',
  noValue: '—',
  channel: (c) => CHANNEL_EN[c],
  typeLabel: (type) => TYPE_EN[type],
  indexName: (i) => INDEX_VI[i],
  longDate: (now, timeZone) =>
    new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(now),
  wall: wallEn,
};

const tables: Record<Lang, Strings> = { vi, en };

export function stringsFor(lang: Lang): Strings {
  return tables[lang];
}

/** The language chosen by `?lang=en`; Vietnamese otherwise. */
export function langFromSearch(search: string): Lang {
  return new URLSearchParams(search).get('lang') === 'en' ? 'en' : 'vi';
}

export const StringsContext = createContext<Strings>(vi);

export function useStrings(): Strings {
  return useContext(StringsContext);
}
