import { CHANNEL_VI, FORM_FILLER_VI, INDEX_VI, STANDING_VI } from '../../labels.ts';
import type { ContentItem } from '../../schemas/content.ts';
import { reformIndex } from '../../schemas/indexResult.ts';
import { formFiller, procedureStanding, submissionChannel } from '../../schemas/procedure.ts';
import { foldVietnameseLine } from '../foldVietnamese.ts';
import { CellError, readDate, readList, readNumber, readYesNo, splitList, splitParts, writeList } from './cells.ts';

type Procedure = Extract<ContentItem, { type: 'procedure' }>;
type IndexResult = Extract<ContentItem, { type: 'indexResult' }>;

/** One column of an import file: its Vietnamese header, the fields it fills (to name it in errors), and both directions. */
export interface ImportColumn<T> {
  header: string;
  fields: readonly string[];
  /** Explains the cell's format in the template's notes. */
  hint?: string;
  read: (cell: string) => Record<string, unknown>;
  write: (item: T) => string;
}

const textColumn = <T>(header: string, field: keyof T & string): ImportColumn<T> => ({
  header,
  fields: [field],
  read: (cell) => ({ [field]: cell }),
  write: (item) => String(item[field] ?? ''),
});

function readChannel(name: string): string {
  const key = submissionChannel.options.find((c) => foldVietnameseLine(c) === foldVietnameseLine(name) || foldVietnameseLine(CHANNEL_VI[c]) === foldVietnameseLine(name));
  if (!key) throw new CellError(`Cách thức “${name}” không rõ; dùng: ${Object.values(CHANNEL_VI).join(', ')}`);
  return key;
}

function readIndex(name: string): string {
  const key = reformIndex.options.find((i) => foldVietnameseLine(i) === foldVietnameseLine(name) || foldVietnameseLine(INDEX_VI[i].short) === foldVietnameseLine(name));
  if (!key) throw new CellError(`Chỉ số “${name}” không rõ; dùng: ${reformIndex.options.map((i) => INDEX_VI[i].short).join(', ')}`);
  return key;
}

/** A value of a small closed list, named by its key or its Vietnamese label (either may be shortened to its start). */
function readChoice<K extends string>(cell: string, keys: readonly K[], labels: Record<K, string>, what: string): K {
  const typed = foldVietnameseLine(cell);
  const key = keys.find((k) => foldVietnameseLine(k) === typed || foldVietnameseLine(labels[k]).startsWith(typed));
  if (!typed || !key) throw new CellError(`${what} “${cell.trim()}” không rõ; dùng: ${keys.map((k) => labels[k]).join(', ')}`);
  return key;
}

const count = (cell: string | undefined) => readNumber(cell ?? '');

/** Meta columns every import shares; status, screens and durations are set by the server (drafts for all screens). */
function metaColumns<T extends ContentItem>(): ImportColumn<T>[] {
  return [
    textColumn<T>('Nguồn', 'source'),
    {
      header: 'Dữ liệu mẫu',
      fields: ['sample'],
      hint: '“có” nếu số liệu chưa được đối chiếu với nguồn chính thức',
      read: (cell) => ({ sample: readYesNo(cell) }),
      write: (item) => (item.sample ? 'có' : 'không'),
    },
    {
      header: 'Hiệu lực từ ngày',
      fields: ['validFrom'],
      hint: 'năm-tháng-ngày hoặc ngày/tháng/năm; để trống = ngay',
      read: (cell) => ({ validFrom: readDate(cell) }),
      write: (item) => item.validFrom ?? '',
    },
    {
      header: 'Hiệu lực đến ngày',
      fields: ['validUntil'],
      hint: 'để trống = không hạn',
      read: (cell) => ({ validUntil: readDate(cell) }),
      write: (item) => item.validUntil ?? '',
    },
    {
      header: 'Lĩnh vực CCHC',
      fields: ['areas'],
      hint: 'mã mục của kế hoạch tuyên truyền, nhiều mã cách nhau bởi “ | ” (ví dụ: II.2b | II.3); để trống = II.2b cho thủ tục, II.3 cho kết quả chỉ số',
      // An empty cell keeps the type's default (importFile.ts DEFAULTS).
      read: (cell) => (cell.trim() ? { areas: splitList(cell) } : {}),
      write: (item) => item.areas.join(' | '),
    },
  ];
}

