import { describe, expect, it } from 'vitest';
import { generatePassword, hashPassword, verifyPassword } from '../../server/src/domain/passwords.ts';

describe('password hashing (scrypt)', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const hash = await hashPassword('mật khẩu đủ dài');
    expect(hash.startsWith('scrypt$16384$8$1$')).toBe(true);
    expect(await verifyPassword('mật khẩu đủ dài', hash)).toBe(true);
    expect(await verifyPassword('mật khẩu sai', hash)).toBe(false);
  });

  it('treats NFD and NFC input of the same password alike', async () => {
    const hash = await hashPassword('Hiệu trưởng 2026');
    expect(await verifyPassword('Hiệu trưởng 2026'.normalize('NFD'), hash)).toBe(true);
  });

  it('salts every hash and generates unguessable passwords', async () => {
    expect(await hashPassword('x')).not.toBe(await hashPassword('x'));
    const a = generatePassword();
    expect(a).toMatch(/^[A-Za-z2-9]{16}$/);
    expect(generatePassword()).not.toBe(a);
  });

  it('refuses a malformed stored hash instead of throwing', async () => {
    expect(await verifyPassword('x', 'plain-text')).toBe(false);
  });
});
