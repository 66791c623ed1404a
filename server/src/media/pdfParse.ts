import { AsyncLocalStorage } from 'node:async_hooks';
import { inflateSync } from 'node:zlib';
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFObjectStreamParser,
  PDFRawStream,
  PDFRef,
  PDFXRefStreamParser,
  type PDFObject,
} from 'pdf-lib';
import { PdfRefused, type PdfProblem } from './pdfRefused.ts';

/* The pdf-lib half of checkPdf (pdfCheck.ts), imported on the first PDF only: loading pdf-lib costs every start ~100 ms of CPU. */

/**
 * Names that make a PDF do something by itself: run script (JavaScript/JS, XFA forms, RichMedia), start a program
 * (Launch), carry other files (EmbeddedFiles, EmbeddedFile, GoToE), or act on opening or on events (AA). Found as a key
 * or as a value (`/S /JavaScript`) anywhere, including name trees and objects inside object streams.
 */
const ACTIVE_NAMES = new Set(['JavaScript', 'JS', 'Launch', 'EmbeddedFiles', 'EmbeddedFile', 'GoToE', 'RichMedia', 'XFA', 'AA']);
/** The most one object or cross-reference stream may inflate to (real ones are kilobytes to a few megabytes). */
const MAX_INFLATED_BYTES = 16 * 1024 * 1024;

/**
 * pdf-lib swallows errors thrown while it parses an object (it retries it as an invalid object), so the stream guard
 * below also notes its verdict here, per check, for checkPdf to report the real reason.
 */
const verdict = new AsyncLocalStorage<{ problem: PdfProblem | null }>();

/** A name as the file means it: `#xx` escapes decoded in either case (pdf-lib itself decodes upper case only). */
const decodedName = (name: PDFName) => name.asString().slice(1).replace(/#([0-9a-fA-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/**
 * pdf-lib inflates object and cross-reference streams while it loads a file, with no size limit: a 20 MB upload could
 * expand to gigabytes inside the server. Every such stream is inflated first here with a ceiling (zlib stops at it);
 * only plain Flate is accepted for them (what real writers produce). Installed once, before any load.
 */
function guardStreamParsers(): void {
  const check = (stream: PDFRawStream) => {
    const refuse = (problem: PdfProblem) => {
      const current = verdict.getStore();
      if (current) current.problem ??= problem;
      return new PdfRefused(problem);
    };
    const filter = stream.dict.lookup(PDFName.of('Filter'));
    const filters = filter instanceof PDFArray ? filter.asArray() : filter ? [filter] : [];
    if (filters.length === 0) return;
    if (filters.length !== 1 || !(filters[0] instanceof PDFName) || decodedName(filters[0]) !== 'FlateDecode') throw refuse('unreadable');
    try {
      inflateSync(stream.contents, { maxOutputLength: MAX_INFLATED_BYTES, finishFlush: 2 /* Z_SYNC_FLUSH: tolerate a cut stream */ });
    } catch (error) {
      throw refuse((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' ? 'bomb' : 'unreadable');
    }
  };
  const objectStreams = PDFObjectStreamParser.forStream;
  PDFObjectStreamParser.forStream = (stream, ...rest) => (check(stream), objectStreams(stream, ...rest));
  const xrefStreams = PDFXRefStreamParser.forStream;
  PDFXRefStreamParser.forStream = (stream) => (check(stream), xrefStreams(stream));
}
guardStreamParsers();

/** Every active name in the parsed objects; also refuses object streams pdf-lib could not see into. */
function activeNamesIn(doc: PDFDocument): Set<string> {
  const found = new Set<string>();
  const openAction = doc.catalog.lookup(PDFName.of('OpenAction'));
  // An OpenAction that is a destination ([page /Fit]) only sets the view; one that is an action dict does something.
  if (openAction instanceof PDFDict) found.add('OpenAction');
  for (const [, root] of doc.context.enumerateIndirectObjects()) {
    const stack: PDFObject[] = [root];
    while (stack.length > 0) {
      const object = stack.pop();
      if (object instanceof PDFName) {
        const name = decodedName(object);
        if (ACTIVE_NAMES.has(name)) found.add(name);
      } else if (object instanceof PDFArray) {
        stack.push(...object.asArray());
      } else if (object instanceof PDFDict || object instanceof PDFRawStream) {
        const dict = object instanceof PDFDict ? object : object.dict;
        const type = dict.get(PDFName.of('Type'));
        // pdf-lib reads object streams whose type is spelled plainly; a disguised one (`/ObjSt#6d`) would hide objects.
        if (object instanceof PDFRawStream && type instanceof PDFName && ['ObjStm', 'XRef'].includes(decodedName(type))) {
          throw new PdfRefused('unreadable');
        }
        for (const [key, value] of dict.entries()) stack.push(key, value);
      }
    }
  }
  return found;
}

/** Metadata a poster does not need and the public should not get (author, software, XMP), and the opening view. */
function stripMetadata(doc: PDFDocument): void {
  const { context } = doc;
  doc.catalog.delete(PDFName.of('OpenAction'));
  const unused: unknown[] = [context.trailerInfo.Info];
  context.trailerInfo.Info = undefined;
  for (const [, object] of context.enumerateIndirectObjects()) {
    const dict = object instanceof PDFDict ? object : object instanceof PDFRawStream ? object.dict : null;
    for (const key of ['Metadata', 'PieceInfo']) {
      unused.push(dict?.get(PDFName.of(key)));
      dict?.delete(PDFName.of(key));
    }
  }
  // pdf-lib writes every object it holds, referenced or not: drop the metadata objects themselves.
  for (const ref of unused) if (ref instanceof PDFRef) context.delete(ref);
}

/** Loads the PDF with pdf-lib and returns the cleaned copy, or throws PdfRefused (see checkPdf). */
export async function parseAndClean(bytes: Uint8Array): Promise<Uint8Array> {
  const seen: { problem: PdfProblem | null } = { problem: null };
  let doc: PDFDocument;
  try {
    doc = await verdict.run(seen, () => PDFDocument.load(bytes, { throwOnInvalidObject: true, updateMetadata: false, ignoreEncryption: true }));
  } catch (error) {
    throw error instanceof PdfRefused ? error : new PdfRefused(seen.problem ?? 'unreadable');
  }
  if (seen.problem) throw new PdfRefused(seen.problem);
  if (doc.isEncrypted) throw new PdfRefused('encrypted');
  let pages: number;
  try {
    pages = doc.getPageCount();
  } catch {
    throw new PdfRefused('unreadable');
  }
  const active = activeNamesIn(doc);
  if (active.size > 0) throw new PdfRefused('active', [...active].join(', '));
  if (pages === 0) throw new PdfRefused('noPages');
  stripMetadata(doc);
  return doc.save({ updateFieldAppearances: false });
}
