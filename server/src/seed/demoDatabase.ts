import {
  DEFAULT_REFORM_AREAS,
  DEFAULT_NOTIFY_SETTINGS,
  DEFAULT_FEEDBACK_CALENDAR,
  DEFAULT_SLIDE_DEFAULTS,
  CURRENT_SCHEMA_VERSION,
  DEFAULT_DAYPARTS,
  type ContentItem,
  type Database,
  type School,
  type Screen,
  type User,
} from '@bangtin/shared';
import { newId } from '../domain/ids.ts';
import { SEED_ANNOUNCEMENTS } from './announcements.ts';
import { SEED_INDEX_RESULTS } from './indexResults.ts';
import { SEED_PROCEDURES } from './procedures.ts';
import { SEED_SLOGANS } from './slogans.ts';
import { seedAreas } from './seedAreas.ts';
import { SEED_QUIZ } from './quizQuestions.ts';

export const SEED_SCREENS: Screen[] = [
  {
    id: 'gate',
    slug: 'gate',
    name: 'Màn hình cổng trường',
    location: 'Cổng trường',
    orientation: 'landscape',
    profile: 'gate',
    group: 'Cổng trường',
    defaultPlaylistId: null,
    interactive: false,
    idleSeconds: 60,
  },
  {
    id: 'reception',
    slug: 'reception',
    name: 'Màn hình Bộ phận tiếp nhận và trả kết quả',
    location: 'Bộ phận tiếp nhận và trả kết quả',
    orientation: 'portrait',
    profile: 'reception',
    group: 'Bộ phận tiếp nhận',
    defaultPlaylistId: null,
    interactive: true,
    idleSeconds: 60,
  },
];

/** The seeded parent agency: the ward, name left for the school (see seedSchool). */
export const PARENT_AGENCY_BLANK = 'UBND phường …';

/**
 * The school's contact details are not in the team's verified material, so they start empty (the screens show only
 * what is set, never a placeholder) and the office fills them in Settings; "Dữ liệu mẫu" labels the block until then.
 */
export function seedSchool(timezone: string): School {
  return {
    name: 'Trường mầm non Vườn Xanh Nam Đô',
    shortName: 'MN Vườn Xanh Nam Đô',
    // Since 01/7/2025 a school's parent body is its ward (two-tier local government; not "Hà Nội"). The 2021 plan is
    // dated at Thịnh Liệt, but no verified note says which of the merged wards the school now belongs to: the office
    // writes the name in Cài đặt; "…" marks the blank as official forms do.
    parentAgency: PARENT_AGENCY_BLANK,
    address: 'Hà Nội (nhà trường cập nhật địa chỉ trong phần Cài đặt)',
    officeHours: 'Thứ Hai – Thứ Sáu: sáng 7:30 – 10:30, chiều 13:30 – 16:30 (trừ ngày nghỉ theo quy định)',
    timezone,
    tickerText: 'Chào mừng quý phụ huynh! Mọi góp ý, phản ánh xin gửi Bộ phận tiếp nhận và trả kết quả của nhà trường.',
    feedback: {
      agency: 'Trường mầm non Vườn Xanh Nam Đô – Bộ phận tiếp nhận và trả kết quả',
      address: '',
      mailingAddress: '',
      phone: '',
      email: '',
      website: '',
    },
    slideDefaults: { ...DEFAULT_SLIDE_DEFAULTS },
    uiLanguage: 'vi',
    sampleData: true,
    publicUrl: '',
  };
}

/** The procedure families ask about most (lunch support, 360.000 đồng/tháng): summarised on the gate screen too. */
const GATE_PROCEDURE_CODE = '1.001622';

/** When the team's domain notes were compiled from the national records (domain-vn.json meta.compiled_on). */
const PROCEDURES_LAST_CHECKED = '2026-11-28';

export interface SeedOptions {
  now: Date;
  timezone: string;
  admin: { passwordHash: string };
}

/**
 * Written by the seed and approved by it at the first start, labelled sample data until the office re-checks it:
 * the record fields every seeded content item and quiz question shares.
 */
function seedApproval(at: string) {
  return {
    version: 1,
    status: 'approved' as const,
    sample: true,
    createdAt: at,
    createdBy: 'seed',
    updatedAt: at,
    updatedBy: 'seed',
    approvedBy: 'seed',
    approvedAt: at,
    rejectionReason: null,
  };
}

