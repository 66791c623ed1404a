import { randomInt } from 'node:crypto';
import { FEEDBACK_CODE_ALPHABET } from '@bangtin/shared';

const PREFIX = 'GY-';
/** 31⁴ ≈ 920 000 codes; when a few random picks in a row are taken, codes grow a character (31⁵, then 31⁶). */
const LENGTHS = [4, 5, 6] as const;
const TRIES_PER_LENGTH = 20;

/** One random code of `length` characters from the readable-aloud alphabet (no 0/O, 1/I/L). */
export function randomCode(length: number, pick: (max: number) => number = randomInt): string {
  let body = '';
  for (let i = 0; i < length; i += 1) body += FEEDBACK_CODE_ALPHABET[pick(FEEDBACK_CODE_ALPHABET.length)];
  return `${PREFIX}${body}`;
}

/** A code no stored item has (checked against `taken`), short while the short ones last. */
export function uniqueCode(taken: ReadonlySet<string>, pick?: (max: number) => number): string {
  for (const length of LENGTHS) {
    for (let i = 0; i < TRIES_PER_LENGTH; i += 1) {
      const code = randomCode(length, pick);
      if (!taken.has(code)) return code;
    }
  }
  throw new Error('no free feedback code');
}

/**
 * A code as a person types or reads it back ("gy 7k3q", "GY7K3Q", "7K3Q", "gy–7k3q") → "GY-7K3Q"; null when it
 * cannot be one of ours (so a look-up never reaches the store with junk).
 */
export function normaliseCode(typed: string): string | null {
  const upper = typed.normalize('NFKC').toUpperCase().trim();
  const separated = /^GY[\s\-–—_.]+/.exec(upper);
  const compact = (separated ? upper.slice(separated[0].length) : upper).replace(/[\s\-–—_.]/g, '');
  // "GY7K3Q" without a separator: the prefix when what follows is a whole code.
  const body = !separated && compact.startsWith('GY') && compact.length >= 6 ? compact.slice(2) : compact;
  if (body.length < 4 || body.length > 6) return null;
  for (const c of body) if (!FEEDBACK_CODE_ALPHABET.includes(c)) return null;
  return `${PREFIX}${body}`;
}
