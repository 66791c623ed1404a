import { describe, expect, it } from 'vitest';
import { MAX_SLIDE_SECONDS, MIN_SLIDE_SECONDS, countWords, readingSeconds, slideSeconds } from '@bangtin/shared';

describe('dwell time follows reading time', () => {
  it('counts Vietnamese syllables as words', () => {
    expect(countWords('Cải cách hành chính là công việc thường xuyên, liên tục')).toBe(11);
  });

  it('gives 2.5 words per second plus 3 s, within 8–120 s', () => {
    expect(readingSeconds('một hai')).toBe(MIN_SLIDE_SECONDS);
    expect(readingSeconds(Array(50).fill('chữ').join(' '))).toBe(23);
    expect(readingSeconds(Array(5000).fill('chữ').join(' '))).toBe(MAX_SLIDE_SECONDS);
  });

  it('lets an explicit duration win', () => {
    const base = { id: 'c', version: 1, validFrom: null, validUntil: null, sample: false, source: '' };
    expect(slideSeconds({ ...base, type: 'slogan', text: 'a b c', attribution: '', theme: 'red', durationSeconds: 42 })).toBe(42);
    expect(slideSeconds({ ...base, type: 'slogan', text: 'a b c', attribution: '', theme: 'red', durationSeconds: null })).toBe(8);
  });

  it('follows the bounds the school sets in Settings', () => {
    const bounds = { minSeconds: 15, maxSeconds: 40 };
    expect(readingSeconds('một hai', bounds)).toBe(15);
    expect(readingSeconds(Array(50).fill('chữ').join(' '), bounds)).toBe(23);
    expect(readingSeconds(Array(5000).fill('chữ').join(' '), bounds)).toBe(40);
    const base = { id: 'c', version: 1, validFrom: null, validUntil: null, sample: false, source: '' };
    expect(slideSeconds({ ...base, type: 'slogan', text: 'a b c', attribution: '', theme: 'red', durationSeconds: null }, bounds)).toBe(15);
  });
});
