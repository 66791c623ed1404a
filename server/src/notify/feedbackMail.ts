import { formatShortDateVi, type NotifySettings } from '@bangtin/shared';
import type { FeedbackMailPort } from '../domain/feedback/handling.ts';
import type { ReminderLine, ReminderMailPort } from '../domain/feedback/reminders.ts';
import type { Logger } from '../logger.ts';
import type { Store } from '../store/store.ts';
import type { Mail, MailPort } from './mailPort.ts';

const ready = (s: NotifySettings) => s.enabled && s.host !== '' && s.from !== '';
const signature = (school: string) => `\n\n—\nThư tự động từ Bảng tin ${school}. Vui lòng không trả lời thư này.`;

/**
 * Feedback mail over the school's SMTP settings: the answer to the sender, and the office's reminder list. Sent in the
 * background (a slow mail server never fails a step); `idle()` waits for what is in flight (shutdown, tests).
 */
export function createFeedbackMailer({ store, mail, logger }: { store: Store; mail: MailPort; logger: Logger }) {
  const inFlight = new Set<Promise<void>>();
  const context = async () => {
    const [settings, school] = await Promise.all([store.getNotifySettings(), store.getSchool()]);
    return { settings, school: school.shortName || school.name };
  };
  const deliver = (settings: NotifySettings, message: Mail) => {
    const sending = mail
      .send(settings, message)
      // The subject names only the code; the address is never logged.
      .catch((error: unknown) => logger.warn({ err: error, subject: message.subject }, 'feedback mail failed'))
      .finally(() => inFlight.delete(sending));
    inFlight.add(sending);
  };

  const reply: FeedbackMailPort['reply'] = async (to, code, text) => {
    const { settings, school } = await context();
    if (!ready(settings)) return false;
    deliver(settings, {
      to: [to],
      subject: `[${school}] Trả lời phản ánh, kiến nghị ${code}`,
      text: `Kính gửi Quý phụ huynh,\n\nNhà trường trả lời phản ánh, kiến nghị mã ${code} như sau:\n\n${text}\n\nQuý phụ huynh có thể theo dõi bằng mã ${code} tại trang Góp ý của nhà trường.${signature(school)}`,
    });
    return true;
  };

  const remind: ReminderMailPort['remind'] = async (lines: readonly ReminderLine[]) => {
    const { settings, school } = await context();
    if (!ready(settings) || settings.office.length === 0) return false;
    const overdue = lines.filter((l) => l.overdue).length;
    const rows = lines.map((l) => `- ${l.code} (${l.subject}): hạn ${formatShortDateVi(l.dueDate)}${l.overdue ? ' — QUÁ HẠN' : ''}`);
    deliver(settings, {
      to: settings.office,
      subject: `[Bảng tin] Phản ánh sắp đến hạn: ${lines.length - overdue}, quá hạn: ${overdue}`,
      text: `Các phản ánh, kiến nghị cần xử lý (theo ngày làm việc):\n\n${rows.join('\n')}\n\nMở Bảng tin → “Phản ánh” để xử lý.${signature(school)}`,
    });
    return true;
  };

  return { reply, remind, idle: async () => void (await Promise.all([...inFlight])) };
}
export type FeedbackMailer = ReturnType<typeof createFeedbackMailer>;
