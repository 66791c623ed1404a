import type { SubmissionChannel } from '@bangtin/shared';
import type { Procedure } from './useCatalogue.ts';

/**
 * The few lines a parent needs before the legal text: who, what they get, which papers, by when, where. Every line is
 * the record's own words (a sentence or a field quoted whole), never a paraphrase: the summary may shorten, not
 * reword. A line the record does not support is null and left out.
 */
export interface ProcedureSummary {
  /** The groups that qualify (from the dossier's groups), or the first clause of the conditions, or the applicants. */
  who: { groups: string[] } | { text: string; clipped: boolean };
  /** An amount the record states ("360.000 đ/tháng") with the sentence it comes from; null when none. */
  amount: { value: string; sentence: string } | null;
  result: string;
  fees: string;
  documents: { byGroup: true; sets: string } | { byGroup: false; sets: string; items: string[] };
  /** When the parent must file (the time limit of the step where the dossier is handed in). */
  deadline: string | null;
  processing: string;
  where: string;
  channels: SubmissionChannel[];
}

/** "360.000 đồng/tháng", "1.500.000 đ", "50.000 VNĐ/lượt". */
const AMOUNT = /(\d{1,3}(?:\.\d{3})+|\d+)\s*(?:đồng|đ|vnđ|vnd)(?![\p{L}])((?:\/[\p{L}\s]*?\p{L}+)*)/iu;
/** Sentences end with a full stop before a capital letter ("… 20/10/2025, theo báo chí). Bản ghi …"). */
const SENTENCE_END = /(?<=[.!?])\s+(?=\p{Lu})/u;
const CLAUSE_MAX = 220;

function amountIn(texts: readonly string[]): ProcedureSummary['amount'] {
  for (const text of texts) {
    for (const sentence of text.split(SENTENCE_END)) {
      const match = AMOUNT.exec(sentence);
      if (match) return { value: `${match[1]} đ${(match[2] ?? '').replace(/\s+/g, '')}`, sentence: sentence.trim() };
    }
  }
  return null;
}

/** The conditions up to their first ";" (a clause is a whole thought), or a word boundary near the limit. */
function firstClause(text: string): { text: string; clipped: boolean } {
  const clause = text.split(/;\s/u)[0] ?? text;
  if (clause.length <= CLAUSE_MAX) return { text: clause, clipped: clause.length < text.length };
  const cut = clause.lastIndexOf(' ', CLAUSE_MAX);
  return { text: `${clause.slice(0, cut > 0 ? cut : CLAUSE_MAX)}…`, clipped: true };
}

export function summarise(p: Procedure): ProcedureSummary {
  const groups = [...new Set(p.dossier.map((row) => row.group.trim()).filter(Boolean))];
  const filing = p.steps.find((step) => step.timeLimit && /\bnộp\b/iu.test(step.description));
  return {
    who: groups.length >= 2 ? { groups } : p.conditions ? firstClause(p.conditions) : { text: p.applicants.join('; '), clipped: false },
    amount: amountIn([p.notes, p.fees, p.result.name]),
    result: p.result.name,
    fees: p.fees,
    documents: groups.length >= 2 ? { byGroup: true, sets: p.dossierSets } : { byGroup: false, sets: p.dossierSets, items: p.dossier.map((row) => row.document) },
    deadline: filing?.timeLimit ?? null,
    processing: p.timeLimit,
    where: p.receivingAddress || p.agency,
    channels: p.channels.map((c) => c.channel),
  };
}
