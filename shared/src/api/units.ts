import { z } from 'zod';
import { unitContext, unitCreate, unitCreated, unitSummary, unitUpdate } from '../schemas/unit.ts';
import { contract } from './contract.ts';

/**
 * Units (issue #15 item 1). Every path is relative to the unit's base: '/api/units/current' at the root,
 * '/<slug>/api/units/current' in a child (the console prefixes its base to every contract's path).
 */
export const unitsApi = {
  current: contract({
    method: 'get',
    path: '/api/units/current',
    summary: 'Đơn vị của bảng điều khiển này, đơn vị cấp trên, và người đăng nhập có đang làm việc thay mặt phường không',
    tag: 'units',
    access: 'editor',
    response: unitContext,
  }),
  list: contract({
    method: 'get',
    path: '/api/units',
    summary: 'Các đơn vị trực thuộc (chỉ ở đơn vị gốc; nơi khác trả danh sách rỗng)',
    tag: 'units',
    access: 'editor',
    response: z.array(unitSummary),
  }),
  create: contract({
    method: 'post',
    path: '/api/units',
    summary: 'Thêm một đơn vị trực thuộc với tài khoản quản trị đầu tiên (mật khẩu tạo ngẫu nhiên, chỉ hiện một lần)',
    tag: 'units',
    access: 'admin',
    body: unitCreate,
    response: unitCreated,
    status: 201,
  }),
  update: contract({
    method: 'put',
    path: '/api/units/:id',
    summary: 'Đổi tên hoặc loại của một đơn vị (đường dẫn không đổi: đã in trên áp phích và mã QR)',
    tag: 'units',
    access: 'admin',
    body: unitUpdate,
    response: unitSummary,
  }),
};
