import type { ContentItem } from '../../schemas/content.ts';
import { INDEX_RESULT_COLUMNS, PROCEDURE_COLUMNS } from './columns.ts';
import { writeCsv } from './csv.ts';
import type { ImportType } from './importFile.ts';

type Procedure = Extract<ContentItem, { type: 'procedure' }>;
type IndexResult = Extract<ContentItem, { type: 'indexResult' }>;

const META = { validFrom: null, validUntil: null, sample: true, source: 'Cơ sở dữ liệu quốc gia về TTHC (dichvucong.gov.vn)' };

// Typed once: an untyped `[]` would be never[], which the template's cast below cannot compare with a procedure.
const NO_TEMPLATES: Procedure['resultTemplates'] = [];

/** The example row of the procedure template: a shortened 1.001622, marked as sample data. */
const EXAMPLE_PROCEDURE = {
  ...META,
  areas: ['II.2b'],
  code: '1.001622',
  name: 'Hỗ trợ ăn trưa đối với trẻ em mẫu giáo',
  field: 'Giáo dục và Đào tạo thuộc hệ thống giáo dục quốc dân',
  level: ['Cấp xã'],
  procedureType: 'TTHC được luật giao quy định chi tiết',
  applicants: ['Công dân Việt Nam'],
  agency: 'Cơ sở giáo dục mầm non; UBND cấp xã phê duyệt',
  receivingAddress: 'Cơ sở giáo dục mầm non',
  steps: [
    { description: 'Cha mẹ nộp 01 bộ hồ sơ tại cơ sở giáo dục mầm non', timeLimit: 'Trong 15 ngày làm việc kể từ ngày thông báo' },
    { description: 'Nhà trường lập danh sách gửi UBND cấp xã', timeLimit: '10 ngày làm việc' },
    { description: 'UBND cấp xã phê duyệt và thông báo kết quả', timeLimit: '07 ngày làm việc' },
  ],
  channels: [
    { channel: 'direct', timeLimit: '24 ngày làm việc', fee: '', note: '' },
    { channel: 'online', timeLimit: '24 ngày làm việc', fee: '', note: '' },
  ],
  dossier: [
    { group: '', document: 'Đơn đề nghị hỗ trợ (Mẫu số 01)', originals: 1, copies: 0 },
    { group: '', document: 'Giấy chứng nhận hộ nghèo, hộ cận nghèo', originals: 0, copies: 1 },
  ],
  dossierSets: '01 bộ',
  dossierNote: '',
  timeLimit: '24 ngày làm việc',
  result: { name: 'Quyết định phê duyệt danh sách', code: '' },
  fees: 'Không',
  forms: [{ name: 'Đơn đề nghị hỗ trợ ăn trưa', url: 'https://dichvucong.gov.vn/', filledBy: 'applicant' }],
  resultTemplates: NO_TEMPLATES,
  conditions: '',
  legalBasis: [{ number: '105/2020/NĐ-CP', title: 'Nghị định quy định chính sách phát triển giáo dục mầm non' }],
  publishingDecision: { number: '2108/QĐ-BGDĐT', date: '2021-07-26' },
  notes: '',
  lastChecked: '2026-11-28',
  standing: { state: 'in-force', replacedBy: '', note: '' },
} satisfies Omit<Procedure, 'id' | 'type' | 'version' | 'status' | 'screens' | 'durationSeconds' | 'createdAt' | 'createdBy' | 'updatedAt' | 'updatedBy' | 'approvedBy' | 'approvedAt' | 'rejectionReason' | 'audience'>;

const EXAMPLE_INDEX = {
  ...META,
  source: 'Bộ Nội vụ, công bố Chỉ số cải cách hành chính năm 2024',
  areas: ['II.3'],
  index: 'PAR_INDEX',
  scope: 'Hà Nội',
  year: 2024,
  score: 92.57,
  unit: '%',
  rank: 3,
  rankOf: 63,
  changePoints: 1.2,
  changePlaces: 2,
  group: '',
  note: '',
} satisfies Omit<IndexResult, 'id' | 'type' | 'version' | 'status' | 'screens' | 'durationSeconds' | 'createdAt' | 'createdBy' | 'updatedAt' | 'updatedBy' | 'approvedBy' | 'approvedAt' | 'rejectionReason' | 'audience'>;

export interface ImportTemplate {
  fileName: string;
  mime: string;
  text: string;
}

/** A template to download: CSV with the header row and one example row, or a JSON list with one example. */
export function importTemplate(type: ImportType, format: 'csv' | 'json'): ImportTemplate {
  const base = type === 'procedure' ? 'mau-nhap-thu-tuc' : 'mau-nhap-chi-so';
  if (format === 'json') {
    const example = type === 'procedure' ? EXAMPLE_PROCEDURE : EXAMPLE_INDEX;
    return { fileName: `${base}.json`, mime: 'application/json', text: `${JSON.stringify([example], null, 2)}\n` };
  }
  const rows =
    type === 'procedure'
      ? [PROCEDURE_COLUMNS.map((c) => c.header), PROCEDURE_COLUMNS.map((c) => c.write(EXAMPLE_PROCEDURE as Procedure))]
      : [INDEX_RESULT_COLUMNS.map((c) => c.header), INDEX_RESULT_COLUMNS.map((c) => c.write(EXAMPLE_INDEX as IndexResult))];
  return { fileName: `${base}.csv`, mime: 'text/csv', text: writeCsv(rows) };
}

/** Column headers and how to write each cell, for the import page's help table. */
export function importColumnsHelp(type: ImportType): { header: string; hint: string }[] {
  const columns = type === 'procedure' ? PROCEDURE_COLUMNS : INDEX_RESULT_COLUMNS;
  return columns.map((c) => ({ header: c.header, hint: c.hint ?? '' }));
}

/**
 * Procedures written in the import template's CSV layout: what an office gets back is a file the import reads again
 * into the same records (round trip), every NĐ 63 component in its own Vietnamese column.
 */
export function procedureImportCsv(items: readonly Procedure[]): string {
  return writeCsv([PROCEDURE_COLUMNS.map((c) => c.header), ...items.map((p) => PROCEDURE_COLUMNS.map((c) => c.write(p)))]);
}
