import { PdfRefused } from './pdfRefused.ts';

export { PdfRefused, type PdfProblem } from './pdfRefused.ts';

/** The same names as written in the file's bytes (uncompressed parts): a second net under the parser. */
const RAW_ACTIVE = /\/(JavaScript|JS|Launch|EmbeddedFiles|RichMedia|XFA|AA)(?=[\s/<>[\]()%{}]|$)/g;
/** HTML in a file that also parses as a PDF: a browser sniffing the bytes could run it. */
const HTML_MARKUP = /<(script|html|body|iframe|svg|object|embed|meta)[\s>/]/i;

/**
 * Parses a file that starts with `%PDF-` and returns a cleaned copy to store, or throws PdfRefused: not a PDF after all
 * (a polyglot, a damaged file), encrypted (its streams could not be checked), active content (script, launch, embedded
 * files, automatic actions), a decompression bomb, or no page. The copy carries no document info or XMP metadata.
 */
export async function checkPdf(bytes: Uint8Array): Promise<Uint8Array> {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  if (HTML_MARKUP.test(text)) throw new PdfRefused('polyglot');
  const raw = new Set([...text.matchAll(RAW_ACTIVE)].map((m) => m[1] ?? ''));
  if (raw.size > 0) throw new PdfRefused('active', [...raw].join(', '));

  // pdf-lib is loaded on the first PDF that gets this far, not at start (~100 ms of CPU per server start).
  const { parseAndClean } = await import('./pdfParse.ts');
  return parseAndClean(bytes);
}
