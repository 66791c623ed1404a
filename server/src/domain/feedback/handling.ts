import {
  FEEDBACK_STATUS_LABELS,
  addWorkingDays,
  calendarDate,
  mayAssign,
  mayPublish,
  mayTakeStep,
  senderMentions,
  stepTarget,
  feedbackItem,
  pageOf,
  foldVietnamese,
  type FeedbackDetail,
  type FeedbackEvent,
  type FeedbackInboxQuery,
  type FeedbackItem,
  type FeedbackPublishStep,
  type FeedbackStep,
  type FeedbackView,
  type Paged,
  type PublicUser,
  type User,
} from '@bangtin/shared';
import type { Clock } from '../../clock.ts';
import type { Store } from '../../store/store.ts';
import type { AuditLog } from '../audit.ts';
import type { ContentService } from '../content.ts';
import { AppError, notFound } from '../errors.ts';
import type { DomainEvents } from '../events.ts';
import { deadlineCalendar, deadlineOf, type DeadlineCalendar } from './deadlines.ts';
import { answerSlideInput } from './answerSlide.ts';
import { toDetail, toView } from './views.ts';

/** How the answer reaches the sender: mailed in the background when they gave an address and SMTP is set. */
export interface FeedbackMailPort {
  /** True when a mail was handed over for sending. */
  reply(to: string, code: string, reply: string): Promise<boolean>;
}

export interface FeedbackHandlingDeps {
  store: Store;
  clock: Clock;
  audit: AuditLog;
  events: DomainEvents;
  content: ContentService;
  mail: FeedbackMailPort;
}

type StepInput =
  | { step: 'receive' | 'start' }
  | { step: 'reject'; reason: string }
  | { step: 'forward'; to: string }
  | { step: 'reply'; reply: string };

const conflict = () => new AppError('CONFLICT', 'Phản ánh này vừa được người khác cập nhật. Hãy tải lại để xem bản mới nhất; nội dung bạn nhập vẫn còn trên màn hình.');
const refused = (item: FeedbackItem, what: string) =>
  new AppError('CONFLICT', `Không thể ${what} khi phản ánh đang ở trạng thái “${FEEDBACK_STATUS_LABELS[item.status]}”.`);

const STEP_VERB: Record<FeedbackStep, string> = {
  receive: 'tiếp nhận',
  start: 'bắt đầu xử lý',
  reply: 'trả lời',
  reject: 'không tiếp nhận',
  forward: 'chuyển',
};

/**
 * The office's handling of phản ánh, kiến nghị: the inbox, each step (state machine in shared/feedback/handlingFlow),
 * assignment, internal notes, the reply, and publishing an anonymised answer as a slide through the approval workflow.
 * Every step is versioned (a stale one is a 409), written to the item's history and to the audit log — the audit
 * never carries the sender's details or free text that might name them.
 */
