import { z } from 'zod';

/** `?page=&pageSize=` on every list route that pages on the server. */
export const pageQuery = {
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
};

export interface Paged<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export const paged = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.int().min(0), page: z.int().min(1), pageSize: z.int().min(1) });

/** One page of an already filtered list; a page past the end gives the last page. */
export function pageOf<T>(items: readonly T[], page: number, pageSize: number): Paged<T> {
  const last = Math.max(1, Math.ceil(items.length / pageSize));
  const current = Math.min(page, last);
  return { items: items.slice((current - 1) * pageSize, current * pageSize), total: items.length, page: current, pageSize };
}
