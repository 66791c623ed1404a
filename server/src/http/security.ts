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
        // Videos from the library; blob: for the console drawing a new video's first frame from the local file.
        'media-src': ["'self'", 'blob:'],
        'worker-src': ["'self'"],
        // Upgrading would break every script on http://192.168.x.x kiosks.
        'upgrade-insecure-requests': null,
      },
    },
    // HSTS only when the request came over HTTPS (hstsWhenSecure): on plain http it would be ignored, and a
    // school running on http://192.168.x.x must not be told to stay on https it does not have.
    strictTransportSecurity: false,
  });
}

/** `Strict-Transport-Security` on HTTPS replies only (built-in TLS, or a proxy saying so with TRUST_PROXY=1). */
export function hstsWhenSecure(maxAgeSeconds = 180 * 24 * 3600): RequestHandler {
  return (req, res, next) => {
    if (req.secure) res.setHeader('Strict-Transport-Security', `max-age=${maxAgeSeconds}`);
    next();
  };
}

/** A per-IP limiter that answers in our error envelope with a Vietnamese message. */
export function limiter(options: { windowMinutes: number; limit: number; message: string; onlyFailures?: boolean }): RequestHandler {
  return rateLimit({
    windowMs: options.windowMinutes * 60_000,
    limit: options.limit,
    skipSuccessfulRequests: options.onlyFailures ?? false,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    // The one check that only warns when a limiter is made inside a request handler (ours are made when routes are
    // mounted) reads `new Error().stack`, which source maps make cost ≈ 3 ms per limiter: every app, unit and test.
    validate: { creationStack: false },
    handler: (_req, res) => {
      res.status(429).json({ error: { code: 'RATE_LIMITED', message: options.message } });
    },
  });
}
