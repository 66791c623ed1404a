import { randomBytes } from 'node:crypto';
import type { Request } from 'express';
import { readCookie } from './cookies.ts';

/**
 * One survey per device per day without identifying anyone: the cookie holds the school day it was answered and a
 * random value the server never stores (so it links to no response and no person); it lasts until the next day.
 */
export const SURVEY_COOKIE = 'bt_khao_sat';

/**
 * Each unit counts its own survey (issue #15): a child's cookie has its own name and path, so having answered the root's
 * survey today says nothing about a child's (the root's cookie, at Path=/, reaches the child's pages too).
 */
function cookieName(base: string): string {
  return base === '' ? SURVEY_COOKIE : `${SURVEY_COOKIE}_${base.slice(1)}`;
}

/** The unit's base from where its router is mounted ('' at the root, '/<slug>' in a child). */
const baseOf = (req: Pick<Request, 'baseUrl'>) => req.baseUrl.replace(/\/+$/, '');
export const ALREADY_ANSWERED = 'Thiết bị này đã gửi phiếu khảo sát hôm nay. Cảm ơn bạn! Bạn có thể gửi lại vào ngày mai.';

export function answeredToday(req: Request, today: string): boolean {
  return (readCookie(req.headers.cookie, cookieName(baseOf(req))) ?? '').split('.')[0] === today;
}

export function surveyCookie(req: Pick<Request, 'baseUrl' | 'secure'>, today: string): string {
  const base = baseOf(req);
  const value = `${today}.${randomBytes(8).toString('hex')}`;
  // Lax, not Strict: a parent arriving from the QR code (a cross-site navigation) must still carry it.
  return [`${cookieName(base)}=${value}`, `Path=${base}/`, 'HttpOnly', 'SameSite=Lax', `Max-Age=${26 * 3600}`, ...(req.secure ? ['Secure'] : [])].join('; ');
}
