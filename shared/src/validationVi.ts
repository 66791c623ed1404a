/**
 * Vietnamese messages for zod's built-in checks, for the server's replies (field details, import reports).
 * Messages written into the shared schemas (regex and refine texts) are Vietnamese already and win over these.
 */
interface RawIssue {
  code: string;
  origin?: string;
  minimum?: unknown;
  maximum?: unknown;
  expected?: string;
  input?: unknown;
  format?: string;
}

export function viIssueMessage(issue: RawIssue): string {
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string' || issue.origin === 'array') {
        return Number(issue.minimum) <= 1 ? 'Không được để trống' : `Cần ít nhất ${String(issue.minimum)}`;
      }
      return `Không được nhỏ hơn ${String(issue.minimum)}`;
    case 'too_big':
      if (issue.origin === 'string') return `Dài quá ${String(issue.maximum)} ký tự`;
      if (issue.origin === 'array') return `Nhiều nhất ${String(issue.maximum)} mục`;
      return `Không được lớn hơn ${String(issue.maximum)}`;
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null || issue.input === '') return 'Không được để trống';
      if (issue.expected === 'int' && typeof issue.input === 'number') return 'Phải là số nguyên';
      if (issue.expected === 'number' || issue.expected === 'int') return 'Phải là số';
      return 'Giá trị không hợp lệ';
    case 'invalid_format':
      return issue.format === 'date' ? 'Ngày phải có dạng năm-tháng-ngày, ví dụ 2026-11-28' : 'Sai định dạng';
    case 'invalid_value':
      return 'Giá trị không nằm trong danh sách cho phép';
    case 'unrecognized_keys':
      return 'Có trường không thuộc mẫu';
    default:
      return 'Giá trị không hợp lệ';
  }
}

/** Pass as `{ error: viErrorMap }` to `safeParse`. */
export const viErrorMap = (issue: RawIssue): string => viIssueMessage(issue);
