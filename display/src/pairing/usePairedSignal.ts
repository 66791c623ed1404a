import {
  PAIRING_NAMESPACE,
  screenSlug,
  type PairingClientToServerEvents,
  type PairingHandshakeAuth,
  type PairingServerToClientEvents,
} from '@bangtin/shared';
import { io, type Socket } from 'socket.io-client';
import { useEffect, useLayoutEffect, useRef } from 'react';

/** Waits on /pairing, named by the device token, for the office to assign this kiosk a screen. */
export function usePairedSignal(deviceToken: string, onPaired: (slug: string) => void): void {
  const onPairedRef = useRef(onPaired);
  useLayoutEffect(() => {
    onPairedRef.current = onPaired;
  });

  useEffect(() => {
    const auth: PairingHandshakeAuth = { deviceToken };
    const socket: Socket<PairingServerToClientEvents, PairingClientToServerEvents> = io(PAIRING_NAMESPACE, {
      auth: { ...auth },
      transports: ['websocket', 'polling'],
      reconnectionDelay: 1000,
      reconnectionDelayMax: 10_000,
    });
    socket.on('pairing:paired', (assignment) => {
      const slug = screenSlug.safeParse(assignment?.slug);
      if (slug.success) onPairedRef.current(slug.data);
    });
    return () => {
      socket.removeAllListeners();
      socket.disconnect();
    };
  }, [deviceToken]);
}
