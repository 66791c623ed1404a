/**
 * How one CSV cell holds a value. Repeatable fields (steps, dossier rows…) list their items separated by " | ",
 * and the parts of one item by " :: " (e.g. "Nộp hồ sơ :: 1 ngày | Xét duyệt :: 5 ngày"). A cell that starts
 * with "[" is read as JSON instead, for whoever exports from another system.
 */
export const LIST_SEPARATOR = ' | ';
export const PART_SEPARATOR = ' :: ';

/** A cell that cannot be read at all; reported as "Dòng N, cột X: message". */
export class CellError extends Error {}

export const splitList = (cell: string): string[] =>
  cell
    .split('|')
    .map((s) => s.trim())
    .filter((s) => s !== '');

export const splitParts = (item: string): string[] => item.split('::').map((s) => s.trim());

export function readJsonList(cell: string): unknown[] | null {
  const trimmed = cell.trim();
  if (!trimmed.startsWith('[')) return null;
  try {
    const value: unknown = JSON.parse(trimmed);
    if (!Array.isArray(value)) throw new CellError('JSON phải là một danh sách […]');
    return value;
  } catch (error) {
    if (error instanceof CellError) throw error;
    throw new CellError('JSON không hợp lệ');
  }
}

/** Items of a repeatable field: JSON as is, or " | " items whose " :: " parts go through `build`. */
export function readList<T>(cell: string, build: (parts: string[]) => T): unknown[] {
  return readJsonList(cell) ?? splitList(cell).map((item) => build(splitParts(item)));
}

/** "92,57" (Vietnamese) or "92.57"; '' → null. */
export function readNumber(cell: string): number | null {
  const trimmed = cell.trim().replace(/\s/g, '');
  if (trimmed === '') return null;
  const normalised = /^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(trimmed)
    ? trimmed.replace(/\./g, '').replace(',', '.')
    : trimmed.replace(',', '.');
  const value = Number(normalised);
  if (!Number.isFinite(value)) throw new CellError(`“${cell.trim()}” không phải là số`);
  return value;
}

const YES = new Set(['có', 'co', 'x', 'true', '1', 'yes']);
const NO = new Set(['', 'không', 'khong', 'false', '0', 'no']);
export function readYesNo(cell: string): boolean {
  const value = cell.trim().toLowerCase().normalize('NFC');
  if (YES.has(value)) return true;
  if (NO.has(value)) return false;
  throw new CellError('Ghi “có” hoặc “không”');
}

/** A date written 2026-11-28 or 28/11/2026; '' → null. */
export function readDate(cell: string): string | null {
  const value = cell.trim();
  if (value === '') return null;
  const dmy = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  if (dmy) return `${dmy[3]}-${(dmy[2] ?? '').padStart(2, '0')}-${(dmy[1] ?? '').padStart(2, '0')}`;
  return value;
}

export const writeList = (items: readonly (readonly (string | number | null | undefined)[])[]): string =>
  items.map((parts) => parts.map((p) => (p === null || p === undefined ? '' : String(p))).join(PART_SEPARATOR).replace(/( :: )+$/, '')).join(LIST_SEPARATOR);
