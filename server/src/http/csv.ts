import type { Response } from 'express';

/**
 * CSV for Excel on Vietnamese Windows: UTF-8 with a byte-order mark (without it Excel guesses a legacy code page
 * and the diacritics break), CRLF line ends, every field quoted. A field starting with = + - @ is prefixed with
 * an apostrophe so a spreadsheet never runs it as a formula.
 */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  const cell = (value: string | number) => {
    const text = typeof value === 'number' ? String(value) : /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
    return `"${text.replace(/"/g, '""')}"`;
  };
  return `\uFEFF${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}

export function sendCsv(res: Response, fileName: string, rows: readonly (readonly (string | number)[])[]): void {
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  res.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
  res.setHeader('Cache-Control', 'no-store');
  res.send(toCsv(rows));
}
