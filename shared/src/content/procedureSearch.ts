import type { ProcedureFields } from '../schemas/procedure.ts';
import { editDistance } from './editDistance.ts';
import { tokensOf } from './foldVietnamese.ts';

/** What the look-up reads of a procedure (any public or stored procedure item fits). */
export type SearchableProcedure = { id: string } & Pick<
  ProcedureFields,
  'code' | 'name' | 'field' | 'applicants' | 'conditions' | 'result' | 'dossier'
>;

interface IndexedField {
  weight: number;
  tokens: Set<string>;
  /** The folded words in order (` a b c | d e `), for phrase matches; `|` separates the field's texts. */
  phrase: string;
}

interface IndexedProcedure<T> {
  item: T;
  fields: IndexedField[];
}

export interface ProcedureIndex<T> {
  entries: IndexedProcedure<T>[];
}

export interface SearchHit<T> {
  item: T;
  score: number;
  /** How many query words were found (exactly, as a prefix or with a small typo). */
  matched: number;
  /** How many of them without a typo. */
  exact: number;
}

/** A word in the name counts most; the code and name beat the field, which beats the fine print. */
const WEIGHTS = { code: 4, name: 3, field: 1.5, result: 1, people: 0.6, dossier: 0.4 } as const;
const EXACT = 1;
const PREFIX = 0.75;
const TYPO = [0, 0.6, 0.45] as const;
const PHRASE_BONUS = 3;
const PAIR_BONUS = 0.5;

/**
 * Typos allowed per word: none up to 3 letters (Vietnamese syllables are short: "tro" one letter off is "tao", "tre",
 * "trò"…), 1 up to 7 letters, 2 beyond (codes, run-together words).
 */
export function typoBudget(word: string): number {
  if (word.length <= 3) return 0;
  return word.length <= 7 ? 1 : 2;
}

export function buildProcedureIndex<T extends SearchableProcedure>(items: readonly T[]): ProcedureIndex<T> {
  const field = (weight: number, ...texts: string[]): IndexedField => ({
    weight,
    tokens: new Set(texts.flatMap(tokensOf)),
    phrase: ` ${texts.map((t) => tokensOf(t).join(' ')).join(' | ')} `,
  });
  return {
    entries: items.map((item) => ({
      item,
      fields: [
        field(WEIGHTS.code, item.code),
        field(WEIGHTS.name, item.name),
        field(WEIGHTS.field, item.field),
        field(WEIGHTS.result, item.result.name),
        field(WEIGHTS.people, ...item.applicants, item.conditions),
        field(WEIGHTS.dossier, ...item.dossier.map((d) => `${d.group} ${d.document}`)),
      ],
    })),
  };
}

/** How well one query word matches one indexed word (0 = not at all). */
function wordQuality(query: string, word: string): number {
  if (query === word) return EXACT;
  if (query.length >= 2 && word.startsWith(query)) return PREFIX;
  const budget = typoBudget(query);
  if (budget === 0) return 0;
  const distance = editDistance(query, word, budget);
  return distance <= budget ? (TYPO[distance] ?? 0) : 0;
}

function bestInField(query: string, field: IndexedField): number {
  if (field.tokens.has(query)) return EXACT;
  let best = 0;
  for (const word of field.tokens) {
    const quality = wordQuality(query, word);
    if (quality > best) best = quality;
    if (best >= PREFIX) break;
  }
  return best;
}

/** Bonus for query words standing together in a field, scaled by the field's weight (a phrase in the name counts most). */
function phraseBonus(field: IndexedField, words: string[]): number {
  let bonus = words.length > 1 && field.phrase.includes(` ${words.join(' ')} `) ? PHRASE_BONUS : 0;
  for (let i = 1; i < words.length; i++) if (field.phrase.includes(` ${words[i - 1]} ${words[i]} `)) bonus += PAIR_BONUS;
  return (bonus * field.weight) / WEIGHTS.name;
}

function scoreEntry<T>(entry: IndexedProcedure<T>, words: string[]): SearchHit<T> {
  let score = 0;
  let matched = 0;
  let exact = 0;
  for (const word of words) {
    let best = 0;
    let quality = 0;
    for (const field of entry.fields) {
      const q = bestInField(word, field);
      if (q * field.weight > best) best = q * field.weight;
      quality = Math.max(quality, q);
    }
    if (quality > 0) matched += 1;
    if (quality >= PREFIX) exact += 1;
    score += best;
  }
  score += Math.max(...entry.fields.map((field) => phraseBonus(field, words)));
  return { item: entry.item, score, matched, exact };
}

/**
 * Finds procedures for what a parent types: diacritics and case are ignored ("ho tro an trua" finds "Hỗ trợ ăn
 * trưa"), a word may be unfinished (prefix) or carry a small typo, and results are ranked by how many words were
 * found, then by how many without a typo, then by where (name before fine print) and whether they stand together as a
 * phrase. With three or more words, one unknown word is forgiven; with one or two, every word must be found.
 */
export function searchProcedures<T>(index: ProcedureIndex<T>, query: string, limit = 50): SearchHit<T>[] {
  const words = [...new Set(tokensOf(query))];
  if (words.length === 0) return [];
  const needed = words.length <= 2 ? words.length : words.length - 1;
  return index.entries
    .map((entry) => scoreEntry(entry, words))
    .filter((hit) => hit.matched >= needed)
    .sort((a, b) => b.matched - a.matched || b.exact - a.exact || b.score - a.score)
    .slice(0, limit);
}
