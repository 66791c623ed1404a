import { displayCommand, displayCommandRequest, pairingClaim, pairingOffer, pairingRequest, screen } from '@bangtin/shared';
import { z } from 'zod';
import type { Pairing } from '../../domain/pairing.ts';
import type { ScreenCommands } from '../../domain/screenCommands.ts';
import { defineRoute } from '../route.ts';

export function kioskRoutes(pairing: Pairing, commands: ScreenCommands) {
  return [
    defineRoute({
      method: 'post',
      path: '/api/pairing',
      summary: 'Thiết bị mới xin mã ghép nối 6 chữ số (hiệu lực 10 phút)',
      tag: 'kiosk',
      access: 'public',
      body: pairingRequest,
      response: pairingOffer,
      handle: async ({ body }) => pairing.offer(body.deviceToken),
    }),
    defineRoute({
      method: 'post',
      path: '/api/pairing/claim',
      summary: 'Văn phòng nhập mã đang hiện trên thiết bị mới và chọn màn hình cho thiết bị',
      tag: 'kiosk',
      access: 'editor',
      body: pairingClaim,
      response: z.object({ screen, delivered: z.int() }),
      handle: ({ body, user }) => commands.pair(body.code, body.screenId, user!),
    }),
    defineRoute({
      method: 'post',
      path: '/api/screens/:id/commands',
      summary: 'Lệnh từ xa tới màn hình: tải lại, nhận diện, trang tiếp, trang trước',
      tag: 'kiosk',
      access: 'editor',
      body: displayCommandRequest,
      response: displayCommand.extend({ delivered: z.int() }),
      handle: ({ body, params, user }) => commands.send(params.id ?? '', body.command, user!),
    }),
  ];
}
