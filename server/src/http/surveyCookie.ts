import { randomBytes } from 'node:crypto';
import type { Request } from 'express';
import { readCookie } from './cookies.ts';

/**
 * One survey per device per day without identifying anyone: the cookie holds the school day it was answered and a
 * random value the server never stores (so it links to no response and no person); it lasts until the next day.
 */
export const SURVEY_COOKIE = 'bt_khao_sat';
export const ALREADY_ANSWERED = 'Thiết bị này đã gửi phiếu khảo sát hôm nay. Cảm ơn bạn! Bạn có thể gửi lại vào ngày mai.';

export function answeredToday(req: Request, today: string): boolean {
  return (readCookie(req.headers.cookie, SURVEY_COOKIE) ?? '').split('.')[0] === today;
}

export function surveyCookie(today: string, secure: boolean): string {
  const value = `${today}.${randomBytes(8).toString('hex')}`;
  // Lax, not Strict: a parent arriving from the QR code (a cross-site navigation) must still carry it.
  return [`${SURVEY_COOKIE}=${value}`, 'Path=/', 'HttpOnly', 'SameSite=Lax', `Max-Age=${26 * 3600}`, ...(secure ? ['Secure'] : [])].join('; ');
}
