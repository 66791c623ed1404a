import {
  DEFAULT_FEEDBACK_RETENTION_MONTHS,
  type FeedbackItem,
  type PublicUser,
  type SenderErasure,
  type SenderExport,
  type SenderRecord,
} from '@bangtin/shared';
import type { Clock } from '../../clock.ts';
import type { Store } from '../../store/store.ts';
import type { AuditLog } from '../audit.ts';
import { AppError } from '../errors.ts';
import { contactKey, senderKeys } from './contact.ts';
import type { FeedbackPhotos } from './photos.ts';

/** Who the audit log names for the nightly purge. */
export const PURGE_ACTOR = 'hệ thống (tự động)';

const record = (f: FeedbackItem): SenderRecord => ({
  id: f.id,
  code: f.code,
  subject: f.subject,
  status: f.status,
  createdAt: f.createdAt,
  sender: f.sender,
  ...(f.senderPurgedAt ? { senderPurgedAt: f.senderPurgedAt } : {}),
  content: f.content,
  hasPhoto: Boolean(f.photoId),
});

/** `months` calendar months before `now` (the 31st falls back to the month's last day, never into the next month). */
export function monthsBefore(now: Date, months: number): Date {
  const d = new Date(now);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d;
}

/**
 * The sender's side of privacy (issue #13 item 6): find, export and delete one sender's details on request, and the
 * retention purge. Deleting clears `sender` (and the duplicate fingerprint, a hash a phone number can be guessed
 * from) and keeps the anonymous content and the handling history. Audit entries never carry the contact itself.
 */
export function createFeedbackPrivacy({ store, clock, audit, photos }: { store: Store; clock: Clock; audit: AuditLog; photos: FeedbackPhotos }) {
  async function ofSender(contact: string): Promise<FeedbackItem[]> {
    const key = contactKey(contact);
    if (key.length < 6) throw new AppError('VALIDATION_FAILED', 'Nhập đủ số điện thoại hoặc thư điện tử của người gửi.', [{ path: 'contact', message: 'Chưa đủ' }]);
    return (await store.feedback.list())
      .filter((f) => f.sender !== null && senderKeys(f.sender).includes(key))
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  /**
   * Clears the sender of each item (compare-and-set; an item changed meanwhile is read again). The attached photo goes
   * too, file and reference: a phone picture can show the sender, their child or their house.
   */
  async function clearSenders(items: readonly FeedbackItem[], note: string, by?: string): Promise<string[]> {
    const at = clock.now().toISOString();
    const cleared: string[] = [];
    for (const first of items) {
      let item: FeedbackItem | undefined = first;
      for (let attempt = 0; item && item.sender !== null && attempt < 5; attempt += 1) {
        const { fingerprint: _dropped, photoId, ...rest } = item;
        const next: FeedbackItem = {
          ...rest,
          sender: null,
          senderPurgedAt: at,
          updatedAt: at,
          history: [...item.history, { at, ...(by ? { by } : {}), note: photoId ? `${note} (cả ảnh đính kèm)` : note }].slice(-500),
          version: item.version + 1,
        };
        if (await store.feedback.replace(next, item.version)) {
          if (photoId) await photos.remove(photoId);
          cleared.push(item.code);
          break;
        }
        item = await store.feedback.get(first.id);
      }
    }
    return cleared;
  }

  /** The audit line of a search or an export: how many items and their codes, never the contact typed. */
  const recordLook = (action: 'feedback.sender.searched' | 'feedback.sender.exported', what: string, items: readonly FeedbackItem[], actor: PublicUser) =>
    audit.record({
      actor: actor.username,
      action,
      entity: 'feedback',
      entityId: items[0]?.id ?? '-',
      summary: `${what}: ${items.length} phản ánh${items.length ? ` (${items.map((f) => f.code).join(', ')})` : ''}`,
    });

  const retentionOf = async () => (await store.getSchool()).feedbackRetentionMonths ?? DEFAULT_FEEDBACK_RETENTION_MONTHS;

  return {
    async find(contact: string, actor: PublicUser): Promise<SenderRecord[]> {
      const items = await ofSender(contact);
      await recordLook('feedback.sender.searched', 'Tìm dữ liệu một người gửi', items, actor);
      return items.map(record);
    },

    async export(contact: string, actor: PublicUser): Promise<SenderExport> {
      const items = await ofSender(contact);
      await recordLook('feedback.sender.exported', 'Xuất dữ liệu một người gửi theo yêu cầu', items, actor);
      return {
        exportedAt: clock.now().toISOString(),
        contact: contact.trim(),
        items: items.map((f) => ({
          ...record(f),
          updatedAt: f.updatedAt,
          ...(f.reply ? { reply: f.reply } : {}),
          ...(f.repliedAt ? { repliedAt: f.repliedAt } : {}),
          history: f.history,
        })),
      };
    },

    async erase(contact: string, actor: PublicUser): Promise<SenderErasure> {
      const items = await ofSender(contact);
      const codes = await clearSenders(items, 'Đã xoá thông tin người gửi theo yêu cầu của người gửi', actor.id);
      await audit.record({
        actor: actor.username,
        action: 'feedback.sender.deleted',
        entity: 'feedback',
        entityId: items[0]?.id ?? '-',
        summary: `Xoá thông tin người gửi theo yêu cầu: ${codes.length} phản ánh${codes.length ? ` (${codes.join(', ')})` : ''}; nội dung ẩn danh được giữ`,
      });
      return { erased: codes.length, codes };
    },

    async retention(): Promise<{ months: number }> {
      return { months: await retentionOf() };
    },

    async setRetention(months: number, actor: PublicUser): Promise<{ months: number }> {
      const school = await store.getSchool();
      const before = school.feedbackRetentionMonths ?? DEFAULT_FEEDBACK_RETENTION_MONTHS;
      await store.saveSchool({ ...school, feedbackRetentionMonths: months });
      await audit.record({
        actor: actor.username,
        action: 'feedback.retention',
        entity: 'settings',
        entityId: 'feedback-retention',
        summary: `Thời gian lưu thông tin người gửi phản ánh: ${before} → ${months} tháng`,
      });
      return { months };
    },

    /**
     * The nightly job (and tests, after moving the clock): senders of items received more than the retention ago are
     * cleared with their photos; photos no item claimed within a day are removed. How many senders were cleared.
     */
    async purge(): Promise<number> {
      const cutoff = monthsBefore(clock.now(), await retentionOf()).toISOString();
      const all = await store.feedback.list();
      const expired = all.filter((f) => f.sender !== null && f.createdAt < cutoff);
      const codes = await clearSenders(expired, 'Đã tự động xoá thông tin người gửi (hết thời gian lưu)');
      if (codes.length > 0) {
        await audit.record({
          actor: PURGE_ACTOR,
          action: 'feedback.sender.purged',
          entity: 'feedback',
          entityId: expired[0]?.id ?? '-',
          summary: `Tự động xoá thông tin người gửi của ${codes.length} phản ánh quá thời gian lưu (${codes.join(', ')})`,
        });
      }
      await photos.pruneOrphans(new Set(all.flatMap((f) => (f.photoId ? [f.photoId] : []))));
      return codes.length;
    },
  };
}
export type FeedbackPrivacy = ReturnType<typeof createFeedbackPrivacy>;
