import { describe, expect, it } from 'vitest';
import { applyTone, backspace, typeKey } from '../../../display/src/reception/vietnameseInput.ts';

const typed = (...keys: string[]) => keys.reduce(typeKey, '');

describe('the kiosk keyboard (no Telex)', () => {
  it('puts a tone on the right vowel of the last word', () => {
    expect(applyTone('ho', 'nga')).toBe('hõ');
    expect(applyTone(typed('h', 'ô'), 'nga')).toBe('hỗ');
    expect(applyTone(typed('t', 'r', 'ơ'), 'nang')).toBe('trợ');
    expect(applyTone(typed('t', 'r', 'ư', 'a'), 'huyen')).toBe('trừa');
    expect(applyTone('ăn trua', 'sac')).toBe('ăn trúa');
    expect(applyTone(typed('t', 'r', 'ư', 'ơ', 'n', 'g'), 'huyen')).toBe('trường');
    expect(applyTone('hoang', 'huyen')).toBe('hoàng');
    expect(applyTone('mua', 'sac')).toBe('múa');
    expect(applyTone('ngoai', 'huyen')).toBe('ngoài');
    expect(applyTone('quy', 'sac')).toBe('quý');
    expect(applyTone('gia', 'sac')).toBe('giá');
    expect(applyTone('toan', 'sac')).toBe('toán');
  });

  it('replaces a tone, takes it off when pressed again, and ignores words without a vowel', () => {
    expect(applyTone('hỗ', 'sac')).toBe('hố');
    expect(applyTone('hỗ', 'nga')).toBe('hô');
    expect(applyTone('đ', 'sac')).toBe('đ');
    expect(applyTone('', 'sac')).toBe('');
    expect(applyTone('ho ', 'sac')).toBe('ho ');
  });

  it('keeps NFC and deletes a whole toned letter', () => {
    expect(applyTone('hỗ', 'sac')).toBe('hố'.normalize('NFC'));
    expect(backspace('trợ')).toBe('tr');
    expect(backspace('')).toBe('');
  });
});
