import type { Namespace, Server } from 'socket.io';

/**
 * Socket.IO types one event map per Server, but our namespaces speak different contracts (screens vs office).
 * This is the single place where a namespace is given its own typed contract from shared/src/events.ts.
 */
export function typedNamespace<ClientToServer extends object, ServerToClient extends object, Data>(
  io: Server,
  name: string,
): Namespace<ClientToServer, ServerToClient, Record<string, never>, Data> {
  return io.of(name) as unknown as Namespace<ClientToServer, ServerToClient, Record<string, never>, Data>;
}
