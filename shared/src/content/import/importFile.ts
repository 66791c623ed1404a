import { z } from 'zod';
import { completeContentInput, contentInput, type ContentInput } from '../../schemas/content.ts';
import { viErrorMap } from '../../validationVi.ts';
import { CellError } from './cells.ts';
import { INDEX_RESULT_COLUMNS, PROCEDURE_COLUMNS, type ImportColumn } from './columns.ts';
import { foldVietnameseLine } from '../foldVietnamese.ts';
import { parseCsv } from './csv.ts';

export const importType = z.enum(['procedure', 'indexResult']);
export type ImportType = z.infer<typeof importType>;

export const importRequest = z.object({
  type: importType,
  format: z.enum(['csv', 'json']),
  /** The file's text (UTF-8). */
  text: z.string().min(1, 'Tệp trống').max(240_000, 'Tệp quá lớn (tối đa khoảng 240 KB); hãy chia thành nhiều tệp'),
});
export type ImportRequest = z.infer<typeof importRequest>;

/** One problem in an import file, located for people: "Dòng 3, cột Thời hạn giải quyết: Không được để trống". */
export interface ImportIssue {
  /** The spreadsheet row (header = 1) or the JSON item (first = 1); 0 = the file as a whole. */
  row: number;
  column: string;
  message: string;
}

export type ImportResult = { ok: true; inputs: ContentInput[] } | { ok: false; issues: ImportIssue[] };

const COLUMNS: Record<ImportType, readonly ImportColumn<never>[]> = { procedure: PROCEDURE_COLUMNS, indexResult: INDEX_RESULT_COLUMNS };

/** What an imported row gets unless the file says otherwise: a draft for every screen, optional texts empty. */
const DEFAULTS: Record<ImportType, Record<string, unknown>> = {
  // Reform areas (plan section II): procedures are II.2b, index results are the results of reform, II.3 b.
  procedure: { areas: ['II.2b'], level: [], dossier: [], forms: [], receivingAddress: '', dossierSets: '', dossierNote: '', conditions: '', notes: '' },
  indexResult: { areas: ['II.3'], unit: '', group: '', note: '', score: null, rank: null, rankOf: null, changePoints: null, changePlaces: null },
};
const META = { validFrom: null, validUntil: null, durationSeconds: null, sample: false, source: '', screens: 'all', status: 'draft' };

export const rowLabel = (format: 'csv' | 'json', row: number) => (row === 0 ? 'Tệp' : format === 'csv' ? `Dòng ${row}` : `Mục ${row}`);

/** "Dòng 3, cột Thời hạn giải quyết: Không được để trống" */
export const formatImportIssue = (format: 'csv' | 'json', issue: ImportIssue) =>
  `${rowLabel(format, issue.row)}${issue.column ? `, ${format === 'csv' ? 'cột' : 'trường'} ${issue.column}` : ''}: ${issue.message}`;

function columnOf(type: ImportType, path: readonly PropertyKey[], format: 'csv' | 'json'): string {
  const [field, index] = path;
  const column = COLUMNS[type].find((c) => c.fields.includes(String(field)));
  const name = format === 'csv' && column ? column.header : path.map(String).join('.');
  return typeof index === 'number' && format === 'csv' ? `${name} (mục ${index + 1})` : name;
}

function validate(type: ImportType, format: 'csv' | 'json', row: number, fields: Record<string, unknown>, issues: ImportIssue[]) {
  // Imported records are saved as drafts but must be complete: a file is the national record, not a sketch.
  const parsed = completeContentInput.safeParse({ ...META, ...DEFAULTS[type], ...fields, type }, { error: viErrorMap });
  if (parsed.success) return contentInput.parse(parsed.data);
  for (const issue of parsed.error.issues) issues.push({ row, column: columnOf(type, issue.path, format), message: issue.message });
  return null;
}

interface RawRow {
  fields: Record<string, unknown>;
  /** Columns whose cell could not be read (already reported; zod's opinion on them is dropped). */
  unreadable: Set<string>;
}

function readCsvRows(type: ImportType, text: string, issues: ImportIssue[]): RawRow[] {
  const [header, ...rows] = parseCsv(text);
  if (!header || rows.length === 0) {
    issues.push({ row: 0, column: '', message: 'Cần dòng tiêu đề và ít nhất một dòng dữ liệu (xem tệp mẫu)' });
    return [];
  }
  const columns = header.map((name) => COLUMNS[type].find((c) => foldVietnameseLine(c.header) === foldVietnameseLine(name) || c.fields.includes(name.trim())));
  header.forEach((name, i) => {
    if (!columns[i]) issues.push({ row: 1, column: name, message: 'Cột không có trong tệp mẫu' });
  });
  return rows.map((cells, r) => {
    const row: RawRow = { fields: {}, unreadable: new Set() };
    columns.forEach((column, i) => {
      if (!column) return;
      try {
        Object.assign(row.fields, column.read(cells[i] ?? ''));
      } catch (error) {
        if (!(error instanceof CellError)) throw error;
        issues.push({ row: r + 2, column: column.header, message: error.message });
        row.unreadable.add(column.header);
      }
    });
    return row;
  });
}

function readJsonRows(text: string, issues: ImportIssue[]): RawRow[] {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    issues.push({ row: 0, column: '', message: 'Tệp không phải JSON hợp lệ' });
    return [];
  }
  if (!Array.isArray(value) || value.length === 0) {
    issues.push({ row: 0, column: '', message: 'Tệp JSON phải là một danh sách […] có ít nhất một mục (xem tệp mẫu)' });
    return [];
  }
  return value.map((item) => ({
    fields: typeof item === 'object' && item !== null && !Array.isArray(item) ? (item as Record<string, unknown>) : {},
    unreadable: new Set<string>(),
  }));
}

const MAX_ROWS = 200;
/** The report stays readable (and small) even for a file that is wrong everywhere. */
const MAX_ISSUES = 100;

/** Reads and validates every row; either every row is good (inputs, in file order) or the full list of problems. */
export function readImportFile(request: ImportRequest): ImportResult {
  const issues: ImportIssue[] = [];
  const rows = request.format === 'csv' ? readCsvRows(request.type, request.text, issues) : readJsonRows(request.text, issues);
  const firstRow = request.format === 'csv' ? 2 : 1;
  // Counted before any row is validated: an oversized file is refused at once, not after checking every row.
  if (rows.length > MAX_ROWS) return { ok: false, issues: [{ row: 0, column: '', message: `Tối đa ${MAX_ROWS} dòng mỗi lần nhập (tệp có ${rows.length} dòng)` }] };
  const inputs: ContentInput[] = [];
  rows.forEach(({ fields, unreadable }, i) => {
    const row = i + firstRow;
    const rowIssues: ImportIssue[] = [];
    const input = validate(request.type, request.format, row, fields, rowIssues);
    issues.push(...rowIssues.filter((issue) => ![...unreadable].some((header) => issue.column.startsWith(header))));
    if (input) inputs.push(input);
  });
  if (issues.length > 0) {
    const sorted = issues.sort((a, b) => a.row - b.row);
    if (sorted.length <= MAX_ISSUES) return { ok: false, issues: sorted };
    return {
      ok: false,
      issues: [...sorted.slice(0, MAX_ISSUES), { row: 0, column: '', message: `… và ${sorted.length - MAX_ISSUES} lỗi khác: hãy sửa các lỗi trên rồi nhập lại` }],
    };
  }
  return { ok: true, inputs };
}
