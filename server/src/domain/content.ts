import {
  contentItem,
  type ContentInput,
  type ContentItem,
  type ContentStatus,
  type ContentType,
  type PublicUser,
  type AuditAction,
  type Rejection,
  type StatusChange,
  contentLabel,
  defaultAreasFor,
  foldVietnamese,
  lacksRequiredArea,
  viErrorMap,
} from '@bangtin/shared';
import type { Clock } from '../clock.ts';
import type { Store } from '../store/store.ts';
import type { AuditLog } from './audit.ts';
import type { DomainEvents } from './events.ts';
import { createContentImport } from './contentImport.ts';
import { copyOf } from './contentCopy.ts';
import { assertMayApprove, assertMayChangeStatus, assertMayReject, assertMaySave, assertMayUndo, incompleteForStatus, transitionVerb, type UndoableDecision } from './contentWorkflow.ts';
import { AppError, notFound } from './errors.ts';
import { newId } from './ids.ts';
import { withVideoFacts } from './videoContent.ts';
import { assertKnownAreas, missingArea } from './reformAreas.ts';

export interface ContentDeps {
  store: Store;
  clock: Clock;
  audit: AuditLog;
  /** Told after every committed change (`content.changed`). */
  events: DomainEvents;
}

export interface ContentQuery {
  type?: ContentType | undefined;
  area?: string | undefined;
  status?: ContentStatus | undefined;
  q?: string | undefined;
}

