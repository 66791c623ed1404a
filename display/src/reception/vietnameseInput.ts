/**
 * Typing Vietnamese on the kiosk's own keyboard, without Telex: letters (including ă â đ ê ô ơ ư) are appended, and a
 * tone key puts its mark on the right vowel of the word being typed (pressing it again takes it off). Pure functions.
 */
export const TONES = {
  sac: '\u0301',
  huyen: '\u0300',
  hoi: '\u0309',
  nga: '\u0303',
  nang: '\u0323',
} as const;
export type Tone = keyof typeof TONES;

const TONE_MARKS = new Set<string>(Object.values(TONES));
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

interface Letter {
  base: string;
  /** Breve, circumflex or horn (ă â ê ô ơ ư), kept in NFD order. */
  modifiers: string;
  tone: string;
}

function lettersOf(word: string): Letter[] {
  const letters: Letter[] = [];
  for (const ch of word.normalize('NFD')) {
    const last = letters.at(-1);
    if (/[\u0300-\u036f]/.test(ch) && last) {
      if (TONE_MARKS.has(ch)) last.tone = ch;
      else last.modifiers += ch;
    } else {
      letters.push({ base: ch, modifiers: '', tone: '' });
    }
  }
  return letters;
}

const isVowel = (l: Letter) => VOWELS.has(l.base.toLowerCase());

/** Which letter of a word carries the tone (modern placement: hoà → "hòa" style is not forced; "hóa" is accepted). */
export function toneTarget(letters: Letter[]): number {
  const vowelIdx = letters.map((l, i) => (isVowel(l) ? i : -1)).filter((i) => i >= 0);
  if (vowelIdx.length === 0) return -1;
  const marked = vowelIdx.filter((i) => letters[i]?.modifiers);
  if (marked.length > 0) return marked.at(-1) ?? -1;
  // The vowel cluster holding the last vowel.
  const last = vowelIdx.at(-1) ?? -1;
  let start = last;
  while (start > 0 && letters[start - 1] && isVowel(letters[start - 1] as Letter)) start -= 1;
  // "qu" and "gi": the u / i belongs to the consonant when another vowel follows.
  const before = letters[start - 1]?.base.toLowerCase();
  const first = letters[start]?.base.toLowerCase();
  if (last > start && ((before === 'q' && first === 'u') || (before === 'g' && first === 'i'))) start += 1;
  const length = last - start + 1;
  const endsWord = last === letters.length - 1;
  if (length === 1) return start;
  if (!endsWord) return last;
  return length === 2 ? start : start + 1;
}

/** Puts `tone` on the last word of `text` (or takes it off if the word already has it). */
export function applyTone(text: string, tone: Tone): string {
  const mark = TONES[tone];
  const split = text.search(/\S+$/);
  if (split < 0) return text;
  const letters = lettersOf(text.slice(split));
  const target = toneTarget(letters);
  if (target < 0) return text;
  const had = letters.some((l) => l.tone === mark);
  for (const l of letters) l.tone = '';
  const chosen = letters[target];
  if (chosen && !had) chosen.tone = mark;
  const word = letters.map((l) => l.base + l.modifiers + l.tone).join('');
  return (text.slice(0, split) + word).normalize('NFC');
}

/** Appends a typed character, keeping the text NFC. */
export function typeKey(text: string, key: string): string {
  return (text + key).normalize('NFC');
}

/** Removes the last character as a person sees it (a toned letter goes in one press). */
export function backspace(text: string): string {
  return [...text.normalize('NFC')].slice(0, -1).join('');
}
