/**
 * A slug suggested from a Vietnamese name: "Hành lang tầng 2" → "hanh-lang-tang-2". Diacritics come off
 * after NFD decomposition; "đ" has no decomposition and is mapped by hand. Limited like `screenSlug`.
 */
export function suggestSlug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
}
