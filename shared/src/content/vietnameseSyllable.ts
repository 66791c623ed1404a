/**
 * Rules about folded Vietnamese syllables (no diacritics, lower case: "trưa" → "trua") that the search uses to tell a
 * typo from a real word and to read telex keys that never turned into diacritics.
 */

const ONSETS = ['ngh', 'ng', 'gh', 'gi', 'kh', 'nh', 'ph', 'qu', 'th', 'tr', 'ch', ...'bcdghklmnprstvx', ''];
/** Spelling rule: before e, ê, i (y) the sounds /k/ /g/ /ŋ/ are written k, gh, ngh — and only there. */
const FRONT_ONLY = new Set(['k', 'gh', 'ngh']);
const NEVER_FRONT = new Set(['c', 'g', 'ng']);
/**
 * Every rhyme (vần) once its marks are gone: "ương" and "uông" are both "uong". A few rare ones are left out; the list
 * only decides whether a one-letter slip is forgiven, so a missing rhyme costs a little recall, never a wrong match.
 */
const RHYMES = [
  'a ac ach ai am an ang anh ao ap at au ay',
  'e ec em en eng enh eo ep et eu',
  'i ia ich iec iem ien ieng iep iet ieu im in inh ip it iu',
  'o oa oac oach oai oam oan oang oanh oao oap oat oay oc oe oen oeo oet oi om on ong ooc oong op ot',
  'u ua uan uang uat uay uc ue uech uenh ui um un ung uo uoc uoi uom uon uong uop uot uou up ut uu uy uya uych uyen uyet uynh uyt uyu',
  'y yen yet yeu',
]
  .join(' ')
  .split(' ');
const RHYME_SET = new Set(RHYMES);

/**
 * Whether a folded word is spelled like a Vietnamese syllable ("bong", "khai", "tro"), as opposed to a slip ("tura",
 * "truongg") or several syllables run together ("hotro"). A well-formed syllable that is not in the catalogue is most
 * likely another word ("bổng" in "học bổng"), not a typo of "công" — so it is never "corrected".
 */
export function isVietnameseSyllable(word: string): boolean {
  return ONSETS.some((onset) => {
    if (!word.startsWith(onset)) return false;
    const rhyme = word.slice(onset.length);
    if (!RHYME_SET.has(rhyme)) return false;
    const front = /^[eiy]/.test(rhyme);
    return front ? !NEVER_FRONT.has(onset) : !FRONT_ONLY.has(onset);
  });
}

/**
 * Reads the telex (or VNI) keys left in a word when the phone's keyboard did not turn them into marks: "hoox" → "ho"
 * (hỗ), "trowj" → "tro" (trợ), "truwa" → "trua" (trưa), "ddi" → "di" (đi), "ho4" → "ho". One syllable at a time:
 * a tone key (s f r x j z) is dropped anywhere after the first vowel; doubled vowels and w-marks fold to their letter.
 */
export function decodeTelex(word: string): string {
  if (/^\d[\d.]*$/.test(word)) return word; // a code or a number, not a syllable
  let out = word.replace(/\d/g, ''); // VNI tone digits
  const firstVowel = out.search(/[aeiouyw]/); // w alone is ư
  if (firstVowel < 0) return out;
  const head = out.slice(0, firstVowel);
  const tail = out
    .slice(firstVowel)
    .replace(/[sfrxjz]/g, '')
    .replace(/uow/g, 'uo')
    .replace(/([aou])w/g, '$1')
    .replace(/w/g, 'u')
    .replace(/([aeo])\1/g, '$1');
  out = head.replace(/^dd/, 'd').replace(/^w/, 'u') + tail;
  return out;
}
