import { formatDateTimeVi, pageOf } from '@bangtin/shared';
import { auditApi } from '@bangtin/shared/api';
import type { AuditLog } from '../../domain/audit.ts';
import type { FailedLoginLog } from '../../domain/failedLogins.ts';
import type { Store } from '../../store/store.ts';
import { sendCsv } from '../csv.ts';
import { bindRoutes } from '../route.ts';

export function auditRoutes(audit: AuditLog, store: Store, failedLogins: FailedLoginLog) {
  return bindRoutes(auditApi, {
    list: ({ query }) => audit.query(query),
    csv: async ({ query, res }) => {
      const { timezone } = await store.getSchool();
      const entries = await audit.filtered(query);
      sendCsv(res, 'nhat-ky-thao-tac.csv', [
        ['Thời điểm', 'Thời điểm (UTC)', 'Người thực hiện', 'Thao tác', 'Đối tượng', 'Mã đối tượng', 'Nội dung'],
        ...entries.map((e) => [formatDateTimeVi(new Date(e.at), timezone), e.at, e.actor, e.action, e.entity, e.entityId, e.summary]),
      ]);
    },
    failedLogins: async ({ query }) => pageOf(await failedLogins.list(), query.page, query.pageSize),
  });
}
