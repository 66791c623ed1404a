import {
  contentItem,
  contentLabel,
  formatImportIssue,
  readImportFile,
  type ContentItem,
  type ImportIssue,
  type ImportRequest,
  type PublicUser,
} from '@bangtin/shared';
import type { Clock } from '../clock.ts';
import type { Store } from '../store/store.ts';
import type { AuditLog } from './audit.ts';
import type { DomainEvents } from './events.ts';
import { AppError } from './errors.ts';
import { newId } from './ids.ts';

export interface ContentImportDeps {
  store: Store;
  clock: Clock;
  audit: AuditLog;
  events: DomainEvents;
}

/** A procedure code may appear once among live items (archived ones do not count) and once in the file. */
async function duplicateCodes(store: Store, items: readonly ContentItem[], format: 'csv' | 'json'): Promise<ImportIssue[]> {
  const live = new Set(
    (await store.listContent()).flatMap((c) => (c.type === 'procedure' && c.status !== 'archived' ? [c.code] : [])),
  );
  const seen = new Map<string, number>();
  const firstRow = format === 'csv' ? 2 : 1;
  const issues: ImportIssue[] = [];
  items.forEach((item, i) => {
    if (item.type !== 'procedure') return;
    const row = i + firstRow;
    const column = format === 'csv' ? 'Mã thủ tục' : 'code';
    if (live.has(item.code)) issues.push({ row, column, message: `Thủ tục ${item.code} đã có trong hệ thống; hãy sửa thủ tục đó thay vì nhập lại` });
    const earlier = seen.get(item.code);
    if (earlier !== undefined) issues.push({ row, column, message: `Trùng mã với ${format === 'csv' ? 'dòng' : 'mục'} ${earlier}` });
    else seen.set(item.code, row);
  });
  return issues;
}

/**
 * Import of procedures or index results: every row is validated first with the shared schema; if any row fails,
 * nothing is saved and the reply lists each problem ("Dòng 3, cột Thời hạn giải quyết: …"). Otherwise all rows
 * become drafts (for every screen) in a single store write.
 */
export function createContentImport({ store, clock, audit, events }: ContentImportDeps) {
  return async function importContent(request: ImportRequest, actor: PublicUser): Promise<ContentItem[]> {
    const read = readImportFile(request);
    const refuse = (issues: ImportIssue[]) =>
      new AppError(
        'VALIDATION_FAILED',
        `Tệp có ${issues.length} lỗi; chưa lưu dòng nào. Sửa các lỗi dưới đây rồi nhập lại.`,
        issues.map((issue) => ({ path: `rows.${issue.row}`, message: formatImportIssue(request.format, issue) })),
      );
    if (!read.ok) throw refuse(read.issues);
    const known = new Set((await store.getReformAreas()).map((a) => a.code));
    const unknownAreas = read.inputs.flatMap((input, i): ImportIssue[] => {
      const unknown = input.areas.filter((code) => !known.has(code));
      const row = i + (request.format === 'csv' ? 2 : 1);
      return unknown.length > 0 ? [{ row, column: request.format === 'csv' ? 'Lĩnh vực CCHC' : 'areas', message: `Không có lĩnh vực ${unknown.join(', ')} (xem Cài đặt → Lĩnh vực CCHC)` }] : [];
    });
    if (unknownAreas.length > 0) throw refuse(unknownAreas);
    const now = clock.now().toISOString();
    const items = read.inputs.map((input) => {
      const { baseVersion: _ignored, ...fields } = input;
      return contentItem.parse({
        ...fields,
        status: 'draft',
        id: newId('c'),
        version: 1,
        createdAt: now,
        createdBy: actor.username,
        updatedAt: now,
        updatedBy: actor.username,
        approvedBy: null,
        approvedAt: null,
        rejectionReason: null,
      });
    });
    const duplicates = await duplicateCodes(store, items, request.format);
    if (duplicates.length > 0) throw refuse(duplicates);
    await store.insertContentMany(items);
    await audit.record({
      actor: actor.username,
      action: 'content.import',
      entity: request.type,
      entityId: items[0]?.id ?? '',
      summary: `Nhập ${items.length} mục từ tệp ${request.format.toUpperCase()} (bản nháp): ${items
        .map((i) => contentLabel(i))
        .join('; ')
        .slice(0, 300)}`,
    });
    for (const item of items) events.emit('content.changed', { item });
    return items;
  };
}
export type ContentImport = ReturnType<typeof createContentImport>;
