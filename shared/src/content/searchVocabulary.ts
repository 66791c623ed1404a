import { tokensOf } from './foldVietnamese.ts';

/** One text of the catalogue, word by word: folded for matching, as written for putting diacritics back. */
interface Run {
  folded: string[];
  written: string[];
  weight: number;
}

/**
 * Every word the catalogue uses, built once with the search index: what a query may be corrected to ("hotro" → "ho
 * tro") and how to write it back with its diacritics ("hỗ trợ").
 */
export interface SearchVocabulary {
  /** Folded word → how much it weighs in the catalogue (how often × where: a word of a name counts most). */
  weights: Map<string, number>;
  /** Every beginning (two letters or more) of a folded word: a word still being typed is not a typo. */
  prefixes: Set<string>;
  /** Folded words seen side by side ("ho tro"): a split or a spelling that reads as a phrase wins. */
  pairs: Set<string>;
  runs: Run[];
  /** Folded word → where runs contain it. */
  occurrences: Map<string, { run: number; at: number }[]>;
  /** Folded word → its best written form ("ho" → "hỗ", as in the names). */
  spelling: Map<string, string>;
}

const WRITTEN_WORD = /[\p{L}\p{N}]+(?:\.[\p{L}\p{N}]+)*/gu;

/** Lower case, except abbreviations kept as the record writes them ("UBND", "CCCD"). */
const writtenForm = (word: string) => (word.length > 1 && word === word.toUpperCase() && /\p{L}/u.test(word) ? word : word.toLowerCase());

/** Folds each written word once per build (the same words come back in every record). */
function runOf(text: string, weight: number, folds: Map<string, { folded: string[]; written: string[] }>): Run {
  const run: Run = { folded: [], written: [], weight };
  for (const word of text.normalize('NFC').match(WRITTEN_WORD) ?? []) {
    let fold = folds.get(word);
    if (!fold) {
      const folded = tokensOf(word);
      // A letter that does not fold to a–z (another script) splits the word: the folded pieces are their own spelling.
      fold = { folded, written: folded.length === 1 ? [writtenForm(word)] : folded };
      folds.set(word, fold);
    }
    run.folded.push(...fold.folded);
    run.written.push(...fold.written);
  }
  return run;
}

export function buildVocabulary(texts: readonly { text: string; weight: number }[]): SearchVocabulary {
  const vocabulary: SearchVocabulary = {
    weights: new Map(),
    prefixes: new Set(),
    pairs: new Set(),
    runs: [],
    occurrences: new Map(),
    spelling: new Map(),
  };
  const folds = new Map<string, { folded: string[]; written: string[] }>();
  const spellingWeights = new Map<string, Map<string, number>>();
  for (const { text, weight } of texts) {
    const run = runOf(text, weight, folds);
    const index = vocabulary.runs.push(run) - 1;
    run.folded.forEach((word, at) => {
      vocabulary.weights.set(word, (vocabulary.weights.get(word) ?? 0) + weight);
      if (at > 0) vocabulary.pairs.add(`${run.folded[at - 1]} ${word}`);
      let places = vocabulary.occurrences.get(word);
      if (!places) vocabulary.occurrences.set(word, (places = []));
      places.push({ run: index, at });
      let forms = spellingWeights.get(word);
      if (!forms) spellingWeights.set(word, (forms = new Map()));
      const written = run.written[at] ?? word;
      forms.set(written, (forms.get(written) ?? 0) + weight);
    });
  }
  for (const [word, forms] of spellingWeights) {
    for (let end = 2; end < word.length; end++) vocabulary.prefixes.add(word.slice(0, end));
    vocabulary.spelling.set(word, [...forms].sort((a, b) => b[1] - a[1])[0]?.[0] ?? word);
  }
  return vocabulary;
}

/**
 * Puts diacritics back on folded words, phrase first: the longest run of the words that the catalogue writes side by
 * side gives their spelling ("ho tro an trua" → "hỗ trợ ăn trưa" from the name, never "hộ trợ"); a word alone takes its
 * most weighty form; a word the catalogue does not know stays as typed.
 */
export function spellOut(vocabulary: SearchVocabulary, words: readonly string[]): string {
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    const word = words[i] ?? '';
    let best: { length: number; weight: number; written: string[] } | undefined;
    for (const { run, at } of vocabulary.occurrences.get(word) ?? []) {
      const r = vocabulary.runs[run];
      if (!r) continue;
      let length = 0;
      while (i + length < words.length && r.folded[at + length] === words[i + length]) length++;
      if (!best || length > best.length || (length === best.length && r.weight > best.weight)) {
        best = { length, weight: r.weight, written: r.written.slice(at, at + length) };
      }
    }
    if (best && best.length > 1) {
      out.push(...best.written);
      i += best.length;
    } else {
      out.push(vocabulary.spelling.get(word) ?? word);
      i += 1;
    }
  }
  return out.join(' ');
}
