import { createServer, type Server } from 'node:http';

/** The host name of a Host header ("192.168.1.10:3000" → "192.168.1.10", "[::1]:3000" → "[::1]"), or null. */
function hostnameOf(host: string | undefined): string | null {
  if (!host) return null;
  try {
    const { hostname } = new URL(`http://${host}`);
    return /^[a-z0-9.\-[\]:]+$/i.test(hostname) ? hostname : null;
  } catch {
    return null;
  }
}

/**
 * The plain-HTTP listener when the server speaks HTTPS: every request is sent to the same path on the HTTPS port
 * (301 for reads, 308 for writes so a method and body are never silently turned into a GET). It serves nothing itself.
 */
export function createRedirectServer(httpsPort: number): Server {
  return createServer((req, res) => {
    const host = hostnameOf(req.headers.host) ?? 'localhost';
    const target = req.url?.startsWith('/') ? req.url : '/';
    const location = `https://${host}${httpsPort === 443 ? '' : `:${httpsPort}`}${target}`;
    const read = req.method === 'GET' || req.method === 'HEAD';
    res.writeHead(read ? 301 : 308, { location, 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
    res.end(`Bảng tin dùng HTTPS / Bảng tin uses HTTPS: ${location}\n`);
  });
}
