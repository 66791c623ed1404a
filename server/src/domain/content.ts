import {
  contentItem,
  hasRole,
  type ContentInput,
  type ContentItem,
  type ContentStatus,
  type ContentType,
  type PublicUser,
  type StatusChange,
  contentLabel,
} from '@bangtin/shared';
import type { Clock } from '../clock.ts';
import type { Store } from '../store/store.ts';
import type { AuditLog } from './audit.ts';
import { AppError, forbidden, notFound } from './errors.ts';
import { newId } from './ids.ts';

export interface ContentDeps {
  store: Store;
  clock: Clock;
  audit: AuditLog;
  /** Called after every committed change, to push to screens and admin consoles. */
  onChange: (item: ContentItem) => void;
}

export interface ContentQuery {
  type?: ContentType | undefined;
  status?: ContentStatus | undefined;
  q?: string | undefined;
}

/** Only approvers (the principal) and admins may put content on air. */
function assertMayRequest(status: ContentStatus, actor: PublicUser) {
  if (status === 'approved' && !hasRole(actor.role, 'approver')) {
    throw forbidden('Chỉ Hiệu trưởng (người phê duyệt) hoặc quản trị mới được đăng nội dung lên màn hình.');
  }
}

const fold = (s: string) =>
  s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();

export function createContentService({ store, clock, audit, onChange }: ContentDeps) {
  async function mustGet(id: string): Promise<ContentItem> {
    const item = await store.getContent(id);
    if (!item) throw notFound('nội dung này');
    return item;
  }

  function approvalFields(status: ContentStatus, actor: PublicUser, now: string, previous?: ContentItem) {
    if (status === 'approved') return { approvedBy: actor.username, approvedAt: now, rejectionReason: null };
    return { approvedBy: null, approvedAt: null, rejectionReason: previous?.rejectionReason ?? null };
  }

  return {
    async list(query: ContentQuery): Promise<ContentItem[]> {
      const needle = query.q ? fold(query.q) : null;
      return (await store.listContent())
        .filter((c) => !query.type || c.type === query.type)
        .filter((c) => !query.status || c.status === query.status)
        .filter((c) => !needle || fold(contentLabel(c)).includes(needle))
        .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    },

    get: mustGet,

    async create(input: ContentInput, actor: PublicUser): Promise<ContentItem> {
      assertMayRequest(input.status, actor);
      const now = clock.now().toISOString();
      const { baseVersion: _ignored, ...fields } = input;
      const item = contentItem.parse({
        ...fields,
        id: newId('c'),
        version: 1,
        createdAt: now,
        createdBy: actor.username,
        updatedAt: now,
        updatedBy: actor.username,
        ...approvalFields(input.status, actor, now),
      });
      await store.insertContent(item);
      await audit.record({
        actor: actor.username,
        action: 'content.create',
        entity: item.type,
        entityId: item.id,
        summary: `Tạo "${contentLabel(item).slice(0, 200)}" (${item.status})`,
      });
      onChange(item);
      return item;
    },

    async update(id: string, input: ContentInput, actor: PublicUser): Promise<ContentItem> {
      assertMayRequest(input.status, actor);
      const existing = await mustGet(id);
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
      const { baseVersion: _ignored, ...fields } = input;
      const item = contentItem.parse({
        ...fields,
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
      onChange(item);
      return item;
    },

    async changeStatus(id: string, change: StatusChange, actor: PublicUser): Promise<ContentItem> {
      assertMayRequest(change.status, actor);
      const existing = await mustGet(id);
      if (change.baseVersion !== undefined && change.baseVersion !== existing.version) {
        throw new AppError('CONFLICT', 'Nội dung này vừa được người khác sửa. Hãy tải lại trước khi đổi trạng thái.');
      }
      const now = clock.now().toISOString();
      const rejected = existing.status === 'submitted' && change.status === 'draft';
      const item = contentItem.parse({
        ...existing,
        status: change.status,
        version: existing.version + 1,
        updatedAt: now,
        updatedBy: actor.username,
        ...approvalFields(change.status, actor, now, existing),
        ...(rejected ? { rejectionReason: change.reason ?? '' } : {}),
      });
      if (!(await store.replaceContent(item, existing.version))) {
        throw new AppError('CONFLICT', 'Nội dung này vừa được người khác sửa. Hãy tải lại trước khi đổi trạng thái.');
      }
      await audit.record({
        actor: actor.username,
        action: 'content.status',
        entity: item.type,
        entityId: item.id,
        summary: `${existing.status} → ${item.status}${change.reason ? `: ${change.reason}` : ''}`,
      });
      onChange(item);
      return item;
    },
  };
}
export type ContentService = ReturnType<typeof createContentService>;
