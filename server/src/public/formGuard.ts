import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Clock } from '../clock.ts';
import { html, type SafeHtml } from './html.ts';
import { formText } from './forms.ts';

export type FormGuardResult = { ok: true } | { ok: false; reason: 'honeypot' | 'too-fast' | 'expired' | 'invalid' };

export interface FormGuardOptions {
  clock: Clock;
  /**
   * A person needs a few seconds to fill a form; a script posting at once is refused. Measured on the injected clock;
   * end-to-end tests lower it with FORM_MIN_FILL_SECONDS (config.ts) instead of waiting in real time.
   */
  minFillSeconds?: number | undefined;
  /** A page left open overnight still sends; older stamps are refused (the page is shown again with a new one). */
  maxAgeHours?: number;
  /** Shared by every process of one deployment; a random one per process otherwise. */
  secret?: Buffer;
}

const STAMP = '_t';
const HONEYPOT = 'website';

/**
 * Spam resistance without outside services: a signed issued-at stamp (minimum fill time, maximum age) and a honeypot
 * field people never see. No cookie, nothing that identifies the sender.
 */
export function createFormGuard(options: FormGuardOptions) {
  const secret = options.secret ?? randomBytes(32);
  const minMs = (options.minFillSeconds ?? 3) * 1000;
  const maxMs = (options.maxAgeHours ?? 12) * 3_600_000;
  const sign = (issuedAt: string) => createHmac('sha256', secret).update(issuedAt).digest('base64url');

  return {
    hiddenFields(): SafeHtml {
      const issuedAt = String(options.clock.now().getTime());
      return html`<input type="hidden" name="${STAMP}" value="${issuedAt}.${sign(issuedAt)}">
<div class="hp" aria-hidden="true"><label for="f-${HONEYPOT}">Để trống ô này</label><input type="text" id="f-${HONEYPOT}" name="${HONEYPOT}" tabindex="-1" autocomplete="off"></div>`;
    },
    check(body: unknown): FormGuardResult {
      if (formText(body, HONEYPOT).trim() !== '') return { ok: false, reason: 'honeypot' };
      const [issuedAt = '', signature = ''] = formText(body, STAMP).split('.');
      const expected = Buffer.from(sign(issuedAt));
      const given = Buffer.from(signature);
      if (!/^\d{1,15}$/.test(issuedAt) || given.length !== expected.length || !timingSafeEqual(given, expected)) {
        return { ok: false, reason: 'invalid' };
      }
      const age = options.clock.now().getTime() - Number(issuedAt);
      if (age < minMs) return { ok: false, reason: 'too-fast' };
      if (age > maxMs) return { ok: false, reason: 'expired' };
      return { ok: true };
    },
  };
}
export type FormGuard = ReturnType<typeof createFormGuard>;

/** What to tell a person whose form was refused by the guard (a bot learns nothing it can use). */
export const FORM_GUARD_MESSAGES: Record<Exclude<FormGuardResult, { ok: true }>['reason'], string> = {
  honeypot: 'Không gửi được biểu mẫu. Vui lòng thử lại.',
  'too-fast': 'Biểu mẫu được gửi quá nhanh. Vui lòng kiểm tra lại nội dung rồi bấm Gửi.',
  expired: 'Trang đã mở quá lâu. Vui lòng kiểm tra lại nội dung rồi bấm Gửi lần nữa.',
  invalid: 'Không gửi được biểu mẫu. Vui lòng tải lại trang rồi thử lại.',
};
