import { z } from 'zod';
import { id, requiredText, text } from './text.ts';

export const screenOrientation = z.enum(['landscape', 'portrait']);
/** Viewing distance drives the minimum text height: gate ≈ 3 m, reception desk ≈ 1 m. */
export const screenProfile = z.enum(['gate', 'reception']);

export const screenSlug = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'Tên đường dẫn chỉ gồm chữ thường không dấu, số và dấu gạch ngang');

export const screen = z.object({
  id,
  slug: screenSlug,
  name: requiredText(120),
  location: text(200),
  orientation: screenOrientation,
  profile: screenProfile,
  group: text(60),
});
export type Screen = z.infer<typeof screen>;

/** What the office sends to add or change a screen; the id is the slug at creation and never changes. */
export const screenInput = screen.omit({ id: true });
export type ScreenInput = z.infer<typeof screenInput>;
