import {
  addToTally,
  countableAnswers,
  publicQuestionOf,
  quizQuestion,
  quizResultOf,
  type AuditAction,
  type ContentInput,
  type ContentStatus,
  type PublicQuizQuestion,
  type PublicUser,
  type QuizAnswer,
  type QuizQuestion,
  type QuizQuestionInput,
  type QuizResult,
  type StatusChange,
} from '@bangtin/shared';
import type { Clock } from '../clock.ts';
import type { Store } from '../store/store.ts';
import type { AuditLog } from './audit.ts';
import { assertMayApprove, assertMayChangeStatus, assertMayReject, assertMaySave } from './contentWorkflow.ts';
import { AppError, notFound } from './errors.ts';
import { newId } from './ids.ts';
import { assertKnownAreas } from './reformAreas.ts';
import { didYouKnowFields, type QuizSlideSync } from './quizSlides.ts';

/** Where an answer was given: the paired reception kiosk, or the public page /tim-hieu. */
export type QuizSource = 'kiosk' | 'web';

const conflict = () =>
  new AppError('CONFLICT', 'Câu hỏi này vừa được người khác sửa hoặc duyệt. Hãy tải lại để xem bản mới nhất; các thay đổi của bạn vẫn còn trên màn hình.');

/**
 * Tìm hiểu CCHC (issue #13 item 5). Questions follow the content workflow's rules (contentWorkflow.ts: only approvers
 * publish, editing an approved question takes it off the players until approved again, archived comes back as a draft);
 * only approved ones are ever played. Answers are tallied per question and per choice — counts only, no identity.
 */
