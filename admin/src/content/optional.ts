/** An empty optional field means "none", which the schemas spell as an absent key. */
export const optionalRef = <K extends string>(key: K, value: string): Partial<Record<K, string>> =>
  value.trim() ? ({ [key]: value.trim() } as Partial<Record<K, string>>) : {};

/** '' → null (the schemas' "not stated"); anything else → a number (NaN lets the schema say "enter a number"). */
export const numberOrNull = (value: string): number | null => {
  const trimmed = value.trim().replace(',', '.');
  return trimmed === '' ? null : Number(trimmed);
};

export const numberText = (value: number | null | undefined): string => (value === null || value === undefined ? '' : String(value));

/** One item per line, blank lines dropped (levels, applicants). */
export const lines = (value: string): string[] =>
  value
    .split('\n')
    .map((s) => s.trim())
    .filter((s) => s !== '');
