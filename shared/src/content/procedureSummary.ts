import type { ProcedureFields, SubmissionChannel } from '../schemas/procedure.ts';

/**
 * What a procedure says to a parent walking past the gate, taken from the record itself (nothing invented): who it is
 * for, the amount (a benefit in the notes, or a fee), where and by when to file. The full legal text stays on the
 * reception screen and on the procedure's page (the QR code). Pure and shared: the kiosk draws it, the reading time
 * counts it, and the reception's detail can open with the same facts.
 */
type Procedure = Pick<
  ProcedureFields,
  'code' | 'applicants' | 'conditions' | 'dossier' | 'receivingAddress' | 'agency' | 'channels' | 'steps' | 'timeLimit' | 'fees' | 'notes' | 'portalUrl'
>;

export interface Amount {
  kind: 'benefit' | 'fee';
  /** The record's own words before the colon ("Mức hỗ trợ hiện hành"), when it has them. */
  label: string | null;
  /** "360.000 đồng/tháng, không quá 9 tháng/năm học". */
  value: string;
  /** The parenthesis after it (the decree), shown smaller. */
  basis: string | null;
}

export interface GateSummary {
  amount: Amount | null;
  who: string[];
  where: string;
  channels: SubmissionChannel[];
  deadline: { kind: 'filing' | 'processing'; text: string };
}

const MAX_WHO = 5;
/** A bullet longer than this is cut at a comma ("Con liệt sĩ, con Anh hùng LLVTND, con thương binh…"). */
const MAX_BULLET_CHARS = 60;
const MAX_LABEL_WORDS = 6;

/** "360.000 đồng", "360.000 đ", "1,5 triệu đồng". */
const MONEY = /\d{1,3}(?:\.\d{3})+\s*(?:đồng|đ|VNĐ)(?![\p{L}])|\d+(?:,\d+)?\s*(?:triệu|nghìn)\s*đồng/u;

const withoutParentheses = (text: string) => text.replace(/\s*\([^()]*\)/g, '').replace(/\s+([,.;:])/g, '$1').trim();
const sentencesOf = (text: string) => text.split(/(?<=[.;])\s+(?=\p{Lu})/u).map((s) => s.trim()).filter(Boolean);
const stripEnd = (text: string) => text.replace(/[\s.;:]+$/u, '');

function shorten(text: string): string {
  if (text.length <= MAX_BULLET_CHARS) return text;
  const cut = text.lastIndexOf(',', MAX_BULLET_CHARS);
  return `${stripEnd(text.slice(0, cut > 0 ? cut : MAX_BULLET_CHARS)).replace(/…$/u, '')}…`;
}

function amountIn(text: string, kind: Amount['kind']): Amount | null {
  const sentence = sentencesOf(text).find((s) => MONEY.test(s));
  if (!sentence) return null;
  const colon = sentence.indexOf(':');
  const head = colon > 0 ? sentence.slice(0, colon).trim() : '';
  const hasLabel = head !== '' && !MONEY.test(head) && head.split(/\s+/).length <= MAX_LABEL_WORDS;
  const rest = hasLabel ? sentence.slice(colon + 1).trim() : sentence;
  const basis = /\(([^()]*)\)[\s.]*$/u.exec(rest)?.[1] ?? null;
  return { kind, label: hasLabel ? head : null, value: stripEnd(withoutParentheses(rest)), basis };
}

/** A fee the record states, else the benefit its notes state; none when the record gives no figure. */
function amountOf(p: Procedure): Amount | null {
  const fees = [p.fees, ...p.channels.map((c) => c.fee)].map((text) => amountIn(text, 'fee')).find(Boolean);
  return fees ?? amountIn(p.notes, 'benefit');
}

/** The cases the dossier is grouped by (who qualifies), else the first condition, else the applicant types. */
function whoOf(p: Procedure): string[] {
  const groups = [...new Set(p.dossier.map((d) => withoutParentheses(d.group)).filter(Boolean))];
  if (groups.length >= 2) return groups.slice(0, MAX_WHO).map(shorten);
  const condition = stripEnd(withoutParentheses(p.conditions.split(/[;\n]/)[0] ?? ''));
  return condition ? [condition] : p.applicants.slice(0, MAX_WHO);
}

/** The parents' own step ("… nộp …") and its time limit; else the processing time of the whole procedure. */
function deadlineOf(p: Procedure): GateSummary['deadline'] {
  const filing = p.steps.find((s) => s.timeLimit && /(^|\s)nộp(\s|$)/iu.test(s.description));
  return filing ? { kind: 'filing', text: filing.timeLimit } : { kind: 'processing', text: p.timeLimit };
}

export function gateSummary(p: Procedure): GateSummary {
  return {
    amount: amountOf(p),
    who: whoOf(p),
    where: p.receivingAddress || stripEnd(p.agency.split(';')[0] ?? p.agency),
    channels: p.channels.map((c) => c.channel),
    deadline: deadlineOf(p),
  };
}

/**
 * The procedure's own page: its record on the national portal when the office pasted it, else this server's public
 * page `/thu-tuc/<code>` (built by the channels work) at the address the kiosk reached the server by.
 */
export function procedurePageUrl(p: Pick<Procedure, 'code' | 'portalUrl'>, origin: string): string {
  return p.portalUrl ?? publicProcedurePage(p.code, origin);
}

/**
 * Where a phone reaches this server: the school's public address (Cài đặt → "Địa chỉ công khai") when set, else the
 * address the kiosk itself was opened by (a LAN address may not open on mobile data: the office dashboard says so).
 */
export function publicBase(publicUrl: string | undefined, openedBy: string): string {
  return (publicUrl || openedBy).replace(/\/$/, '');
}

/** A procedure's public page `/thu-tuc/<code>` (full record, printable poster) on that address. */
export function publicProcedurePage(code: string, base: string): string {
  return `${base.replace(/\/$/, '')}/thu-tuc/${encodeURIComponent(code)}`;
}

/** The words a summary puts on the wall, for its reading time. */
export function procedureSummaryText(p: Procedure & Pick<ProcedureFields, 'name'>): string {
  const s = gateSummary(p);
  return [p.name, s.amount?.label ?? '', s.amount?.value ?? '', s.amount?.basis ?? '', ...s.who, s.where, s.deadline.text].join(' ');
}