/** Demo content for the first start: every fact sourced, every item labelled sample data until re-checked. */
export function demoDatabase({ now, timezone, admin }: SeedOptions): Database {
  const at = now.toISOString();
  const meta = {
    ...seedApproval(at),
    validFrom: null,
    validUntil: null,
    durationSeconds: null,
  };
  const untagged = [
    ...SEED_SLOGANS.map(({ source, onAir, ...s }) => ({ ...meta, id: newId('c'), type: 'slogan' as const, screens: onAir ? ('all' as const) : [], source, ...s })),
    ...SEED_ANNOUNCEMENTS.map(({ source, ...a }) => ({
      ...meta,
      id: newId('c'),
      type: 'announcement' as const,
      screens: 'all' as const,
      source,
      ...a,
    })),
    // The lunch-support procedure also plays at the gate, as its one-slide summary with a QR code; both are timed by
    // their reading time (the summary's at the gate, the full text's at reception).
    ...SEED_PROCEDURES.map(({ fields, source }) => ({
      ...meta,
      id: newId('c'),
      type: 'procedure' as const,
      screens: fields.code === GATE_PROCEDURE_CODE ? ('all' as const) : ['reception'],
      source,
      ...fields,
      lastChecked: PROCEDURES_LAST_CHECKED,
    })),
    {
      ...meta,
      id: newId('c'),
      type: 'qr' as const,
      screens: 'all' as const,
      title: 'Tra cứu thủ tục hành chính, nộp hồ sơ trực tuyến',
      url: 'https://dichvucong.gov.vn',
      caption: 'Cổng Dịch vụ công quốc gia',
      source: 'dichvucong.gov.vn',
    },
    // A page of the school's own site: encoded on the public address (Cài đặt); without one the slide shows the
    // school's contact instead of a code a phone could not open, and the dashboard asks for the address.
    {
      ...meta,
      id: newId('c'),
      type: 'qr' as const,
      screens: 'all' as const,
      title: 'Quét mã để góp ý / đánh giá',
      url: '/gop-y',
      caption: 'Gửi phản ánh, kiến nghị, sáng kiến hoặc đánh giá mức độ hài lòng với nhà trường.',
      source: '',
    },
    ...SEED_INDEX_RESULTS.map(({ source, onAir, ...r }) => ({
      ...meta,
      id: newId('c'),
      type: 'indexResult' as const,
      screens: onAir ? ('all' as const) : [],
      source,
      score: null,
      unit: '',
      rank: null,
      rankOf: null,
      changePoints: null,
      changePlaces: null,
      group: '',
      note: '',
      ...r,
    })),
  ];
  const content: ContentItem[] = untagged.map((item) => ({ ...item, areas: seedAreas(item), audience: 'none' as const }));
  const adminUser: User = {
    id: 'u-admin',
    username: 'admin',
    displayName: 'Quản trị hệ thống',
    email: '',
    role: 'admin',
    passwordHash: admin.passwordHash,
    disabled: false,
    createdAt: at,
  };
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    school: seedSchool(timezone),
    screens: SEED_SCREENS,
    content,
    users: [adminUser],
    sessions: [],
    audit: [{ id: newId('a'), at, actor: 'seed', action: 'seed', entity: 'database', entityId: 'db', summary: 'Khởi tạo dữ liệu mẫu' }],
    schedules: [],
    playlists: [],
    dayparts: DEFAULT_DAYPARTS,
    emergencies: [],
    notify: DEFAULT_NOTIFY_SETTINGS,
    media: [],
    lookups: [],
    devices: [],
    emergencyAcks: [],
    failedSearches: [],
    feedback: [],
    reformAreas: DEFAULT_REFORM_AREAS,
    commPlans: [],
    feedbackCalendar: DEFAULT_FEEDBACK_CALENDAR,
    surveyResponses: [],
    // Approved like the seeded content (labelled sample data) so the quiz is playable from the first start.
    quizQuestions: SEED_QUIZ.map((q) => ({ ...q, id: newId('q'), ...seedApproval(at) })),
    quizTallies: [],
  };
}
