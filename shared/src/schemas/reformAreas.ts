import { z } from 'zod';
import { requiredText } from './text.ts';

/**
 * The plan's sections content is filed under (Kế hoạch thông tin tuyên truyền CCHC 2021–2025, section II): II.1 the
 * Party's and the State's guidance, II.2a–f the six reform areas, II.3 the results of reform, and `gop-y` for the
 * published answers to feedback (II.3 d). Office-only metadata: never part of what a screen receives.
 */
export const areaCode = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9.-]{0,19}$/, 'Mã lĩnh vực gồm chữ, số, dấu chấm hoặc gạch ngang (tối đa 20 ký tự)');
export type AreaCode = z.infer<typeof areaCode>;

export const reformArea = z.object({
  code: areaCode,
  /** The section's title as the plan writes it. */
  label: requiredText(200),
  /** What a chip or a table column shows. */
  short: requiredText(60),
});
export type ReformArea = z.infer<typeof reformArea>;

export const reformAreaList = z
  .array(reformArea)
  .min(1, 'Cần ít nhất một lĩnh vực')
  .max(30)
  .refine((areas) => new Set(areas.map((a) => a.code.toLowerCase())).size === areas.length, 'Mã lĩnh vực bị trùng');

/** The 2021–2025 plan's sections (plan-2021-2025.md, section II). A school following a newer plan edits them in Cài đặt. */
export const DEFAULT_REFORM_AREAS: ReformArea[] = [
  { code: 'II.1', label: 'Tuyên truyền quan điểm, chỉ đạo của Đảng; chính sách, quy định của Nhà nước về CCHC', short: 'Chỉ đạo của Đảng, Nhà nước' },
  { code: 'II.2a', label: 'Tuyên truyền cải cách thể chế', short: 'Cải cách thể chế' },
  { code: 'II.2b', label: 'Tuyên truyền cải cách thủ tục hành chính', short: 'Cải cách TTHC' },
  { code: 'II.2c', label: 'Tuyên truyền cải cách tổ chức bộ máy hành chính nhà nước', short: 'Tổ chức bộ máy' },
  { code: 'II.2d', label: 'Tuyên truyền cải cách chế độ công vụ', short: 'Chế độ công vụ' },
  { code: 'II.2e', label: 'Tuyên truyền cải cách tài chính công', short: 'Tài chính công' },
  { code: 'II.2f', label: 'Xây dựng và phát triển Chính phủ điện tử, Chính phủ số', short: 'Chính phủ điện tử, số' },
  { code: 'II.3', label: 'Tuyên truyền kết quả CCHC', short: 'Kết quả CCHC' },
  { code: 'gop-y', label: 'Tiếp nhận, trả lời phản ánh, kiến nghị (kết quả xử lý)', short: 'Trả lời phản ánh, kiến nghị' },
];

/** Content's areas: at most a dozen codes, each once. */
export const contentAreas = z
  .array(areaCode)
  .max(12)
  .refine((codes) => new Set(codes).size === codes.length, 'Mỗi lĩnh vực chỉ chọn một lần')
  .default([]);

/** Types that must name at least one area before they are sent for approval (drafts stay lenient). */
export const AREA_REQUIRED_TYPES: ReadonlySet<string> = new Set(['slogan', 'announcement', 'indexResult']);

/** A procedure is, by its nature, about administrative procedures (II.2b) unless the office says more. */
export const PROCEDURE_DEFAULT_AREAS = ['II.2b'];

/** The areas an item without any gets: procedures → II.2b, everything else none (the office tags it). */
export const defaultAreasFor = (type: string): string[] => (type === 'procedure' ? [...PROCEDURE_DEFAULT_AREAS] : []);

export const AREA_REQUIRED_MESSAGE = 'Chọn ít nhất một lĩnh vực CCHC trước khi gửi duyệt';

/** True when an item that asks for approval (or is approved) lacks the area its type needs. */
export function lacksRequiredArea(item: { type: string; status: string; areas?: readonly string[] | undefined }): boolean {
  return (item.status === 'submitted' || item.status === 'approved') && AREA_REQUIRED_TYPES.has(item.type) && (item.areas ?? []).length === 0;
}

/** Loading an older db.json: an item stored before areas existed gets its type's default. */
export function withDefaultAreas(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || 'areas' in raw) return raw;
  const type = (raw as { type?: unknown }).type;
  return { ...raw, areas: defaultAreasFor(typeof type === 'string' ? type : '') };
}

export const areaSettingsUpdate = z.object({ areas: reformAreaList });
export type AreaSettingsUpdate = z.infer<typeof areaSettingsUpdate>;

/** Shown when `short` is all the room there is: "II.2b · Cải cách TTHC". */
export const areaChipText = (area: ReformArea) => `${area.code} · ${area.short}`;
