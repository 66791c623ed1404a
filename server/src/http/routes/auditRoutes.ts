import { auditEntry } from '@bangtin/shared';
import { z } from 'zod';
import type { AuditLog } from '../../domain/audit.ts';
import { defineRoute } from '../route.ts';

export function auditRoutes(audit: AuditLog) {
  return [
    defineRoute({
      method: 'get',
      path: '/api/audit',
      summary: 'Nhật ký thao tác (mới nhất trước)',
      tag: 'audit',
      access: 'admin',
      query: z.object({ limit: z.coerce.number().int().min(1).max(1000).default(200) }),
      response: z.array(auditEntry),
      handle: ({ query }) => audit.list((query as { limit: number }).limit),
    }),
  ];
}
