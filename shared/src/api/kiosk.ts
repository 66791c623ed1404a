import { z } from 'zod';
import { displayCommand, displayCommandRequest, pairingClaim, pairingOffer, pairingRequest, screenDeviceStatus } from '../kiosk.ts';
import { screen } from '../schemas/screen.ts';
import { contract } from './contract.ts';

export const kioskApi = {
  pairingOffer: contract({
    method: 'post',
    path: '/api/pairing',
    summary: 'Thiết bị mới xin mã ghép nối 6 chữ số (hiệu lực 10 phút)',
    tag: 'kiosk',
    access: 'public',
    body: pairingRequest,
    response: pairingOffer,
  }),
  pairingClaim: contract({
    method: 'post',
    path: '/api/pairing/claim',
    summary: 'Văn phòng nhập mã đang hiện trên thiết bị mới và chọn màn hình cho thiết bị',
    tag: 'kiosk',
    access: 'editor',
    body: pairingClaim,
    response: z.object({ screen, delivered: z.int() }),
  }),
  devices: contract({
    method: 'get',
    path: '/api/screens/devices',
    summary: 'Màn hình nào đã ghép nối thiết bị (khi nào, ai ghép); màn hình không có trong danh sách là "chưa ghép nối"',
    tag: 'kiosk',
    access: 'editor',
    response: z.array(screenDeviceStatus),
  }),
  revokeDevice: contract({
    method: 'delete',
    path: '/api/screens/:id/device',
    summary: 'Thu hồi mọi thiết bị đã ghép nối của màn hình: màn hình vẫn phát nhưng không còn được tin (trực tuyến, xác nhận, nhật ký)',
    tag: 'kiosk',
    access: 'editor',
    response: z.object({ revoked: z.boolean() }),
  }),
  revokeOneDevice: contract({
    method: 'delete',
    path: '/api/screens/:id/devices/:deviceId',
    summary: 'Thu hồi một thiết bị của màn hình (các thiết bị khác của màn hình đó vẫn được tin)',
    tag: 'kiosk',
    access: 'editor',
    response: z.object({ revoked: z.boolean() }),
  }),
  command: contract({
    method: 'post',
    path: '/api/screens/:id/commands',
    summary: 'Lệnh từ xa tới màn hình: tải lại, nhận diện, trang tiếp, trang trước',
    tag: 'kiosk',
    access: 'editor',
    body: displayCommandRequest,
    response: displayCommand.extend({ delivered: z.int() }),
  }),
};