export const PROCEDURE_COLUMNS: ImportColumn<Procedure>[] = [
  textColumn('Mã thủ tục', 'code'),
  textColumn('Tên thủ tục', 'name'),
  textColumn('Lĩnh vực', 'field'),
  {
    header: 'Cấp thực hiện',
    fields: ['level'],
    hint: 'nhiều cấp cách nhau bởi “ | ”',
    read: (cell) => ({ level: splitList(cell) }),
    write: (p) => p.level.join(' | '),
  },
  textColumn('Loại thủ tục', 'procedureType'),
  {
    header: 'Đối tượng thực hiện',
    fields: ['applicants'],
    hint: 'nhiều đối tượng cách nhau bởi “ | ”',
    read: (cell) => ({ applicants: splitList(cell) }),
    write: (p) => p.applicants.join(' | '),
  },
  textColumn('Cơ quan thực hiện', 'agency'),
  textColumn('Địa điểm tiếp nhận', 'receivingAddress'),
  {
    header: 'Trình tự thực hiện',
    fields: ['steps'],
    hint: 'mỗi bước: “mô tả :: thời hạn” (thời hạn có thể bỏ), các bước cách nhau bởi “ | ”',
    read: (cell) => ({ steps: readList(cell, ([description = '', timeLimit = '']) => ({ description, timeLimit })) }),
    write: (p) => writeList(p.steps.map((s) => [s.description, s.timeLimit])),
  },
  {
    header: 'Cách thức thực hiện',
    fields: ['channels'],
    hint: 'mỗi cách: “Trực tiếp | Trực tuyến | Dịch vụ bưu chính :: thời hạn :: phí :: ghi chú”, cách nhau bởi “ | ”',
    read: (cell) => ({
      channels: readList(cell, ([channel = '', timeLimit = '', fee = '', note = '']) => ({
        channel: readChannel(channel),
        timeLimit,
        fee,
        note,
      })),
    }),
    write: (p) => writeList(p.channels.map((c) => [CHANNEL_VI[c.channel], c.timeLimit, c.fee, c.note])),
  },
  {
    header: 'Thành phần hồ sơ',
    fields: ['dossier'],
    hint: 'mỗi giấy tờ: “tên :: số bản chính :: số bản sao :: nhóm” (số để trống = không nêu)',
    read: (cell) => ({
      dossier: readList(cell, ([document = '', originals, copies, group = '']) => ({
        document,
        originals: count(originals),
        copies: count(copies),
        group,
      })),
    }),
    write: (p) => writeList(p.dossier.map((d) => [d.document, d.originals, d.copies, d.group])),
  },
  textColumn('Số lượng hồ sơ', 'dossierSets'),
  textColumn('Ghi chú hồ sơ', 'dossierNote'),
  textColumn('Thời hạn giải quyết', 'timeLimit'),
  {
    header: 'Kết quả thực hiện',
    fields: ['result'],
    hint: '“tên kết quả :: mã” (mã có thể bỏ)',
    read: (cell) => {
      const [name = '', code = ''] = cell.split('::').map((s) => s.trim());
      return { result: { name, code } };
    },
    write: (p) => writeList([[p.result.name, p.result.code]]),
  },
  textColumn('Phí, lệ phí', 'fees'),
  {
    header: 'Mẫu đơn, tờ khai',
    fields: ['forms'],
    hint: `mỗi mẫu: “tên :: https://đường dẫn :: ai điền” (đường dẫn có thể bỏ; ai điền: “${FORM_FILLER_VI.applicant}” — mặc định — hoặc “${FORM_FILLER_VI.agency}”, viết tắt “Người nộp” / “Cơ quan” được)`,
    read: (cell) => ({
      forms: readList(cell, ([name = '', url = '', filler = '']) => ({
        name,
        ...(url ? { url } : {}),
        ...(filler ? { filledBy: readChoice(filler, formFiller.options, FORM_FILLER_VI, 'Người điền') } : {}),
      })),
    }),
    write: (p) => writeList(p.forms.map((f) => [f.name, f.url ?? '', f.filledBy === 'agency' ? FORM_FILLER_VI.agency : ''])),
  },
  {
    header: 'Mẫu kết quả',
    fields: ['resultTemplates'],
    hint: 'mẫu giấy tờ người nộp nhận được: “tên :: https://đường dẫn” (đường dẫn có thể bỏ), cách nhau bởi “ | ”',
    read: (cell) => ({ resultTemplates: readList(cell, ([name = '', url = '']) => (url ? { name, url } : { name })) }),
    write: (p) => writeList(p.resultTemplates.map((t) => [t.name, t.url])),
  },
  textColumn('Yêu cầu, điều kiện', 'conditions'),
  {
    header: 'Căn cứ pháp lý',
    fields: ['legalBasis'],
    hint: 'mỗi văn bản: “số hiệu :: trích yếu”, cách nhau bởi “ | ”',
    read: (cell) => ({ legalBasis: readList(cell, ([number = '', title = '']) => ({ number, title })) }),
    write: (p) => writeList(p.legalBasis.map((l) => [l.number, l.title])),
  },
  {
    header: 'Quyết định công bố',
    fields: ['publishingDecision'],
    hint: '“số quyết định :: ngày” (ngày có thể bỏ)',
    read: (cell) => {
      const [number = '', date = ''] = cell.split('::').map((s) => s.trim());
      const day = readDate(date);
      return { publishingDecision: day ? { number, date: day } : { number } };
    },
    write: (p) => writeList([[p.publishingDecision.number, p.publishingDecision.date]]),
  },
  textColumn('Ghi chú', 'notes'),
  {
    header: 'Tình trạng hiệu lực',
    fields: ['standing'],
    hint: `“${STANDING_VI['in-force']}” (để trống cũng vậy), “${STANDING_VI.replaced} :: mã thủ tục thay thế :: ghi chú” hoặc “${STANDING_VI.abolished} ::  :: ghi chú”`,
    read: (cell) => {
      if (!cell.trim()) return {};
      const [state = '', replacedBy = '', note = ''] = splitParts(cell);
      return { standing: { state: readChoice(state, procedureStanding.options, STANDING_VI, 'Tình trạng'), replacedBy, note } };
    },
    write: (p) => writeList([[STANDING_VI[p.standing.state], p.standing.replacedBy, p.standing.note]]),
  },
  {
    header: 'Đường dẫn trên Cổng Dịch vụ công quốc gia',
    fields: ['portalUrl'],
    hint: 'địa chỉ trang của thủ tục trên dichvucong.gov.vn (để trống nếu chưa có); màn hình tiếp nhận hiện thành mã QR',
    read: (cell) => (cell.trim() ? { portalUrl: cell.trim() } : {}),
    write: (p) => p.portalUrl ?? '',
  },
  {
    header: 'Ngày kiểm tra thông tin',
    fields: ['lastChecked'],
    hint: 'ngày đối chiếu với Cơ sở dữ liệu quốc gia về TTHC',
    read: (cell) => ({ lastChecked: readDate(cell) ?? '' }),
    write: (p) => p.lastChecked,
  },
  ...metaColumns<Procedure>(),
];

