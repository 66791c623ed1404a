/** Why a file that starts with `%PDF-` is not accepted. */
export type PdfProblem = 'unreadable' | 'encrypted' | 'active' | 'bomb' | 'noPages' | 'polyglot';

export class PdfRefused extends Error {
  constructor(
    readonly problem: PdfProblem,
    /** For `active`: the names found (e.g. "JavaScript, OpenAction"). */
    readonly found: string = '',
  ) {
    super(`PDF refused: ${problem}${found ? ` (${found})` : ''}`);
    this.name = 'PdfRefused';
  }
}
