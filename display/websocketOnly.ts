import { createRequire } from 'node:module';
import type { Plugin } from 'vite';

/**
 * Both of the kiosk's sockets ask for WebSocket only (`transports: ['websocket']` in src/connection/displaySocket.ts and
 * src/pairing/usePairedSignal.ts: no sticky sessions behind several processes), yet engine.io-client's socket imports
 * its table of every transport (and its index re-exports that table), so HTTP long-polling and WebTransport (≈ 2 KB of gzip in the kiosk's first chunk) ship
 * unused, and the package's index re-exports the XHR transport, whose module probes an XMLHttpRequest and adds a
 * `pagehide` listener as it loads. In the kiosk's build that table holds WebSocket alone, the same class the full table
 * names, and the re-exported XHR is a class that refuses to be built. A socket that asked for polling would fail to
 * connect here: give it back to the table below before doing so.
 */
const require = createRequire(import.meta.url);
const engineRoot = require.resolve('engine.io-client/package.json').replaceAll('\\', '/').replace(/package\.json$/, '');
const SOCKET = `${engineRoot}build/esm/socket.js`;
const INDEX = `${engineRoot}build/esm/index.js`;
const WEBSOCKET = `${engineRoot}build/esm/transports/websocket.js`;
const TABLE = '\0bangtin-engine-io-websocket-only';
const NO_XHR = '\0bangtin-engine-io-no-xhr';

export const websocketOnly: Plugin = {
  name: 'bangtin-websocket-only',
  apply: 'build',
  enforce: 'pre',
  resolveId(source, importer) {
    const from = importer?.replaceAll('\\', '/');
    if ((from === SOCKET || from === INDEX) && source === './transports/index.js') return TABLE;
    if (from === INDEX && (source === './transports/polling-xhr.js' || source === './transports/polling-xhr.node.js')) return NO_XHR;
    return null;
  },
  load(id) {
    if (id === TABLE) return `import { WS } from ${JSON.stringify(WEBSOCKET)};\nexport const transports = { websocket: WS };`;
    if (id === NO_XHR) return `export class XHR {\n  constructor() {\n    throw new Error('HTTP long-polling is not built into the kiosk');\n  }\n}`;
    return null;
  },
};
