import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import helmet from 'helmet';

/** Security headers. The CSP must also work when a kiosk opens the server by LAN IP over plain http. */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      directives: {
        'img-src': ["'self'", 'data:', 'blob:', 'https:'],
        'connect-src': ["'self'"],
        'worker-src': ["'self'"],
        // Upgrading would break every script on http://192.168.x.x kiosks.
        'upgrade-insecure-requests': null,
      },
    },
    // No HSTS: the server is usually reached over plain http on the school LAN.
    strictTransportSecurity: false,
  });
}

/** A per-IP limiter that answers in our error envelope with a Vietnamese message. */
export function limiter(options: { windowMinutes: number; limit: number; message: string; onlyFailures?: boolean }): RequestHandler {
  return rateLimit({
    windowMs: options.windowMinutes * 60_000,
    limit: options.limit,
    skipSuccessfulRequests: options.onlyFailures ?? false,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, res) => {
      res.status(429).json({ error: { code: 'RATE_LIMITED', message: options.message } });
    },
  });
}