export function createFeedbackHandling({ store, clock, audit, events, content, mail }: FeedbackHandlingDeps) {
  const calendar = async (): Promise<DeadlineCalendar> => {
    const [school, settings] = await Promise.all([store.getSchool(), store.getFeedbackCalendar()]);
    return deadlineCalendar(clock.now(), school.timezone, settings);
  };
  const usersById = async () => new Map((await store.listUsers()).map((u): [string, User] => [u.id, u]));

  async function mustGet(id: string): Promise<FeedbackItem> {
    const item = await store.feedback.get(id);
    if (!item) throw notFound('phản ánh này');
    return item;
  }

  async function detail(item: FeedbackItem): Promise<FeedbackDetail> {
    const viewings = (await audit.filtered({ action: 'feedback.sender.viewed' }))
      .filter((e) => e.entityId === item.id)
      .map((e) => ({ at: e.at, actor: e.actor }));
    const slide = item.contentId ? await store.getContent(item.contentId) : undefined;
    return toDetail(item, await calendar(), await usersById(), viewings, slide);
  }

  /** Writes the next version (compare-and-set), with one history row and one audit row. */
  async function commit(existing: FeedbackItem, baseVersion: number, changes: Partial<FeedbackItem>, event: Omit<FeedbackEvent, 'at'>, actor: PublicUser, summary: string) {
    if (baseVersion !== existing.version) throw conflict();
    const at = clock.now().toISOString();
    const next = feedbackItem.parse({
      ...existing,
      ...changes,
      updatedAt: at,
      version: existing.version + 1,
      history: [...existing.history, { ...event, at, by: actor.id }].slice(-500),
    });
    if (!(await store.feedback.replace(next, existing.version))) throw conflict();
    await audit.record({ actor: actor.username, action: 'feedback.step', entity: 'feedback', entityId: next.id, summary: `${next.code}: ${summary}` });
    events.emit('feedback.changed', { id: next.id });
    return next;
  }

  async function takeStep(id: string, baseVersion: number, input: StepInput, actor: PublicUser): Promise<FeedbackDetail> {
    const existing = await mustGet(id);
    if (!mayTakeStep(existing.status, input.step)) throw refused(existing, STEP_VERB[input.step]);
    const status = stepTarget(input.step);
    const now = clock.now();
    const changes: Partial<FeedbackItem> = { status };
    let note: string | undefined;
    if (input.step === 'receive' && !existing.dueDate) {
      const cal = await calendar();
      changes.dueDate = addWorkingDays(calendarDate(new Date(existing.createdAt), cal.timezone), cal.settings.handlingDays, cal.holidays);
    }
    if (input.step === 'reject') note = changes.rejectReason = input.reason;
    if (input.step === 'forward') note = changes.forwardedTo = input.to;
    if (input.step === 'reply') {
      note = changes.reply = input.reply;
      changes.repliedAt = now.toISOString();
    }
    const label = FEEDBACK_STATUS_LABELS[status];
    const saved = await commit(existing, baseVersion, changes, { status, ...(note ? { note } : {}) }, actor, `${FEEDBACK_STATUS_LABELS[existing.status]} → ${label}`);
    if (input.step === 'reply' && saved.sender?.email) {
      const sent = await mail.reply(saved.sender.email, saved.code, input.reply);
      if (sent) await audit.record({ actor: actor.username, action: 'feedback.step', entity: 'feedback', entityId: saved.id, summary: `${saved.code}: gửi thư trả lời tới người phản ánh` });
    }
    return detail(saved);
  }

  return {
    async list(query: FeedbackInboxQuery): Promise<Paged<FeedbackView>> {
      const [cal, users] = await Promise.all([calendar(), usersById()]);
      const words = query.q ? foldVietnamese(query.q).split(/\s+/).filter(Boolean) : [];
      const views = (await store.feedback.list())
        .filter((f) => !query.status || f.status === query.status)
        .filter((f) => !query.subject || f.subject === query.subject)
        .filter((f) => !query.assignee || (query.assignee === 'none' ? !f.assigneeId : f.assigneeId === query.assignee))
        .filter((f) => {
          // Code, content and the office's own texts; never the sender's details (the inbox does not reveal them).
          const hay = foldVietnamese(`${f.code} ${f.content} ${f.reply ?? ''} ${f.proposedSummary ?? ''}`);
          return words.every((w) => hay.includes(w));
        })
        .map((f) => toView(f, cal, users))
        .filter((v) => !query.due || v.deadline === 'overdue' || (query.due === 'soon' && v.deadline === 'soon'))
        // Most urgent first: overdue, then due soon, then by due date; closed items last, newest first.
        .sort((a, b) => rank(a) - rank(b) || (a.dueDate ?? '').localeCompare(b.dueDate ?? '') || b.createdAt.localeCompare(a.createdAt));
      return pageOf(views, query.page, query.pageSize);
    },

    async counts() {
      const cal = await calendar();
      const counts = { new: 0, soon: 0, overdue: 0 };
      for (const item of await store.feedback.list()) {
        if (item.status === 'new') counts.new += 1;
        const { state } = deadlineOf(item, cal);
        if (state === 'soon' || state === 'overdue') counts[state] += 1;
      }
      return counts;
    },

    async staff() {
      return (await store.listUsers()).filter((u) => !u.disabled).map((u) => ({ id: u.id, name: u.displayName }));
    },

    get: async (id: string) => detail(await mustGet(id)),

    /** The sender's details, for the person handling it; every look is in the audit log (who, when). */
    async sender(id: string, actor: PublicUser) {
      const item = await mustGet(id);
      await audit.record({ actor: actor.username, action: 'feedback.sender.viewed', entity: 'feedback', entityId: item.id, summary: `${item.code}: xem thông tin người gửi` });
      return item.sender;
    },

    receive: (id: string, baseVersion: number, actor: PublicUser) => takeStep(id, baseVersion, { step: 'receive' }, actor),
    start: (id: string, baseVersion: number, actor: PublicUser) => takeStep(id, baseVersion, { step: 'start' }, actor),
    reject: (id: string, baseVersion: number, reason: string, actor: PublicUser) => takeStep(id, baseVersion, { step: 'reject', reason }, actor),
    forward: (id: string, baseVersion: number, to: string, actor: PublicUser) => takeStep(id, baseVersion, { step: 'forward', to }, actor),
    reply: (id: string, baseVersion: number, reply: string, actor: PublicUser) => takeStep(id, baseVersion, { step: 'reply', reply }, actor),

    async assign(id: string, baseVersion: number, assigneeId: string, actor: PublicUser): Promise<FeedbackDetail> {
      const existing = await mustGet(id);
      if (!mayAssign(existing.status)) throw refused(existing, 'giao người phụ trách');
      const users = await usersById();
      const assignee = assigneeId ? users.get(assigneeId) : undefined;
      if (assigneeId && (!assignee || assignee.disabled)) {
        throw new AppError('VALIDATION_FAILED', 'Người được giao không tồn tại hoặc đã bị khoá.', [{ path: 'assigneeId', message: 'Chọn người trong danh sách' }]);
      }
      const what = assignee ? `Giao cho ${assignee.displayName}` : 'Bỏ giao người phụ trách';
      const { assigneeId: _previous, ...rest } = existing;
      const saved = await commit({ ...rest, ...(assignee ? { assigneeId } : {}) }, baseVersion, {}, { note: what }, actor, what);
      return detail(saved);
    },

    async note(id: string, baseVersion: number, note: string, actor: PublicUser): Promise<FeedbackDetail> {
      const existing = await mustGet(id);
      return detail(await commit(existing, baseVersion, {}, { note }, actor, 'ghi chú nội bộ'));
    },

    /**
     * Makes the anonymised answer slide and sends it for the principal's approval. The item becomes `published` only
     * when she approves it (see `onContentChanged`). A text that seems to name the sender is refused until the office
     * confirms it has checked.
     */
    async publish(id: string, input: FeedbackPublishStep, actor: PublicUser): Promise<FeedbackDetail> {
      const existing = await mustGet(id);
      if (!mayPublish(existing.status)) throw refused(existing, 'công khai kết quả');
      // One answer slide at a time: a new one only after the principal sent the last one back (or it was archived).
      const previous = existing.contentId ? await store.getContent(existing.contentId) : undefined;
      if (previous && (previous.status === 'submitted' || previous.status === 'approved')) throw refused(existing, 'gửi duyệt lần nữa');
      if (input.baseVersion !== existing.version) throw conflict();
      if (!input.acknowledgeSenderMentions) {
        const details = (['summary', 'answer'] as const).flatMap((path) =>
          senderMentions(input[path], existing.sender).map((found) => ({ path, message: MENTION_VI[found] })),
        );
        if (details.length > 0) throw new AppError('VALIDATION_FAILED', 'Nội dung công khai có thể còn thông tin người gửi. Hãy xoá đi, hoặc xác nhận đã kiểm tra.', details);
      }
      const cal = await calendar();
      const slide = await content.create(answerSlideInput(existing.code, input, cal.today), actor);
      const saved = await commit(
        existing,
        input.baseVersion,
        { proposedSummary: input.summary, proposedAnswer: input.answer, contentId: slide.id },
        { note: 'Gửi duyệt trang chiếu “Kết quả xử lý phản ánh, kiến nghị”' },
        actor,
        'gửi duyệt kết quả công khai',
      );
      return detail(saved);
    },

    /** The principal approved (or took back) the answer slide: the item becomes published (or answered again). */
    async onContentChanged(contentId: string, status: string, approvedBy: string | null): Promise<void> {
      const item = (await store.feedback.list()).find((f) => f.contentId === contentId);
      if (!item) return;
      const approved = status === 'approved';
      if (approved === (item.status === 'published')) return;
      if (!approved && item.status !== 'published') return;
      const at = clock.now().toISOString();
      const { publishedAt: _was, publicSummary: _summary, publicAnswer: _answer, ...rest } = item;
      const next = feedbackItem.parse({
        ...rest,
        status: approved ? 'published' : 'answered',
        // The public fields exist only while the answer is published (the public tracking page shows them then).
        ...(approved ? { publishedAt: at, publicSummary: item.proposedSummary, publicAnswer: item.proposedAnswer } : {}),
        updatedAt: at,
        version: item.version + 1,
        history: [...item.history, { at, status: approved ? 'published' : 'answered', note: approved ? `Trang chiếu được ${approvedBy ?? 'người phê duyệt'} duyệt` : 'Trang chiếu không còn được duyệt' }],
      });
      if (await store.feedback.replace(next, item.version)) events.emit('feedback.changed', { id: next.id });
    },
  };
}
export type FeedbackHandling = ReturnType<typeof createFeedbackHandling>;

const MENTION_VI = {
  name: 'Có họ tên người gửi',
  phone: 'Có số điện thoại người gửi',
  email: 'Có địa chỉ thư của người gửi',
} as const;

/** Overdue first, then due soon, then the rest still open, then closed items. */
const RANK = { overdue: 0, soon: 1, ok: 2, closed: 3 } as const;
const rank = (v: FeedbackView) => RANK[v.deadline];
