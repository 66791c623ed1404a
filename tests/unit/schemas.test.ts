import { describe, expect, it } from 'vitest';
import { contentInput, issuesToDetails, procedureFields } from '@bangtin/shared';
import { contentMeta } from '../helpers/contentFixtures.ts';

const base = { ...contentMeta, status: 'draft' };

describe('shared schemas at the boundary', () => {
  it('stores text trimmed and in Unicode NFC', () => {
    const nfd = '  Hỗ trợ ăn trưa  '.normalize('NFD');
    const parsed = contentInput.parse({ ...base, type: 'slogan', text: nfd, attribution: '', theme: 'red' });
    expect(parsed.type === 'slogan' && parsed.text).toBe('Hỗ trợ ăn trưa');
    expect(parsed.type === 'slogan' && parsed.text === parsed.text.normalize('NFC')).toBe(true);
  });

  it('reports field-level Vietnamese errors', () => {
    const result = contentInput.safeParse({
      ...base,
      type: 'slogan',
      text: 'x',
      attribution: '',
      theme: 'red',
      validFrom: '2026-12-10',
      validUntil: '2026-12-01',
    });
    expect(result.success).toBe(false);
    const details = issuesToDetails(result.error!.issues);
    expect(details).toContainEqual({ path: 'validUntil', message: 'Ngày kết thúc phải sau ngày bắt đầu' });
  });

  it('refuses an empty slogan and an unknown type', () => {
    expect(contentInput.safeParse({ ...base, type: 'slogan', text: '   ', attribution: '', theme: 'red' }).success).toBe(false);
    expect(contentInput.safeParse({ ...base, type: 'video', url: 'x' }).success).toBe(false);
  });

  it('checks the national procedure code format', () => {
    expect(procedureFields.shape.code.safeParse('1.001622').success).toBe(true);
    expect(procedureFields.shape.code.safeParse('1.000948.H38').success).toBe(true);
    expect(procedureFields.shape.code.safeParse('1001622').success).toBe(false);
  });
});
