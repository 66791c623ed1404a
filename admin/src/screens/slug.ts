import { foldVietnamese } from '@bangtin/shared';

/**
 * A slug suggested from a Vietnamese name: "Hành lang tầng 2" → "hanh-lang-tang-2" (the shared search folding,
 * then anything but letters and digits becomes a dash). Limited like `screenSlug`.
 */
export function suggestSlug(name: string): string {
  return foldVietnamese(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
}
