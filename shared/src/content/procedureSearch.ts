import type { ProcedureFields } from '../schemas/procedure.ts';
import { editDistance } from './editDistance.ts';
import { tokensOf } from './foldVietnamese.ts';
import { correctQueryWords, typoBudget } from './queryCorrection.ts';
import { buildVocabulary, spellOut, type SearchVocabulary } from './searchVocabulary.ts';

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
  /** Every distinct indexed word: a query word is matched against these once, not once per procedure. */
  words: string[];
  /** The catalogue's words, for correcting what was typed ("hotro" → "hỗ trợ"). */
  vocabulary: SearchVocabulary;
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

export function buildProcedureIndex<T extends SearchableProcedure>(items: readonly T[]): ProcedureIndex<T> {
  const texts: { text: string; weight: number }[] = [];
  const field = (weight: number, ...values: string[]): IndexedField => {
    for (const text of values) texts.push({ text, weight });
    return {
      weight,
      tokens: new Set(values.flatMap(tokensOf)),
      phrase: ` ${values.map((t) => tokensOf(t).join(' ')).join(' | ')} `,
    };
  };
  const entries = items.map((item) => ({
    item,
    fields: [
      field(WEIGHTS.code, item.code),
      field(WEIGHTS.name, item.name),
      field(WEIGHTS.field, item.field),
      field(WEIGHTS.result, item.result.name),
      field(WEIGHTS.people, ...item.applicants, item.conditions),
      field(WEIGHTS.dossier, ...item.dossier.map((d) => `${d.group} ${d.document}`)),
    ],
  }));
  const words = new Set(entries.flatMap((entry) => entry.fields.flatMap((f) => [...f.tokens])));
  return { entries, words: [...words], vocabulary: buildVocabulary(texts) };
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

/** The indexed words a query word matches, best first ("tr" → every word starting with it; "tura" → "trua"). */
type WordMatches = [word: string, quality: number][];

function matchesOf(words: readonly string[], query: string): WordMatches {
  const matches: WordMatches = [];
  for (const word of words) {
    const quality = wordQuality(query, word);
    if (quality > 0) matches.push([word, quality]);
  }
  return matches.sort((a, b) => b[1] - a[1]);
}

function bestInField(matches: WordMatches, field: IndexedField): number {
  for (const [word, quality] of matches) if (field.tokens.has(word)) return quality;
  return 0;
}

/** Bonus for query words standing together in a field, scaled by the field's weight (a phrase in the name counts most). */
function phraseBonus(field: IndexedField, words: string[]): number {
  let bonus = words.length > 1 && field.phrase.includes(` ${words.join(' ')} `) ? PHRASE_BONUS : 0;
  for (let i = 1; i < words.length; i++) if (field.phrase.includes(` ${words[i - 1]} ${words[i]} `)) bonus += PAIR_BONUS;
  return (bonus * field.weight) / WEIGHTS.name;
}

function scoreEntry<T>(entry: IndexedProcedure<T>, words: string[], matches: WordMatches[]): SearchHit<T> {
  let score = 0;
  let matched = 0;
  let exact = 0;
  for (const wordMatches of matches) {
    let best = 0;
    let quality = 0;
    for (const field of entry.fields) {
      const q = bestInField(wordMatches, field);
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
  return searchWords(index, tokensOf(query), limit);
}

function searchWords<T>(index: ProcedureIndex<T>, queryWords: readonly string[], limit: number): SearchHit<T>[] {
  const words = [...new Set(queryWords)];
  if (words.length === 0) return [];
  const needed = words.length <= 2 ? words.length : words.length - 1;
  const matches = words.map((word) => matchesOf(index.words, word));
  return index.entries
    .map((entry) => scoreEntry(entry, words, matches))
    .filter((hit) => hit.matched >= needed)
    .sort((a, b) => b.matched - a.matched || b.exact - a.exact || b.score - a.score)
    .slice(0, limit);
}

export interface ProcedureLookup<T> {
  hits: SearchHit<T>[];
  /**
   * "Có phải bạn muốn tìm …?": queries written as the catalogue writes them (with diacritics) that find something,
   * best first. Never the typed query itself.
   */
  suggestions: string[];
}

/**
 * The reception search: the query as typed, else as corrected — syllables typed without spaces split ("hotroantrua"),
 * telex keys read ("hoox trowj"), slips mended ("tura") — with the corrected query offered as a suggestion. When even
 * that finds nothing, the words the catalogue knows (two or more) are offered on their own ("hỗ trợ học" for "ho tro
 * hoc bong"); a single known word is not, since it would match too loosely to help.
 */
export function lookUpProcedures<T>(index: ProcedureIndex<T>, query: string, limit = 50): ProcedureLookup<T> {
  const words = [...new Set(tokensOf(query))];
  const literal = searchWords(index, words, limit);
  const { vocabulary } = index;
  const corrected = [...new Set(correctQueryWords(vocabulary, words))];
  const changed = corrected.join(' ') !== words.join(' ');
  const correctedHits = changed ? searchWords(index, corrected, limit) : [];
  // An unfinished last word ("hotroantr" → "… tr") still searches, but is no phrase to offer.
  const complete = corrected.every((word) => vocabulary.weights.has(word) || /^\d/.test(word));
  const suggestions = correctedHits.length > 0 && complete ? [spellOut(vocabulary, corrected)] : [];
  if (literal.length > 0) return { hits: literal, suggestions };
  if (correctedHits.length > 0) return { hits: correctedHits, suggestions };
  const known = corrected.filter((word) => vocabulary.weights.has(word));
  if (known.length >= 2 && known.length < corrected.length && searchWords(index, known, 1).length > 0) {
    return { hits: [], suggestions: [spellOut(vocabulary, known)] };
  }
  return { hits: [], suggestions: [] };
}
