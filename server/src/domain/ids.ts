import { randomBytes } from 'node:crypto';

/** Short, URL-safe, lowercase ids: "c-3f9a1b2c4d5e". */
export const newId = (prefix: string) => `${prefix}-${randomBytes(6).toString('hex')}`;
