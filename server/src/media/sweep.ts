import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { MediaItem } from '@bangtin/shared';
import type { Clock } from '../clock.ts';
import type { Logger } from '../logger.ts';
import type { Store } from '../store/store.ts';
import { checkPdf, PdfRefused } from './pdfCheck.ts';
import { canRenderPdf, cleanPicture, renderPdfPages, thumbnailOf } from './render.ts';
import { readHead, sniffFormat } from './sniff.ts';

export interface SweepCounts {
  /** Re-encoded (pictures) or checked and cleaned (PDFs) now, and marked. */
  cleaned: number;
  /** Already marked: nothing done (the sweep runs once per file). */
  skipped: number;
  /** The listed file is not on disk (nothing served either). */
  missing: number;
  /** PDFs the upload check would refuse today (script, automatic actions…): left as they are, logged by name. */
  refused: number;
  /** Could not be read or written: left unmarked, tried again at the next start. */
  failed: number;
}

/** Renames each prepared file over its target (same folder tree, so each rename is atomic); the original last. */
async function publish(moves: readonly (readonly [string, string])[]): Promise<void> {
  for (const [from, to] of moves) await fs.rename(from, to);
}

/**
 * One file: prepared in a work folder under `.incoming/` (the media folder's own file system), then renamed into place.
 * A reader sees the old file or the new one, never half of either; a crash leaves the item unmarked (swept again).
 */
async function cleanOne(item: MediaItem, mediaDir: string, work: string): Promise<Partial<MediaItem> | 'missing'> {
  const original = path.join(mediaDir, item.file);
  const head = await readHead(original).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  if (!head) return 'missing';
  const format = sniffFormat(head);
  if (!format) throw new Error(`not a picture or PDF: ${item.file}`);
  // A video's copy is made (its metadata blanked) at upload; there was none before that.
  if (format.kind === 'video') return {};
  const clean = path.join(work, `clean.${format.ext}`);
  if (format.kind === 'image') {
    const info = await cleanPicture(original, clean, format.ext);
    await publish([[clean, original]]);
    return { width: info.width, height: info.height, bytes: (await fs.stat(original)).size };
  }
  await fs.writeFile(clean, await checkPdf(await fs.readFile(original)));
  const moves: [string, string][] = [];
  let pages = item.pages;
  let info: { width: number; height: number } | null = null;
  // The page images are rendered again from the cleaned PDF, so the pages shown are the pages of the file kept.
  if (item.pages.length > 0 && (await canRenderPdf())) {
    const rendered = await renderPdfPages(clean, work);
    pages = rendered.map((_, i) => `${item.id}-p${i + 1}.png`);
    rendered.forEach((page, i) => moves.push([page, path.join(mediaDir, pages[i]!)]));
    if (item.thumbnail) {
      info = await thumbnailOf(rendered[0]!, path.join(work, 'thumb.webp'));
      moves.push([path.join(work, 'thumb.webp'), path.join(mediaDir, item.thumbnail)]);
    }
  }
  moves.push([clean, original]);
  await publish(moves);
  // Pages the new rendering no longer has (it never has more than the old one, which had the same limit).
  for (const stale of item.pages.filter((p) => !pages.includes(p))) await fs.rm(path.join(mediaDir, stale), { force: true });
  return { pages, bytes: (await fs.stat(original)).size, ...(info ? { width: info.width, height: info.height } : {}) };
}

/**
 * The one-time sweep for files uploaded before uploads were re-encoded (issue #12): every library item not yet marked
 * `cleanedAt` goes through the same pipeline as an upload (sharp re-encode: no EXIF/GPS/XMP/comments, orientation
 * applied; PDFs checked and stripped, their pages rendered again), is written atomically and marked. Idempotent: a
 * marked item is never touched again, so the second start does nothing. Runs before the server takes requests.
 */
export async function sweepUncleanedMedia({ store, clock, logger, mediaDir }: { store: Store; clock: Clock; logger: Logger; mediaDir: string }): Promise<SweepCounts> {
  const counts: SweepCounts = { cleaned: 0, skipped: 0, missing: 0, refused: 0, failed: 0 };
  for (const item of await store.media.list()) {
    if (item.cleanedAt) {
      counts.skipped += 1;
      continue;
    }
    const work = path.join(mediaDir, '.incoming', `sweep-${item.id}`);
    try {
      await fs.mkdir(work, { recursive: true });
      const changes = await cleanOne(item, mediaDir, work);
      if (changes === 'missing') {
        counts.missing += 1;
        continue;
      }
      await store.media.replace({ ...item, ...changes, cleanedAt: clock.now().toISOString() });
      counts.cleaned += 1;
    } catch (error) {
      if (error instanceof PdfRefused) {
        counts.refused += 1;
        logger.warn({ file: item.file, label: item.label, problem: error.problem }, 'a PDF in the library would be refused today: replace it (it is served only as an attachment)');
      } else {
        counts.failed += 1;
        logger.error({ err: error, file: item.file }, 'cleaning a media file uploaded before re-encoding failed; tried again at the next start');
      }
    } finally {
      await fs.rm(work, { recursive: true, force: true });
    }
  }
  if (counts.cleaned + counts.missing + counts.refused + counts.failed > 0) logger.info({ media: counts }, 'media uploaded before re-encoding: swept');
  return counts;
}
