import { z } from 'zod';
import { auditEntry, auditQuery, failedLogin } from '../schemas/audit.ts';
import { paged, pageQuery } from '../schemas/paging.ts';
import { contract } from './contract.ts';

/** The audit log is read by the principal (approver) and the admin: they lead and check the work. */
export const auditApi = {
  list: contract({
    method: 'get',
    path: '/api/audit',
    summary: 'Nhật ký thao tác (mới nhất trước): tìm theo nội dung, người, thao tác, khoảng ngày; có phân trang',
    tag: 'audit',
    access: 'approver',
    query: auditQuery,
    response: paged(auditEntry),
  }),
  csv: contract({
    method: 'get',
    path: '/api/audit.csv',
    summary: 'Xuất nhật ký thao tác ra CSV (UTF-8 có BOM), cùng bộ lọc',
    tag: 'audit',
    access: 'approver',
    query: auditQuery,
    response: z.string(),
    reply: 'file',
  }),
  failedLogins: contract({
    method: 'get',
    path: '/api/audit/failed-logins',
    summary: 'Đăng nhập không thành công (nhật ký riêng, có giới hạn, xoay vòng; mới nhất trước)',
    tag: 'audit',
    access: 'admin',
    query: z.object(pageQuery),
    response: paged(failedLogin),
  }),
};
