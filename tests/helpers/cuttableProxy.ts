import { createServer, connect, type Socket } from 'node:net';

/**
 * A TCP forwarder in front of a test server whose "cable" can be pulled: while cut, bytes in either direction are
 * dropped and nothing is closed (no FIN, no RST) — exactly what a kiosk that loses its network looks like to the server.
 * Plugging back in drops the connections that went silent (as a real TCP stack eventually would) so clients reconnect.
 */
export interface CuttableProxy {
  url: string;
  cut(): void;
  plugBackIn(): void;
  close(): Promise<void>;
}

export async function startCuttableProxy(targetPort: number): Promise<CuttableProxy> {
  let cut = false;
  const silenced = new Set<Socket>();
  const open = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = connect(targetPort, '127.0.0.1');
    for (const [from, to] of [
      [client, upstream],
      [upstream, client],
    ] as const) {
      open.add(from);
      from.on('data', (chunk) => {
        if (cut) silenced.add(from);
        else to.write(chunk);
      });
      from.on('close', () => {
        open.delete(from);
        to.destroy();
      });
      from.on('error', () => to.destroy());
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    cut: () => {
      cut = true;
    },
    plugBackIn: () => {
      cut = false;
      for (const socket of open) socket.destroy();
      silenced.clear();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of open) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
