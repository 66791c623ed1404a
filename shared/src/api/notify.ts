import { notifySettingsUpdate, notifySettingsView, notifyTestResult } from '../schemas/notify.ts';
import { contract } from './contract.ts';

export const notifyApi = {
  get: contract({
    method: 'get',
    path: '/api/settings/notify',
    summary: 'Cài đặt thư thông báo (không bao giờ trả mật khẩu SMTP)',
    tag: 'settings',
    access: 'admin',
    response: notifySettingsView,
  }),
  update: contract({
    method: 'put',
    path: '/api/settings/notify',
    summary: 'Lưu máy chủ SMTP, địa chỉ gửi, người nhận theo vai trò, ngưỡng màn hình mất kết nối',
    tag: 'settings',
    access: 'admin',
    body: notifySettingsUpdate,
    response: notifySettingsView,
  }),
  test: contract({
    method: 'post',
    path: '/api/settings/notify/test',
    summary: 'Gửi thư thử tới mọi người nhận đã cài',
    tag: 'settings',
    access: 'admin',
    response: notifyTestResult,
  }),
};
