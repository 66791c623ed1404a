import { hasRole, type ContentItem, type ContentStatus, type FieldIssue, type PublicUser } from '@bangtin/shared';
import { AppError, forbidden } from './errors.ts';

/**
 * Who may move content where. draft → submitted → approved → archived; only approvers (the principal) and admins
 * move anything into or out of `approved`, and only they reject. Editing approved content sends it back to
 * `submitted`: the store keeps one version per item, so the edited item leaves the screens until approved again
 * (the console says so before the edit is saved).
 */
const isApprover = (actor: PublicUser) => hasRole(actor.role, 'approver');

const ONLY_APPROVER_PUBLISHES = 'Chỉ Hiệu trưởng (người phê duyệt) hoặc quản trị mới được duyệt nội dung lên màn hình.';
const ONLY_APPROVER_UNPUBLISHES =
  'Nội dung này đã được duyệt: chỉ Hiệu trưởng (người phê duyệt) hoặc quản trị mới được gỡ hoặc lưu trữ nó. Bạn có thể sửa và gửi duyệt lại.';

/** A save from an editor form (create or update) asking for `requested`. */
export function assertMaySave(requested: ContentStatus, actor: PublicUser, existing?: ContentStatus): void {
  if (requested === 'approved' && !isApprover(actor)) throw forbidden(ONLY_APPROVER_PUBLISHES);
  if (existing === 'approved' && requested === 'draft' && !isApprover(actor)) {
    throw forbidden('Nội dung đã duyệt chỉ có thể sửa rồi gửi duyệt lại; nó rời màn hình cho đến khi được duyệt lại.');
  }
  // The same rule as a status change: archived content comes back only as a draft.
  if (existing === 'archived' && requested !== 'draft') {
    throw new AppError('VALIDATION_FAILED', 'Nội dung đã lưu trữ chỉ có thể khôi phục thành bản nháp.', [
      { path: 'status', message: 'Chỉ khôi phục thành bản nháp' },
    ]);
  }
}

/** A status change without editing (submit, withdraw, archive, restore); approve and reject have their own rules. */
export function assertMayChangeStatus(from: ContentStatus, to: ContentStatus, actor: PublicUser): void {
  if (from === to) {
    throw new AppError('CONFLICT', 'Nội dung đã ở trạng thái này. Hãy tải lại để xem trạng thái mới nhất.');
  }
  if (from === 'approved' && !isApprover(actor)) throw forbidden(ONLY_APPROVER_UNPUBLISHES);
  if (to === 'rejected') {
    throw new AppError('VALIDATION_FAILED', 'Trả lại nội dung cần kèm lý do (POST …/reject).', [{ path: 'status', message: 'Dùng “Từ chối” kèm lý do' }]);
  }
  if (from === 'archived' && to !== 'draft') {
    throw new AppError('VALIDATION_FAILED', 'Nội dung đã lưu trữ chỉ có thể khôi phục thành bản nháp.', [
      { path: 'status', message: 'Chỉ khôi phục thành bản nháp' },
    ]);
  }
}

export function assertMayApprove(from: ContentStatus, actor: PublicUser): void {
  if (!isApprover(actor)) throw forbidden(ONLY_APPROVER_PUBLISHES);
  if (from === 'approved') throw new AppError('CONFLICT', 'Nội dung này đã được duyệt.');
  if (from === 'archived') {
    throw new AppError('VALIDATION_FAILED', 'Nội dung đã lưu trữ không được duyệt; hãy khôi phục và gửi duyệt lại.');
  }
}

export function assertMayReject(from: ContentStatus, actor: PublicUser): void {
  if (!isApprover(actor)) throw forbidden('Chỉ Hiệu trưởng (người phê duyệt) hoặc quản trị mới được trả lại nội dung.');
  if (from !== 'submitted') throw new AppError('CONFLICT', 'Chỉ trả lại được nội dung đang chờ duyệt. Hãy tải lại danh sách.');
}

/** How long after a decision the principal may take it back (the console offers ~5 s; the server allows slack). */
export const UNDO_WINDOW_MS = 30_000;

/** What a decision replaced: enough to put the item back exactly as it was waiting. */
export interface UndoableDecision {
  /** The version the decision wrote; undo only if the item is still at it (nothing else changed since). */
  version: number;
  actor: string;
  at: number;
  previous: Pick<ContentItem, 'status' | 'approvedBy' | 'approvedAt' | 'rejectionReason'>;
}

/** Undo is the decider's own, within the window, and only while nobody has touched the item since. */
export function assertMayUndo(decision: UndoableDecision | undefined, current: ContentItem, version: number, actor: PublicUser, now: number): UndoableDecision {
  if (!isApprover(actor)) throw forbidden(ONLY_APPROVER_PUBLISHES);
  if (!decision || decision.version !== version || decision.actor !== actor.username || now - decision.at > UNDO_WINDOW_MS) {
    throw new AppError('CONFLICT', 'Không còn hoàn tác được quyết định này (đã quá thời gian hoặc không phải quyết định vừa xong).');
  }
  if (current.version !== version) {
    throw new AppError('CONFLICT', 'Nội dung đã thay đổi sau quyết định này nên không hoàn tác được. Hãy tải lại.');
  }
  return decision;
}

/** Audit wording for a transition, so the log reads as the office speaks. */
export function transitionVerb(from: ContentStatus, to: ContentStatus): string {
  if (to === 'approved') return 'Duyệt';
  if (to === 'submitted') return from === 'approved' ? 'Gửi duyệt lại' : 'Gửi duyệt';
  if (to === 'archived') return 'Lưu trữ';
  if (to === 'rejected') return 'Trả lại';
  if (from === 'archived') return 'Khôi phục';
  if (from === 'approved') return 'Gỡ khỏi màn hình';
  return 'Rút lại';
}

/**
 * A draft sent for approval (or approved) while the legal fields are still missing: the reply lists every missing
 * field, so the console can show the same banner as its own check.
 */
export function incompleteForStatus(to: ContentStatus, issues: readonly { path: readonly PropertyKey[]; message: string }[]): AppError {
  const details: FieldIssue[] = issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
  const verb = to === 'approved' ? 'duyệt' : 'gửi duyệt';
  return new AppError('VALIDATION_FAILED', `Nội dung còn thiếu ${details.length} mục bắt buộc nên chưa ${verb} được. Hãy bổ sung rồi thử lại.`, details);
}
