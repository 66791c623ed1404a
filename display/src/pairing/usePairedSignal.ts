import {
  PAIRING_NAMESPACE,
  pairingAssignment,
  type PairingAssignment,
  type PairingClientToServerEvents,
  type PairingHandshakeAuth,
  type PairingServerToClientEvents,
} from '@bangtin/shared';
import { io, type Socket } from 'socket.io-client';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { unitPath } from '../route.ts';

/** Waits on /pairing, named by the device token, for the office to assign this kiosk a screen (and its credential). */
export function usePairedSignal(deviceToken: string, onPaired: (assignment: PairingAssignment) => void): void {
  const onPairedRef = useRef(onPaired);
  useLayoutEffect(() => {
    onPairedRef.current = onPaired;
  });

  useEffect(() => {
    const auth: PairingHandshakeAuth = { deviceToken };
    const socket: Socket<PairingServerToClientEvents, PairingClientToServerEvents> = io(unitPath(PAIRING_NAMESPACE), {
      auth: { ...auth },
      transports: ['websocket'], // as displaySocket.ts: no sticky sessions behind several processes
      reconnectionDelay: 1000,
      reconnectionDelayMax: 10_000,
    });
    socket.on('pairing:paired', (assignment) => {
      const parsed = pairingAssignment.safeParse(assignment);
      if (parsed.success) onPairedRef.current(parsed.data);
    });
    return () => {
      socket.removeAllListeners();
      socket.disconnect();
    };
  }, [deviceToken]);
}
