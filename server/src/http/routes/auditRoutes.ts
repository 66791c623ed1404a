import { auditEntry, auditQuery, formatDateTimeVi, paged } from '@bangtin/shared';
import { z } from 'zod';
import type { AuditLog } from '../../domain/audit.ts';
import type { Store } from '../../store/store.ts';
import { sendCsv } from '../csv.ts';
import { defineRoute } from '../route.ts';

/** The audit log is read by the principal (approver) and the admin: they lead and check the work. */
export function auditRoutes(audit: AuditLog, store: Store) {
  return [
    defineRoute({
      method: 'get',
      path: '/api/audit',
      summary: 'Nhật ký thao tác (mới nhất trước): tìm theo nội dung, người, thao tác, khoảng ngày; có phân trang',
      tag: 'audit',
      access: 'approver',
      query: auditQuery,
      response: paged(auditEntry),
      handle: ({ query }) => audit.query(query),
    }),
    defineRoute({
      method: 'get',
      path: '/api/audit.csv',
      summary: 'Xuất nhật ký thao tác ra CSV (UTF-8 có BOM), cùng bộ lọc',
      tag: 'audit',
      access: 'approver',
      query: auditQuery,
      response: z.string(),
      handle: async ({ query, res }) => {
        const { timezone } = await store.getSchool();
        const entries = await audit.filtered(query);
        sendCsv(res, 'nhat-ky-thao-tac.csv', [
          ['Thời điểm', 'Thời điểm (UTC)', 'Người thực hiện', 'Thao tác', 'Đối tượng', 'Mã đối tượng', 'Nội dung'],
          ...entries.map((e) => [formatDateTimeVi(new Date(e.at), timezone), e.at, e.actor, e.action, e.entity, e.entityId, e.summary]),
        ]);
      },
    }),
  ];
}
