import http from 'node:http';

/** Kept-alive sockets, per server (host:port), as fetch keeps them. */
const agent = new http.Agent({ keepAlive: true });

export interface HttpReply {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
}

/**
 * One request on a kept-alive socket, the reply read whole; redirects are not followed. The suite's API helpers send
 * thousands of small requests: through node:http each costs markedly less CPU than through fetch (securityFuzz's 2,500
 * requests: 8.0 → 5.6 CPU-s, client and server together). As fetch does, a POST or PUT without a body says Content-Length: 0.
 */
export function httpRequest(url: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<HttpReply> {
  const method = options.method ?? 'GET';
  const body = options.body === undefined ? undefined : Buffer.from(options.body);
  const length = body ? body.length : method === 'POST' || method === 'PUT' ? 0 : null;
  const headers = { ...options.headers, ...(length === null ? {} : { 'content-length': String(length) }) };
  const send = (retried: boolean): Promise<HttpReply> =>
    new Promise((resolve, reject) => {
      const req = http.request(url, { method, headers, agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      });
      req.on('error', (error: NodeJS.ErrnoException) => {
        // A kept-alive socket the server closed (its 5 s idle timeout, on a machine slow enough to leave one idle that
        // long) just as this request went out on it: Node's documented answer is to send again on a new socket (seen once
        // as `read ECONNRESET` in securityXss on a loaded machine). Only a reused socket, only once, before any reply.
        if (!retried && req.reusedSocket && error.code === 'ECONNRESET') resolve(send(true));
        else reject(error);
      });
      req.end(body);
    });
  return send(false);
}