export function createQuizService({ store, clock, audit, slides }: { store: Store; clock: Clock; audit: AuditLog; /** Its "Bạn có biết?" slides follow it. */ slides?: QuizSlideSync }) {
  async function mustGet(id: string): Promise<QuizQuestion> {
    const found = await store.quizQuestions.get(id);
    if (!found) throw notFound('câu hỏi');
    return found;
  }

  function approvalFields(status: ContentStatus, actor: PublicUser, now: string) {
    return status === 'approved' ? { approvedBy: actor.username, approvedAt: now, rejectionReason: null } : { approvedBy: null, approvedAt: null };
  }

  async function record(action: AuditAction, actor: PublicUser, q: QuizQuestion, what: string) {
    await audit.record({ actor: actor.username, action, entity: 'quiz', entityId: q.id, summary: `${what} câu hỏi "${q.question.slice(0, 160)}" (v${q.version}, ${q.status})` });
  }

  async function write(existing: QuizQuestion, next: QuizQuestion): Promise<QuizQuestion> {
    if (!(await store.quizQuestions.replace(next, existing.version))) throw conflict();
    return next;
  }

  async function transition(existing: QuizQuestion, status: ContentStatus, actor: PublicUser, baseVersion: number | undefined, extra: Partial<QuizQuestion> = {}) {
    if (baseVersion !== undefined && baseVersion !== existing.version) throw conflict();
    const now = clock.now().toISOString();
    const next = quizQuestion.parse({
      ...existing,
      status,
      version: existing.version + 1,
      updatedAt: now,
      updatedBy: actor.username,
      ...approvalFields(status, actor, now),
      // A draft keeps the reason it was sent back with (the editor shows it); reject passes its own.
      rejectionReason: status === 'draft' ? existing.rejectionReason : null,
      ...extra,
    });
    return write(existing, next);
  }

  /** Approved questions, oldest first (the office's order of writing). */
  async function approved(): Promise<PublicQuizQuestion[]> {
    return (await store.quizQuestions.list())
      .filter((q) => q.status === 'approved')
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
      .map(publicQuestionOf);
  }

  return {
    list: async () => (await store.quizQuestions.list()).sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
    approved,

    async create(input: QuizQuestionInput, actor: PublicUser): Promise<QuizQuestion> {
      assertMaySave(input.status, actor);
      await assertKnownAreas(store, [input.area], 'area');
      const now = clock.now().toISOString();
      const { baseVersion: _ignored, ...fields } = input;
      const q = quizQuestion.parse({
        ...fields,
        id: newId('q'),
        version: 1,
        createdAt: now,
        createdBy: actor.username,
        updatedAt: now,
        updatedBy: actor.username,
        rejectionReason: null,
        ...approvalFields(input.status, actor, now),
      });
      await store.quizQuestions.insert(q);
      await record('content.create', actor, q, 'Thêm');
      return q;
    },

    async update(id: string, input: QuizQuestionInput, actor: PublicUser): Promise<QuizQuestion> {
      const existing = await mustGet(id);
      assertMaySave(input.status, actor, existing.status);
      if (input.baseVersion === undefined) {
        throw new AppError('VALIDATION_FAILED', 'Thiếu phiên bản gốc của câu hỏi đang sửa.', [{ path: 'baseVersion', message: 'Bắt buộc khi sửa' }]);
      }
      if (input.baseVersion !== existing.version) throw conflict();
      if (input.area !== existing.area) await assertKnownAreas(store, [input.area], 'area');
      const now = clock.now().toISOString();
      const { baseVersion: _ignored, ...fields } = input;
      const next = quizQuestion.parse({
        ...existing,
        ...fields,
        version: existing.version + 1,
        updatedAt: now,
        updatedBy: actor.username,
        rejectionReason: input.status === 'draft' ? existing.rejectionReason : null,
        ...approvalFields(input.status, actor, now),
      });
      await write(existing, next);
      // Counts per choice mean nothing once the choices or the right one change: that question starts counting again.
      if (JSON.stringify(existing.choices) !== JSON.stringify(next.choices) || existing.correct !== next.correct) {
        await store.quizTallies.remove(id);
      }
      await record('content.update', actor, next, 'Sửa');
      await slides?.follow(next, actor);
      return next;
    },

    async changeStatus(id: string, change: StatusChange, actor: PublicUser): Promise<QuizQuestion> {
      const existing = await mustGet(id);
      if (change.status === 'approved') {
        assertMayApprove(existing.status, actor);
      } else {
        if (change.reason) {
          throw new AppError('VALIDATION_FAILED', 'Lý do chỉ dùng khi trả lại câu hỏi (POST …/reject).', [{ path: 'reason', message: 'Chỉ dùng khi trả lại' }]);
        }
        assertMayChangeStatus(existing.status, change.status, actor);
      }
      const next = await transition(existing, change.status, actor, change.baseVersion);
      await record(change.status === 'approved' ? 'content.approve' : 'content.status', actor, next, 'Đổi trạng thái');
      await slides?.follow(next, actor);
      return next;
    },

    async approve(id: string, baseVersion: number | undefined, actor: PublicUser): Promise<QuizQuestion> {
      const existing = await mustGet(id);
      assertMayApprove(existing.status, actor);
      const next = await transition(existing, 'approved', actor, baseVersion);
      await record('content.approve', actor, next, 'Duyệt');
      await slides?.follow(next, actor);
      return next;
    },

    async reject(id: string, reason: string, baseVersion: number | undefined, actor: PublicUser): Promise<QuizQuestion> {
      const existing = await mustGet(id);
      assertMayReject(existing.status, actor);
      const next = await transition(existing, 'rejected', actor, baseVersion, { rejectionReason: reason });
      await record('content.reject', actor, next, 'Trả lại');
      return next;
    },

    /**
     * Counts a round's answers (only approved questions, each once, choices in range) (the store coalesces the writes);
     * returns how many were counted. The callers decide whether the sender may be heard (paired kiosk; rate-limited page).
     */
    async recordAnswers(source: QuizSource, answers: readonly QuizAnswer[]): Promise<number> {
      const counted = countableAnswers(await approved(), answers);
      for (const answer of counted) {
        // One read-change-write step in the store: answers counted at the same moment (two processes, one tally) all count.
        await store.quizTallies.modify(answer.questionId, (tally) => addToTally(tally, answer.questionId, source, answer.choice));
      }
      return counted.length;
    },

    /**
     * The draft content item of a "Bạn có biết?" slide made from an approved question, for the given screens: it then
     * goes through the content approval like any slide (so a question reaches the gate only after both approvals).
     */
    async slideInput(id: string, screens: string[]): Promise<ContentInput> {
      const q = await mustGet(id);
      if (q.status !== 'approved') {
        throw new AppError('CONFLICT', 'Chỉ tạo được slide "Bạn có biết?" từ câu hỏi đã duyệt.');
      }
      return {
        type: 'didYouKnow',
        ...didYouKnowFields(q),
        quizId: q.id,
        validFrom: null,
        validUntil: null,
        durationSeconds: null,
        screens,
        // The slide belongs to the reform area of its question (the plan's sections, issue #14).
        areas: q.area ? [q.area] : [],
        status: 'draft',
      };
    },

    /** Per question (every status, so an archived question's answers stay visible): counts and the share right. */
    async results(): Promise<QuizResult[]> {
      const [questions, tallies] = await Promise.all([store.quizQuestions.list(), store.quizTallies.list()]);
      const byId = new Map(tallies.map((t) => [t.id, t] as const));
      return questions.sort((a, b) => a.createdAt.localeCompare(b.createdAt)).map((q) => quizResultOf(q, byId.get(q.id)));
    },
  };
}
export type QuizService = ReturnType<typeof createQuizService>;
