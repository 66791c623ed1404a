import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Sharp } from 'sharp';
import type { PictureExt } from './sniff.ts';

const run = promisify(execFile);

export const THUMBNAIL_WIDTH = 400;
/** Posters are a page or two; a long PDF keeps only its first pages on screens. */
export const PDF_MAX_PAGES = 10;
/** Pages are rendered to fit a Full HD screen either way round. */
const PDF_PAGE_PIXELS = 1920;
/** A picture bomb (a tiny file declaring a huge canvas) is refused before it is decoded. */
const MAX_INPUT_PIXELS = 80_000_000;

export interface ImageInfo {
  width: number;
  height: number;
}


const encoders: Record<PictureExt, (image: Sharp) => Sharp> = {
  jpg: (image) => image.jpeg({ quality: 90 }),
  png: (image) => image.png(),
  webp: (image) => image.webp({ quality: 90 }),
  gif: (image) => image.gif(),
};

/** sharp (a native library, ≈ 0.4 s to load) loads with the first picture, not with every server or test app. */
const loadSharp = async () => (await import('sharp')).default;

/**
 * Re-encodes an uploaded picture into `target`: the pixels only. sharp writes no metadata unless asked, so EXIF
 * (GPS, camera, author), XMP, IPTC, comments and the ICC profile are gone (colours are converted to sRGB first, so
 * nothing needs the profile); the EXIF orientation is applied to the pixels (a phone photo stays upright without it).
 * Animated GIF/WebP keep their frames. Throws when the file is not a decodable picture or is a decompression bomb.
 */
export async function cleanPicture(source: string, target: string, ext: PictureExt): Promise<ImageInfo> {
  const sharp = await loadSharp();
  const probe = await sharp(source, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' }).metadata();
  const pages = probe.pages ?? 1;
  if (!probe.width || !probe.height) throw new Error('no image dimensions');
  // limitInputPixels counts one frame: an animation of many large frames is a bomb too.
  if (probe.width * (probe.pageHeight ?? probe.height) * pages > MAX_INPUT_PIXELS) throw new Error('too many pixels');
  const image = sharp(source, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error', animated: pages > 1 }).rotate();
  const written = await encoders[ext](image).toFile(target);
  return { width: written.width, height: pages > 1 ? (probe.pageHeight ?? written.height) : written.height };
}

/** Decodes the image (a file that only looks like one fails here) and writes a WebP thumbnail (no metadata either). */
export async function thumbnailOf(source: string, target: string): Promise<ImageInfo> {
  const sharp = await loadSharp();
  const image = sharp(source, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' });
  const meta = await image.metadata();
  if (!meta.width || !meta.height) throw new Error('no image dimensions');
  await image
    .clone()
    .rotate() // honour EXIF orientation of phone photos
    .resize({ width: THUMBNAIL_WIDTH, height: THUMBNAIL_WIDTH, fit: 'inside', withoutEnlargement: true })
    .webp({ quality: 80 })
    .toFile(target);
  return { width: meta.width, height: meta.height };
}

let pdftoppm: Promise<boolean> | null = null;
/** Whether poppler's pdftoppm is installed (Debian: poppler-utils). Checked once. */
export function canRenderPdf(): Promise<boolean> {
  pdftoppm ??= run('pdftoppm', ['-v'], { timeout: 5000 }).then(
    () => true,
    (error: NodeJS.ErrnoException) => error.code !== 'ENOENT',
  );
  return pdftoppm;
}

/**
 * Renders the first pages of a PDF to PNG files in `workDir` with pdftoppm (no shell, fixed arguments, a time
 * limit) and returns their paths in page order. Throws when the PDF cannot be read (damaged, encrypted).
 */
export async function renderPdfPages(source: string, workDir: string): Promise<string[]> {
  const prefix = path.join(workDir, 'page');
  await run('pdftoppm', ['-png', '-f', '1', '-l', String(PDF_MAX_PAGES), '-scale-to', String(PDF_PAGE_PIXELS), source, prefix], {
    timeout: 60_000,
    maxBuffer: 1024 * 1024,
  });
  const pages = (await fs.readdir(workDir))
    .filter((name) => /^page-\d+\.png$/.test(name))
    .sort((a, b) => Number(/\d+/.exec(a)?.[0]) - Number(/\d+/.exec(b)?.[0]));
  if (pages.length === 0) throw new Error('pdftoppm produced no page');
  return pages.map((name) => path.join(workDir, name));
}
