import { kioskApi } from '@bangtin/shared/api';
import type { DeviceTrust } from '../../domain/deviceTrust.ts';
import type { Pairing } from '../../domain/pairing.ts';
import type { ScreenCommands } from '../../domain/screenCommands.ts';
import { bindRoutes } from '../route.ts';

export function kioskRoutes(pairing: Pairing, commands: ScreenCommands, trust: DeviceTrust) {
  return bindRoutes(kioskApi, {
    pairingOffer: async ({ body }) => pairing.offer(body.deviceToken),
    pairingClaim: ({ body, user }) => commands.pair(body.code, body.screenId, user),
    command: ({ body, params, user }) => commands.send(params.id, body.command, user),
    devices: () => trust.list(),
    revokeDevice: ({ params, user }) => commands.revokeDevice(params.id, user),
    revokeOneDevice: ({ params, user }) => commands.revokeDevice(params.id, user, params.deviceId),
  });
}
