import net from 'node:net';

export interface RoundRobinProxy {
  url: string;
  /** How many client connections each target port was given (the test checks the spread). */
  connectionsTo(port: number): number;
  close(): Promise<void>;
}

/**
 * The "one address in front of three processes" of a deployment, in ~40 lines of node:net: each new TCP connection
 * goes to the next target in turn, skipping a target that refuses (a killed process), with no stickiness at all — a
 * client that needs two connections to reach the same process (Socket.IO's HTTP long-polling) would break here, which
 * is the point of the websocket-only transport.
 */
export async function startRoundRobinProxy(targetPorts: readonly number[]): Promise<RoundRobinProxy> {
  let next = 0;
  const given = new Map<number, number>();
  const open = new Set<net.Socket>();

  const pipeTo = (client: net.Socket, attemptsLeft: number) => {
    const port = targetPorts[next % targetPorts.length]!;
    next += 1;
    const upstream = net.connect(port, '127.0.0.1');
    open.add(upstream);
    let connected = false;
    let retried = false;
    upstream.once('connect', () => {
      connected = true;
      given.set(port, (given.get(port) ?? 0) + 1);
      client.pipe(upstream).pipe(client);
      client.resume();
    });
    upstream.once('error', () => {
      if (connected || attemptsLeft <= 1) return void client.destroy();
      retried = true;
      pipeTo(client, attemptsLeft - 1);
    });
    upstream.once('close', () => {
      open.delete(upstream);
      if (!retried) client.destroy();
    });
    client.once('close', () => upstream.destroy());
  };

  const server = net.createServer({ pauseOnConnect: true }, (client) => {
    open.add(client);
    client.on('error', () => client.destroy());
    client.once('close', () => open.delete(client));
    pipeTo(client, targetPorts.length);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    connectionsTo: (target) => given.get(target) ?? 0,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of open) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
