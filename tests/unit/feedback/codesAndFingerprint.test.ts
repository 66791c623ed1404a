import { FEEDBACK_CODE_ALPHABET, feedbackCode } from '@bangtin/shared';
import { describe, expect, it } from 'vitest';
import { normaliseCode, randomCode, uniqueCode } from '../../../server/src/domain/feedback/codes.ts';
import { contactKey, feedbackFingerprint, normalisePhone, senderKeys } from '../../../server/src/domain/feedback/contact.ts';
import { monthsBefore } from '../../../server/src/domain/feedback/privacy.ts';

describe('tracking codes a parent can read aloud', () => {
  it('are GY- and four characters without look-alikes (no 0/O, 1/I/L), valid for the shared schema', () => {
    for (let i = 0; i < 200; i += 1) {
      const code = randomCode(4);
      expect(code).toMatch(/^GY-[2-9A-HJKMNP-Z]{4}$/);
      expect(feedbackCode.safeParse(code).success).toBe(true);
    }
    expect(FEEDBACK_CODE_ALPHABET).not.toMatch(/[01OIL]/);
  });

  it('never repeat a stored code: a taken pick is drawn again, and codes grow a character when short ones run out', () => {
    const picks = [0, 0, 0, 0, 0, 0, 0, 1];
    let i = 0;
    const pick = () => picks[i++] ?? 2;
    expect(uniqueCode(new Set(['GY-2222']), pick)).toBe('GY-2223');
    const always = () => 0;
    expect(uniqueCode(new Set(['GY-2222']), always)).toBe('GY-22222');
    expect(() => uniqueCode(new Set(['GY-2222', 'GY-22222', 'GY-222222']), always)).toThrow(/no free/);
  });

  it('are recognised as people type them back, and junk never reaches a look-up', () => {
    for (const typed of ['GY-7K3Q', 'gy-7k3q', ' gy 7k3q ', 'GY7K3Q', '7k3q', 'gy–7k3q']) expect(normaliseCode(typed)).toBe('GY-7K3Q');
    expect(normaliseCode('GY-7K3QA')).toBe('GY-7K3QA');
    for (const junk of ['', 'GY-', 'GY-0000', 'GY-7K3', '../../etc', '<script>', 'GY-7K3QABCD']) expect(normaliseCode(junk)).toBeNull();
  });
});

describe('the duplicate fingerprint', () => {
  const base = { content: 'Hồ sơ chuyển trường của con tôi đã quá hạn 5 ngày.', phone: '0912 345 678' };

  it('is the same for the same message from the same contact, however it is spaced, cased or punctuated', () => {
    const fp = feedbackFingerprint(base);
    expect(feedbackFingerprint({ ...base, content: '  hồ sơ chuyển trường của con tôi   đã quá hạn 5 ngày!! ' })).toBe(fp);
    expect(feedbackFingerprint({ ...base, content: base.content.normalize('NFD') })).toBe(fp);
    expect(feedbackFingerprint({ ...base, phone: '+84 912.345.678' })).toBe(fp);
  });

  it('differs for another message or another sender, and does not contain the phone number', () => {
    const fp = feedbackFingerprint(base);
    expect(feedbackFingerprint({ ...base, content: 'Hồ sơ chuyển trường đã quá hạn 6 ngày.' })).not.toBe(fp);
    expect(feedbackFingerprint({ ...base, phone: '0912 345 679' })).not.toBe(fp);
    expect(feedbackFingerprint({ content: base.content, email: 'me@example.vn' })).not.toBe(fp);
    expect(fp).toMatch(/^[0-9a-f]{64}$/);
  });

  it('finds a sender by the phone or e-mail they typed, whichever way it is written', () => {
    expect(normalisePhone('+84 (91) 234-5678')).toBe('0912345678');
    const keys = senderKeys({ phone: '0912.345.678', email: 'Me@Example.VN' });
    expect(keys).toContain(contactKey('+84912345678'));
    expect(keys).toContain(contactKey(' me@example.vn '));
    expect(senderKeys({ phone: '', email: 'a@b.vn' })).toEqual(['e:a@b.vn']);
  });
});

describe('retention months', () => {
  it('count calendar months and never run into the next month', () => {
    expect(monthsBefore(new Date('2026-12-05T02:00:00Z'), 24).toISOString()).toBe('2024-12-05T02:00:00.000Z');
    expect(monthsBefore(new Date('2026-03-31T00:00:00Z'), 1).toISOString()).toBe('2026-02-28T00:00:00.000Z');
  });
});
