/**
 * Words of the wall's summary slides: the index sentence and the procedure summary (part of the display's one string
 * table, see ../i18n.ts). The index sentence is built from figures already formatted for the screen.
 */
export interface IndexSentenceParts {
  scope: string;
  indexName: string;
  year: number;
  /** "3/63", or null when the result has no rank. */
  rank: string | null;
  /** "92,57%", "43,7 điểm", or null. */
  score: string | null;
  group: string;
  /** "1,14 điểm" / "10 bậc" with their direction; null when not known. */
  points: { direction: 'up' | 'down' | 'same'; text: string } | null;
  places: { direction: 'up' | 'down' | 'same'; text: string } | null;
  sinceYear: number;
  /** Older than the latest published results: the sentence starts with its year. */
  stale: boolean;
}

const VERB_VI = { up: 'tăng', down: 'giảm', same: 'giữ nguyên' } as const;
const VERB_EN = { up: 'up', down: 'down', same: 'unchanged' } as const;

/** "tăng 10 bậc và 2,93 điểm" / "tăng 2 bậc, giảm 0,5 điểm" / "giữ nguyên thứ hạng". */
function changeVi(p: IndexSentenceParts): string | null {
  const parts = [
    p.places && (p.places.direction === 'same' ? { d: 'same' as const, text: 'thứ hạng' } : { d: p.places.direction, text: p.places.text }),
    p.points && (p.points.direction === 'same' ? { d: 'same' as const, text: 'điểm số' } : { d: p.points.direction, text: p.points.text }),
  ].filter((x) => x !== null);
  const [first, second] = parts;
  if (!first) return null;
  if (!second) return `${VERB_VI[first.d]} ${first.text}`;
  return first.d === second.d ? `${VERB_VI[first.d]} ${first.text} và ${second.text}` : `${VERB_VI[first.d]} ${first.text}, ${VERB_VI[second.d]} ${second.text}`;
}

function sentenceVi(p: IndexSentenceParts): string {
  const subject = p.stale ? `Năm ${p.year}, ${p.scope}` : p.scope;
  const when = p.stale ? '' : ` năm ${p.year}`;
  const clauses = [
    p.rank ? `${subject} xếp thứ ${p.rank} về ${p.indexName}${when}` : `${subject} đạt ${p.score ?? ''} về ${p.indexName}${when}`,
  ];
  if (p.rank && p.score) clauses.push(`đạt ${p.score}`);
  // PAPI names groups ("Nhóm 2 – Trung bình cao"); PCI gives a rating band ("Tốt"), which reads "xếp loại Tốt".
  if (p.group) clauses.push(/^nhóm/i.test(p.group) ? `thuộc ${p.group.replace(/^Nhóm/, 'nhóm')}` : `xếp loại ${p.group}`);
  const change = changeVi(p);
  if (change) clauses.push(`${change} so với năm ${p.sinceYear}`);
  return `${clauses.join(', ')}.`;
}

function sentenceEn(p: IndexSentenceParts): string {
  const head = p.rank ? `${p.scope} ranked ${p.rank} on the ${p.indexName} in ${p.year}` : `${p.scope} scored ${p.score ?? ''} on the ${p.indexName} in ${p.year}`;
  const clauses = [head];
  if (p.rank && p.score) clauses.push(`with ${p.score}`);
  if (p.group) clauses.push(p.group);
  const changes = [p.places, p.points].filter((c) => c !== null).map((c) => (c.direction === 'same' ? VERB_EN.same : `${VERB_EN[c.direction]} ${c.text}`));
  if (changes.length > 0) clauses.push(`${changes.join(' and ')} on ${p.sinceYear}`);
  return `${clauses.join(', ')}.`;
}

export const wallVi = {
  indexSentence: sentenceVi,
  indexStale: (year: number) => `Kết quả năm ${year} — không phải kết quả mới nhất`,
  placesUnchanged: 'Giữ nguyên thứ hạng',
  summaryKicker: 'Thủ tục hành chính',
  summaryWho: 'Dành cho',
  summaryWhere: 'Nộp hồ sơ tại',
  summaryDeadline: 'Thời hạn nộp',
  summaryProcessing: 'Thời hạn giải quyết',
  summaryBenefit: 'Mức hỗ trợ',
  summaryFee: 'Phí, lệ phí',
  summaryQr: 'Quét mã để xem đầy đủ thủ tục',
  summaryFullText: 'Toàn văn thủ tục tại Bộ phận tiếp nhận và trả kết quả',
  summaryQrAlt: (code: string) => `Mã QR mở trang thủ tục ${code}`,
};

export type WallStrings = typeof wallVi;

export const wallEn: WallStrings = {
  indexSentence: sentenceEn,
  indexStale: (year) => `${year} result — not the latest`,
  placesUnchanged: 'Same rank',
  summaryKicker: 'Administrative procedure',
  summaryWho: 'Who can apply',
  summaryWhere: 'Where to file',
  summaryDeadline: 'File by',
  summaryProcessing: 'Processing time',
  summaryBenefit: 'Benefit',
  summaryFee: 'Fee',
  summaryQr: 'Scan for the full procedure',
  summaryFullText: 'Full text at the reception desk',
  summaryQrAlt: (code) => `QR code to procedure ${code}`,
};