const numberColumn = (header: string, field: keyof IndexResult & string): ImportColumn<IndexResult> => ({
  header,
  fields: [field],
  hint: 'để trống nếu không có; số thập phân dùng dấu phẩy',
  read: (cell) => ({ [field]: readNumber(cell) }),
  write: (item) => {
    const value = item[field];
    return typeof value === 'number' ? String(value).replace('.', ',') : '';
  },
});

export const INDEX_RESULT_COLUMNS: ImportColumn<IndexResult>[] = [
  {
    header: 'Chỉ số',
    fields: ['index'],
    hint: reformIndex.options.map((i) => INDEX_VI[i].short).join(', '),
    read: (cell) => ({ index: readIndex(cell) }),
    write: (r) => INDEX_VI[r.index].short,
  },
  textColumn('Phạm vi', 'scope'),
  {
    header: 'Năm',
    fields: ['year'],
    read: (cell) => ({ year: readNumber(cell) }),
    write: (r) => String(r.year),
  },
  numberColumn('Điểm số', 'score'),
  textColumn('Đơn vị', 'unit'),
  numberColumn('Xếp hạng', 'rank'),
  numberColumn('Trên tổng số', 'rankOf'),
  numberColumn('Thay đổi điểm', 'changePoints'),
  numberColumn('Thay đổi thứ hạng', 'changePlaces'),
  textColumn('Nhóm', 'group'),
  textColumn('Ghi chú', 'note'),
  ...metaColumns<IndexResult>(),
];
