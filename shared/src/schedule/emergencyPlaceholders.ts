/**
 * The blanks a template leaves for the office to fill ("…", "...", "[…]", "[...]"). A notice that still holds one
 * would show parents "nghỉ học ngày …": the form and the server refuse it and name what is left.
 */
const PLACEHOLDER = /\[\s*(?:…|\.{3,})\s*\]|…|\.{3,}/gu;

/** The distinct blanks left in `text`, as written (brackets kept), in order of appearance. */
export function findPlaceholders(text: string): string[] {
  return [...new Set(text.match(PLACEHOLDER) ?? [])];
}

/** "Còn chỗ trống chưa điền: “…”, “[...]”" — or null when nothing is left. */
export function placeholderMessage(text: string): string | null {
  const found = findPlaceholders(text);
  if (found.length === 0) return null;
  return `Còn chỗ trống chưa điền: ${found.map((p) => `“${p}”`).join(', ')} — hãy thay bằng thông tin thật trước khi gửi.`;
}
