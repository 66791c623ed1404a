import { editDistance } from './editDistance.ts';
import type { SearchVocabulary } from './searchVocabulary.ts';
import { decodeTelex, isVietnameseSyllable } from './vietnameseSyllable.ts';

/** Longest piece tried when splitting run-together words ("nghieng" is 7 letters; telex keys add a few). */
const MAX_PIECE = 10;
/** Longer runs are not split (bounded work for whatever is pasted or mashed on the keyboard). */
const MAX_SPLIT = 48;

/**
 * Typos allowed per query word: none for a well-formed Vietnamese syllable (one letter off "bong" is "cong", "long",
 * "song" — all real words, so "học bổng" must not find "công lập") nor up to 3 letters; 1 up to 7 letters, 2 beyond
 * (codes, words run together).
 */
export function typoBudget(word: string): number {
  if (word.length <= 3 || (word.length <= 7 && isVietnameseSyllable(word))) return 0;
  return word.length <= 7 ? 1 : 2;
}

/** The catalogue word closest to a slip ("tura" → "trua"), the weightier on a tie; undefined when none is close enough. */
function nearestWord(vocabulary: SearchVocabulary, word: string): string | undefined {
  const budget = typoBudget(word);
  if (budget === 0) return undefined;
  let best: { word: string; distance: number; weight: number } | undefined;
  for (const [candidate, weight] of vocabulary.weights) {
    const distance = editDistance(word, candidate, budget);
    if (distance > budget) continue;
    if (!best || distance < best.distance || (distance === best.distance && weight > best.weight)) best = { word: candidate, distance, weight };
  }
  return best?.word;
}

/** A catalogue word for one piece of a run-together query, reading leftover telex keys ("trowj" → "tro"). */
function pieceWord(vocabulary: SearchVocabulary, piece: string): { word: string; telex: boolean } | undefined {
  if (vocabulary.weights.has(piece)) return { word: piece, telex: false };
  const decoded = decodeTelex(piece);
  return decoded !== piece && vocabulary.weights.has(decoded) ? { word: decoded, telex: true } : undefined;
}

/**
 * Splits syllables typed without spaces into catalogue words ("hotroantrua" → ho tro an trua), choosing the split
 * with the fewest pieces that reads most like the catalogue's phrases; the last piece may be unfinished when the
 * parent is still typing. Undefined when no split uses catalogue words only.
 */
export function splitJoinedWords(vocabulary: SearchVocabulary, word: string, lastWord: boolean): string[] | undefined {
  if (word.length > MAX_SPLIT || /^\d/.test(word)) return undefined;
  const best: ({ cost: number; pieces: string[] } | undefined)[] = [{ cost: 0, pieces: [] }];
  for (let start = 0; start < word.length; start++) {
    const from = best[start];
    if (!from) continue;
    for (let end = start + 1; end <= Math.min(word.length, start + MAX_PIECE); end++) {
      const piece = word.slice(start, end);
      const found = pieceWord(vocabulary, piece);
      const unfinished = !found && lastWord && end === word.length && vocabulary.prefixes.has(piece);
      if (!found && !unfinished) continue;
      const next = found?.word ?? piece;
      const previous = from.pieces[from.pieces.length - 1];
      const cost =
        from.cost +
        1 +
        (piece.length === 1 ? 1 : 0) +
        (found?.telex ? 0.3 : 0) +
        (unfinished ? 0.5 : 0) -
        (previous !== undefined && vocabulary.pairs.has(`${previous} ${next}`) ? 0.6 : 0);
      const current = best[end];
      if (!current || cost < current.cost) best[end] = { cost, pieces: [...from.pieces, next] };
    }
  }
  const split = best[word.length]?.pieces;
  return split && split.length >= 2 ? split : undefined;
}

/**
 * What the parent most likely meant by one typed word, as catalogue words: itself when the catalogue has it (or it
 * is a code, or the start of a word); else the word with its telex keys read; itself when it is a well-formed syllable
 * (a word the catalogue lacks); else its syllables split apart; else the nearest word within the typo budget; else
 * itself (unknown).
 */
function correctWord(vocabulary: SearchVocabulary, word: string, lastWord: boolean): string[] {
  if (vocabulary.weights.has(word) || /^\d/.test(word) || vocabulary.prefixes.has(word)) return [word];
  const decoded = decodeTelex(word);
  if (decoded !== word && (vocabulary.weights.has(decoded) || (lastWord && vocabulary.prefixes.has(decoded)))) return [decoded];
  // A well-formed syllable the catalogue lacks is another word ("bong" in "học bổng"): neither split nor mended.
  if (isVietnameseSyllable(word)) return [word];
  const split = splitJoinedWords(vocabulary, word, lastWord);
  if (split) return split;
  const near = nearestWord(vocabulary, word) ?? (decoded !== word ? nearestWord(vocabulary, decoded) : undefined);
  return [near ?? word];
}

/** The query's folded words as the catalogue writes them (see correctWord); unknown words are kept. */
export function correctQueryWords(vocabulary: SearchVocabulary, words: readonly string[]): string[] {
  return words.flatMap((word, i) => correctWord(vocabulary, word, i === words.length - 1));
}
