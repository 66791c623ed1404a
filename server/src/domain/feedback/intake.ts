import {
  FEEDBACK_SUBJECT_LABELS,
  formatDateTimeVi,
  type FeedbackInput,
  type FeedbackItem,
  type NotifySettings,
  type PublicFeedbackStatus,
} from '@bangtin/shared';
import type { Clock } from '../../clock.ts';
import type { Logger } from '../../logger.ts';
import type { MailPort } from '../../notify/mailPort.ts';
import type { Store } from '../../store/store.ts';
import type { AuditLog } from '../audit.ts';
import { AppError } from '../errors.ts';
import type { DomainEvents } from '../events.ts';
import { newId } from '../ids.ts';
import { normaliseCode, uniqueCode } from './codes.ts';
import { feedbackFingerprint } from './contact.ts';
import type { FeedbackPhotos } from './photos.ts';

/** The same message from the same contact within this window is the same item (its code is given back). */
const DUPLICATE_WINDOW_MS = 24 * 3_600_000;
/** Who the audit log names for a submission from the public pages or API (never the sender). */
export const PUBLIC_ACTOR = 'người gửi (công khai)';

export interface IntakeDeps {
  store: Store;
  clock: Clock;
  audit: AuditLog;
  logger: Logger;
  photos: FeedbackPhotos;
  mail: MailPort;
  /** A new item is announced like any handling step: the office's open inboxes refresh (feedback:updated). */
  events?: DomainEvents;
}

export interface Submitted {
  code: string;
  /** True when the same message was already received today: nothing new was stored. */
  duplicate: boolean;
}

const mailReady = (s: NotifySettings) => s.enabled && s.host !== '' && s.from !== '';

/**
 * Receiving phản ánh, kiến nghị (NĐ 20/2008): stores the item with its sender (office-only), gives a short tracking
 * code, recognises the same message sent twice, and mails the code to the sender when they gave an e-mail and the
 * school's SMTP is set. Nothing here can reach a screen: publishing an answer is the office's, through approval.
 */
export function createFeedbackIntake({ store, clock, audit, logger, photos, mail, events }: IntakeDeps) {
  const inFlight = new Set<Promise<void>>();
  // One submission at a time: two identical posts in the same instant must still give one item and one code.
  let queue: Promise<unknown> = Promise.resolve();
  const serially = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  };

  /** Mail in the background: a slow mail server never delays the parent's thank-you page. Logs name no address. */
  async function acknowledge(item: FeedbackItem, email: string, followUrl: string): Promise<void> {
    const [settings, school] = await Promise.all([store.getNotifySettings(), store.getSchool()]);
    if (!mailReady(settings)) return;
    const schoolName = school.shortName || school.name;
    const sending = mail
      .send(settings, {
        to: [email],
        subject: `[${schoolName}] Đã nhận phản ánh, kiến nghị — mã ${item.code}`,
        text:
          `${school.name} đã nhận phản ánh, kiến nghị của quý phụ huynh lúc ${formatDateTimeVi(new Date(item.createdAt), school.timezone)}.\n\n` +
          `Mã theo dõi: ${item.code}\nLoại: ${FEEDBACK_SUBJECT_LABELS[item.subject]}\n\n` +
          `Xem tình trạng xử lý và câu trả lời của nhà trường tại:\n${followUrl}\n` +
          `(hoặc mở trang Góp ý, chọn “Tra cứu” và nhập mã ${item.code}).\n\n` +
          `—\nThư tự động từ Bảng tin ${schoolName}. Vui lòng không trả lời thư này.`,
      })
      .catch((error: unknown) => {
        // The error text of a mail server can quote the recipient: only its code goes to the log.
        const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : 'unknown';
        logger.warn({ feedback: item.code, code }, 'feedback acknowledgement mail failed');
      })
      .finally(() => inFlight.delete(sending));
    inFlight.add(sending);
  }

  return {
    submit: (input: FeedbackInput, followUrl: (code: string) => string): Promise<Submitted> =>
      serially(async () => {
        const now = clock.now();
        const fingerprint = feedbackFingerprint(input);
        const all = await store.feedback.list();
        const same = all.find((f) => f.fingerprint === fingerprint && now.getTime() - Date.parse(f.createdAt) < DUPLICATE_WINDOW_MS);
        if (same) {
          if (input.photoId && input.photoId !== same.photoId) await photos.remove(input.photoId);
          return { code: same.code, duplicate: true };
        }
        if (input.photoId) {
          const claimed = all.some((f) => f.photoId === input.photoId);
          if (claimed || !(await photos.file(input.photoId))) {
            throw new AppError('VALIDATION_FAILED', 'Ảnh đính kèm không còn trên máy chủ. Vui lòng chọn lại ảnh.', [
              { path: 'photo', message: 'Vui lòng chọn lại ảnh' },
            ]);
          }
        }
        const at = now.toISOString();
        const item: FeedbackItem = {
          id: newId('fb'),
          code: uniqueCode(new Set(all.map((f) => f.code))),
          subject: input.subject,
          content: input.content,
          ...(input.photoId ? { photoId: input.photoId } : {}),
          sender: { name: input.name, address: input.address, phone: input.phone?.trim() ?? '', email: input.email?.trim() ?? '' },
          status: 'new',
          createdAt: at,
          updatedAt: at,
          history: [{ at, status: 'new' }],
          fingerprint,
          version: 1,
        };
        await store.feedback.insert(item);
        await audit.record({
          actor: PUBLIC_ACTOR,
          action: 'feedback.received',
          entity: 'feedback',
          entityId: item.id,
          summary: `Nhận phản ánh, kiến nghị ${item.code} (${FEEDBACK_SUBJECT_LABELS[item.subject]})${item.photoId ? ', có ảnh' : ''}`,
        });
        events?.emit('feedback.changed', { id: item.id });
        if (item.sender?.email) await acknowledge(item, item.sender.email, followUrl(item.code));
        return { code: item.code, duplicate: false };
      }),

    /** What anyone holding the code may see: status and dates, the public summary and answer once published. */
    async status(typedCode: string): Promise<PublicFeedbackStatus | null> {
      const code = normaliseCode(typedCode);
      if (!code) return null;
      const item = (await store.feedback.list()).find((f) => f.code === code);
      if (!item) return null;
      const published = item.publishedAt !== undefined;
      return {
        code: item.code,
        subject: item.subject,
        status: item.status,
        createdAt: item.createdAt,
        updatedAt: item.updatedAt,
        ...(item.dueDate ? { dueDate: item.dueDate } : {}),
        ...(published && item.publicSummary ? { publicSummary: item.publicSummary } : {}),
        ...(published && item.publicAnswer ? { publicAnswer: item.publicAnswer } : {}),
        ...(published ? { publishedAt: item.publishedAt } : {}),
      };
    },

    /** Resolves when every acknowledgement mail started so far has been handed over (or failed): shutdown and tests. */
    async idle(): Promise<void> {
      await Promise.all([...inFlight]);
    },
  };
}
export type FeedbackIntake = ReturnType<typeof createFeedbackIntake>;
