import { foldVietnameseLine } from '../content/foldVietnamese.ts';
import type { FeedbackSender } from '../schemas/feedback.ts';

export type SenderDetail = 'name' | 'phone' | 'email';

const digits = (s: string) => s.replace(/\D+/g, '');

/**
 * Which of the sender's details a text meant for the public still contains: the full name (without diacritics, any
 * case), the phone number (digits, whatever the spacing), or the e-mail address. The office is warned before the
 * answer goes for approval; a one-word name ("Lan") is too common to flag on its own.
 */
export function senderMentions(text: string, sender: FeedbackSender | null): SenderDetail[] {
  if (!sender) return [];
  const found: SenderDetail[] = [];
  const name = foldVietnameseLine(sender.name);
  if (name.includes(' ') && foldVietnameseLine(text).includes(name)) found.push('name');
  const phone = digits(sender.phone);
  if (phone.length >= 8 && digits(text).includes(phone.slice(-8))) found.push('phone');
  const email = sender.email.trim().toLowerCase();
  if (email && text.toLowerCase().includes(email)) found.push('email');
  return found;
}
