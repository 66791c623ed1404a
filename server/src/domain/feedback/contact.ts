import { createHash } from 'node:crypto';

/** Digits of a Vietnamese number, +84/84 written as the leading 0 people dial: "+84 912.345.678" → "0912345678". */
export function normalisePhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return digits.startsWith('84') && digits.length >= 11 ? `0${digits.slice(2)}` : digits;
}

export const normaliseEmail = (email: string) => email.trim().normalize('NFC').toLowerCase();

/** The key a sender is found by: a typed phone number or e-mail address, either way round. */
export function contactKey(contact: string): string {
  return contact.includes('@') ? `e:${normaliseEmail(contact)}` : `p:${normalisePhone(contact)}`;
}

/** Both keys of a stored sender (one of them may be empty). */
export function senderKeys(sender: { phone: string; email: string }): string[] {
  return [sender.phone.trim() && `p:${normalisePhone(sender.phone)}`, sender.email.trim() && `e:${normaliseEmail(sender.email)}`].filter(
    (key): key is string => Boolean(key),
  );
}

/** Content as a person means it: NFC, case, spacing and punctuation runs do not make a new message. */
const normaliseContent = (content: string) =>
  content
    .normalize('NFC')
    .toLocaleLowerCase('vi-VN')
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The duplicate fingerprint: the same message from the same contact (phone, else e-mail). A hash, and cleared with
 * the sender's details (a phone number is guessable from its hash, so it goes when they go).
 */
export function feedbackFingerprint(input: { content: string; phone?: string | undefined; email?: string | undefined }): string {
  const contact = input.phone?.trim() ? `p:${normalisePhone(input.phone)}` : `e:${normaliseEmail(input.email ?? '')}`;
  return createHash('sha256').update(`${contact}\n${normaliseContent(input.content)}`).digest('hex');
}