export function createContentService(deps: ContentDeps) {
  const { store, clock, audit, events } = deps;
  async function mustGet(id: string): Promise<ContentItem> {
    const item = await store.getContent(id);
    if (!item) throw notFound('nội dung này');
    return item;
  }

  /** Approval bookkeeping; a rejection reason stays visible on the draft until it is sent again. */
  function approvalFields(status: ContentStatus, actor: PublicUser, now: string, previous?: ContentItem) {
    if (status === 'approved') return { approvedBy: actor.username, approvedAt: now, rejectionReason: null };
    return { approvedBy: null, approvedAt: null, rejectionReason: status === 'draft' ? (previous?.rejectionReason ?? null) : null };
  }

  const staleStatus = () =>
    new AppError('CONFLICT', 'Nội dung này vừa được người khác sửa hoặc duyệt. Hãy tải lại trước khi đổi trạng thái.');

  /** Writes a new version with another status (no field edits): the one path for submit, approve, reject, archive. */
  async function transition(
    existing: ContentItem,
    status: ContentStatus,
    actor: PublicUser,
    options: {
      baseVersion?: number | undefined;
      reason?: string | undefined;
      action: AuditAction;
      restore?: UndoableDecision['previous'];
      /** Approve and reject keep what they replaced on the item itself, so any process can undo them within the window. */
      undoable?: boolean;
    },
  ): Promise<ContentItem> {
    if (options.baseVersion !== undefined && options.baseVersion !== existing.version) throw staleStatus();
    const now = clock.now().toISOString();
    const { status: previousStatus, approvedBy, approvedAt, rejectionReason } = existing;
    const decision: ContentItem['decision'] = options.undoable
      ? { version: existing.version + 1, actor: actor.username, at: now, previous: { status: previousStatus, approvedBy, approvedAt, rejectionReason } }
      : undefined;
    // A draft may be half-written; submitting or approving it checks it as complete (the legal fields).
    const checked = contentItem.safeParse(
      {
        ...existing,
        status,
        version: existing.version + 1,
        updatedAt: now,
        updatedBy: actor.username,
        ...approvalFields(status, actor, now, existing),
        ...(options.reason !== undefined ? { rejectionReason: options.reason } : {}),
        ...options.restore,
        // Any other change ends the chance to undo the last decision.
        decision,
      },
      { error: viErrorMap },
    );
    if (!checked.success) throw incompleteForStatus(status, checked.error.issues);
    const item = checked.data;
    // Items stored before reform areas existed may lack one: submitting or approving them asks for it.
    if (lacksRequiredArea(item)) throw missingArea();
    if (!(await store.replaceContent(item, existing.version))) throw staleStatus();
    const verb = transitionVerb(existing.status, status);
    const label = contentLabel(item).slice(0, 160);
    await audit.record({
      actor: actor.username,
      action: options.action,
      entity: item.type,
      entityId: item.id,
      summary: `${options.restore ? 'Hoàn tác quyết định' : options.reason !== undefined ? 'Trả lại' : verb} "${label}" (v${item.version}: ${existing.status} → ${status})${
        options.reason ? ` — lý do: ${options.reason}` : ''
      }`,
    });
    events.emit('content.changed', { item, previousStatus: existing.status });
    return item;
  }

  async function approve(id: string, baseVersion: number | undefined, actor: PublicUser): Promise<ContentItem> {
    const existing = await mustGet(id);
    assertMayApprove(existing.status, actor);
    return transition(existing, 'approved', actor, { baseVersion, action: 'content.approve', undoable: true });
  }

  async function reject(id: string, rejection: Rejection, actor: PublicUser): Promise<ContentItem> {
    const existing = await mustGet(id);
    assertMayReject(existing.status, actor);
    const rejected = await transition(existing, 'rejected', actor, {
      baseVersion: rejection.baseVersion,
      reason: rejection.reason,
      action: 'content.reject',
      undoable: true,
    });
    return rejected;
  }

  /** Takes back an approval or rejection made seconds ago: the item is waiting again exactly as before (audited). */
  async function undoDecision(id: string, version: number, actor: PublicUser): Promise<ContentItem> {
    const current = await mustGet(id);
    // Read from the item in the Store: a reload, a restart within the window or another server process all see it.
    const stored = current.decision;
    const decision = assertMayUndo(stored && { ...stored, at: Date.parse(stored.at) }, current, version, actor, clock.now().getTime());
    return transition(current, decision.previous.status, actor, { baseVersion: version, action: 'content.undo', restore: decision.previous });
  }

  /** Stores a new item (version 1) from what an editor sent or from a copy. */
  async function insertNew(input: ContentInput, actor: PublicUser, verb: string): Promise<ContentItem> {
    const now = clock.now().toISOString();
    const { baseVersion: _ignored, ...sent } = input;
    const fields = await withVideoFacts(store, sent);
    await assertKnownAreas(store, fields.areas);
    const item = contentItem.parse({
      ...fields,
      areas: fields.areas.length > 0 ? fields.areas : defaultAreasFor(fields.type),
      id: newId('c'),
      version: 1,
      createdAt: now,
      createdBy: actor.username,
      updatedAt: now,
      updatedBy: actor.username,
      ...approvalFields(fields.status, actor, now),
    });
    await store.insertContent(item);
    await audit.record({
      actor: actor.username,
      action: 'content.create',
      entity: item.type,
      entityId: item.id,
      summary: `${verb} "${contentLabel(item).slice(0, 200)}" (${item.status})`,
    });
    events.emit('content.changed', { item });
    return item;
  }

  return {
    async list(query: ContentQuery): Promise<ContentItem[]> {
      // Every word typed, in any order, without diacritics: "trua ho tro" finds "Hỗ trợ ăn trưa".
      const words = query.q ? foldVietnamese(query.q).split(/\s+/).filter(Boolean) : [];
      const matches = (c: ContentItem) => {
        const label = foldVietnamese(contentLabel(c));
        return words.every((word) => label.includes(word));
      };
      return (await store.listContent())
        .filter((c) => !query.type || c.type === query.type)
        .filter((c) => !query.status || c.status === query.status)
        .filter((c) => !query.area || (query.area === 'none' ? c.areas.length === 0 : c.areas.includes(query.area)))
        .filter(matches)
        .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    },

    get: mustGet,

    async create(input: ContentInput, actor: PublicUser): Promise<ContentItem> {
      assertMaySave(input.status, actor);
      return insertNew(input, actor, 'Tạo');
    },

    /** "Nhân bản": a draft copy of any item, named "… (bản sao)", for the office to adapt (never on a screen as is). */
    async duplicate(id: string, actor: PublicUser): Promise<ContentItem> {
      return insertNew(copyOf(await mustGet(id)), actor, 'Nhân bản thành');
    },

    async update(id: string, input: ContentInput, actor: PublicUser): Promise<ContentItem> {
      const existing = await mustGet(id);
      assertMaySave(input.status, actor, existing.status);
      if (input.type !== existing.type) {
        throw new AppError('VALIDATION_FAILED', 'Không thể đổi loại nội dung.', [
          { path: 'type', message: 'Không thể đổi loại nội dung' },
        ]);
      }
      if (input.baseVersion === undefined) {
        throw new AppError('VALIDATION_FAILED', 'Thiếu phiên bản gốc của nội dung đang sửa.', [
          { path: 'baseVersion', message: 'Bắt buộc khi sửa' },
        ]);
      }
      const conflict = () =>
        new AppError(
          'CONFLICT',
          'Nội dung này vừa được người khác sửa. Hãy tải lại để xem bản mới nhất trước khi lưu; các thay đổi của bạn vẫn còn trên màn hình.',
        );
      if (input.baseVersion !== existing.version) throw conflict();
      const now = clock.now().toISOString();
      const { baseVersion: _ignored, ...sent } = input;
      const fields = await withVideoFacts(store, sent);
      // An area in use cannot leave the list, so every code an honest console sends is known.
      await assertKnownAreas(store, fields.areas);
      const item = contentItem.parse({
        ...fields,
        // A client that does not send it leaves where the item reaches as it was (changing it is an edit like any other).
        audience: fields.audience ?? existing.audience,
        id,
        version: existing.version + 1,
        createdAt: existing.createdAt,
        createdBy: existing.createdBy,
        updatedAt: now,
        updatedBy: actor.username,
        ...approvalFields(input.status, actor, now, existing),
      });
      if (!(await store.replaceContent(item, existing.version))) throw conflict();
      await audit.record({
        actor: actor.username,
        action: 'content.update',
        entity: item.type,
        entityId: item.id,
        summary: `Sửa "${contentLabel(item).slice(0, 200)}" (v${item.version}, ${item.status})`,
      });
      events.emit('content.changed', { item, previousStatus: existing.status });
      return item;
    },

    /** Submit, withdraw, archive, restore; approve and reject below. */
    async changeStatus(id: string, change: StatusChange, actor: PublicUser): Promise<ContentItem> {
      if (change.status === 'approved') return approve(id, change.baseVersion, actor);
      const existing = await mustGet(id);
      if (change.reason) {
        throw new AppError('VALIDATION_FAILED', 'Lý do chỉ dùng khi trả lại nội dung (POST …/reject).', [
          { path: 'reason', message: 'Chỉ dùng khi trả lại' },
        ]);
      }
      assertMayChangeStatus(existing.status, change.status, actor);
      return transition(existing, change.status, actor, { baseVersion: change.baseVersion, action: 'content.status' });
    },

    approve,
    reject,
    undoDecision,
    /** CSV/JSON import of procedures or index results: all rows or none. */
    importMany: createContentImport(deps),
  };
}
export type ContentService = ReturnType<typeof createContentService>;
