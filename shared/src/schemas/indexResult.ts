import { z } from 'zod';
import { requiredText, text } from './text.ts';

/** The reform indexes the plan asks to publicise, plus the school's own ratings. */
export const reformIndex = z.enum(['PAR_INDEX', 'SIPAS', 'PAPI', 'PCI', 'ICT_INDEX', 'DTI', 'SCHOOL']);
export type ReformIndex = z.infer<typeof reformIndex>;

export const indexResultFields = z.object({
  index: reformIndex,
  /** Who was measured: "Hà Nội", "Toàn quốc (trung bình)", the school itself. */
  scope: requiredText(200),
  year: z.int().min(2000).max(2100),
  score: z.number().finite().nullable(),
  unit: text(20),
  rank: z.int().min(1).max(1000).nullable(),
  rankOf: z.int().min(1).max(1000).nullable(),
  changePoints: z.number().finite().nullable(),
  changePlaces: z.int().min(-1000).max(1000).nullable(),
  group: text(200),
  note: text(500),
  /**
   * 'satisfaction': the school's own satisfaction index, kept up to date from the survey by a daily job (score, year,
   * note); putting it on air is still approved like any content.
   */
  live: z.literal('satisfaction').optional(),
});
export type IndexResultFields = z.infer<typeof indexResultFields>;
