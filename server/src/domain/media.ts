import { promises as fs } from 'node:fs';
import path from 'node:path';
import { contentLabel, foldVietnamese, MEDIA_MAX_BYTES, pageOf, type MediaItem, type MediaQuery, type MediaUse, type Paged, type PublicUser } from '@bangtin/shared';
import type { Clock } from '../clock.ts';
import type { Logger } from '../logger.ts';
import { checkPdf, PdfRefused, type PdfProblem } from '../media/pdfCheck.ts';
import { canRenderPdf, cleanPicture, renderPdfPages, thumbnailOf, type ImageInfo } from '../media/render.ts';
import { labelFromFileName, readHead, sniffFormat } from '../media/sniff.ts';
import type { Store } from '../store/store.ts';
import type { AuditLog } from './audit.ts';
import { AppError, notFound } from './errors.ts';
import { newId } from './ids.ts';
import { prepareVideo, type PreparedVideo } from './mediaVideo.ts';

export interface ReceivedUpload {
  /** A temp file under the media folder's `.incoming/` (generated name). */
  path: string;
  originalName: string;
  size: number;
}

export interface MediaServiceDeps {
  store: Store;
  clock: Clock;
  audit: AuditLog;
  logger: Logger;
  mediaDir: string;
}

/** Folder for uploads in progress: inside the media folder (same file system, so moving a file in is a rename). */
export const incomingDir = (mediaDir: string) => path.join(mediaDir, '.incoming');

const refused = (message: string) => new AppError('UNSUPPORTED_MEDIA_TYPE', message);

const pdfMessages: Record<PdfProblem, (label: string, found: string) => string> = {
  unreadable: (label) =>
    `Tệp “${label}” mở đầu như tệp PDF nhưng không đọc được như một tệp PDF (tệp hỏng, hoặc là loại tệp khác được đổi tên) nên không được nhận.`,
  polyglot: (label) => `Tệp “${label}” vừa là PDF vừa chứa mã trang web (HTML) nên không được nhận vì lý do an toàn.`,
  encrypted: (label) =>
    `Tệp PDF “${label}” được đặt mật khẩu hoặc mã hoá nên hệ thống không kiểm tra được nội dung. Hãy lưu lại bản không đặt mật khẩu rồi tải lên.`,
  active: (label, found) =>
    `Tệp PDF “${label}” chứa mã chạy tự động hoặc tệp đính kèm (${found}) nên không được nhận vì lý do an toàn. ` +
    'Hãy xuất lại áp phích thành PDF thường (ví dụ chọn “In” → “Lưu thành PDF”) rồi tải lên.',
  bomb: (label) => `Tệp PDF “${label}” có phần nén giải ra quá lớn (nghi là “bom nén”) nên không được nhận.`,
  noPages: (label) => `Tệp PDF “${label}” không có trang nào nên không được nhận.`,
};

/** The PDF, checked and cleaned (see checkPdf), written to `target`; a refusal becomes the Vietnamese 415. */
async function cleanPdf(source: string, target: string, label: string): Promise<void> {
  try {
    await fs.writeFile(target, await checkPdf(await fs.readFile(source)));
  } catch (error) {
    if (error instanceof PdfRefused) throw refused(pdfMessages[error.problem](label, error.found));
    throw error;
  }
}

/**
 * The media library. An upload is recognised by its first bytes (PNG, JPEG, WebP, GIF, PDF), decoded, given a
 * generated name and a thumbnail; PDF posters are rendered to PNG pages when pdftoppm is installed. Everything
 * is prepared in a work folder and renamed into place, the original last, so a listed file always has its parts.
 */
export function createMediaService({ store, clock, audit, logger, mediaDir }: MediaServiceDeps) {
  const filesOf = (item: MediaItem) => [item.file, ...(item.thumbnail ? [item.thumbnail] : []), ...(item.poster ? [item.poster] : []), ...item.pages];

  async function usesOf(item: MediaItem): Promise<MediaUse[]> {
    const refs = filesOf(item).map((f) => `/media/${f}`);
    const mentions = (value: unknown) => {
      const json = JSON.stringify(value);
      return refs.some((ref) => json.includes(`${ref}"`) || json.includes(`${ref}?`) || json.includes(`${ref}#`));
    };
    const uses: MediaUse[] = (await store.listContent())
      .filter(mentions)
      .map((c) => ({ entity: 'content' as const, id: c.id, label: contentLabel(c) }));
    const school = await store.getSchool();
    if (mentions({ logoUrl: school.logoUrl ?? '' })) uses.push({ entity: 'school', id: 'school', label: 'Logo của nhà trường' });
    return uses;
  }

  return {
    async list(query: MediaQuery): Promise<Paged<MediaItem>> {
      const needle = query.q ? foldVietnamese(query.q) : null;
      const items = (await store.media.list())
        .filter((m) => (!query.kind || m.kind === query.kind) && (!needle || foldVietnamese(`${m.label} ${m.file}`).includes(needle)))
        .sort((a, b) => b.uploadedAt.localeCompare(a.uploadedAt));
      return pageOf(items, query.page, query.pageSize);
    },

    async ingest(upload: ReceivedUpload, actor: PublicUser): Promise<MediaItem> {
      const id = newId('m');
      const work = path.join(incomingDir(mediaDir), id);
      const label = labelFromFileName(upload.originalName);
      try {
        await fs.mkdir(work, { recursive: true });
        const format = sniffFormat(await readHead(upload.path));
        if (!format) {
          throw refused(
            `Tệp “${label}” không phải ảnh PNG, JPEG, WebP, GIF hay tệp PDF (hoặc video MP4, WebM) nên không được nhận (hệ thống kiểm tra nội dung tệp, không dựa vào đuôi tên tệp).`,
          );
        }
        // The upload stream stops at the videos' limit; pictures and PDFs keep theirs.
        if (format.kind !== 'video' && upload.size > MEDIA_MAX_BYTES) {
          throw new AppError('PAYLOAD_TOO_LARGE', 'Tệp lớn hơn 20 MB nên không được nhận. Hãy giảm kích thước ảnh hoặc tệp PDF rồi tải lên lại.');
        }
        const file = `${id}.${format.ext}`;
        const moves: [string, string][] = [];
        let info: ImageInfo | null = null;
        let video: PreparedVideo | null = null;
        let thumbnail: string | null = null;
        const pages: string[] = [];

        // The stored original is our re-encoded copy, never the uploaded bytes (metadata, active content).
        const clean = path.join(work, `clean.${format.ext}`);
        if (format.kind === 'image') {
          info = await cleanPicture(upload.path, clean, format.ext).catch(() => {
            throw refused(`Không đọc được ảnh “${label}”: tệp bị hỏng hoặc ảnh quá lớn (tối đa 80 triệu điểm ảnh).`);
          });
          await thumbnailOf(clean, path.join(work, 'thumb.webp'));
          thumbnail = `${id}-thumb.webp`;
          moves.push([path.join(work, 'thumb.webp'), thumbnail]);
        } else if (format.kind === 'video') {
          video = await prepareVideo(upload.path, clean, format.ext, label);
          info = video.width && video.height ? { width: video.width, height: video.height } : null;
        } else {
          await cleanPdf(upload.path, clean, label);
          if (await canRenderPdf()) {
            const rendered = await renderPdfPages(clean, work).catch(() => {
              throw refused(`Không đọc được tệp PDF “${label}”: tệp bị hỏng hoặc được bảo vệ bằng mật khẩu.`);
            });
            rendered.forEach((page, i) => {
              const name = `${id}-p${i + 1}.png`;
              pages.push(name);
              moves.push([page, name]);
            });
            info = await thumbnailOf(rendered[0] ?? '', path.join(work, 'thumb.webp'));
            thumbnail = `${id}-thumb.webp`;
            moves.push([path.join(work, 'thumb.webp'), thumbnail]);
          } else {
            logger.warn('pdftoppm is not installed: PDF kept without page images (install poppler-utils)');
          }
        }
        moves.push([clean, file]);
        const bytes = (await fs.stat(clean)).size;
        for (const [from, to] of moves) await fs.rename(from, path.join(mediaDir, to));

        const item: MediaItem = {
          id,
          kind: format.kind,
          file,
          thumbnail,
          label,
          mime: format.mime,
          bytes,
          width: info?.width ?? null,
          height: info?.height ?? null,
          pages,
          uploadedAt: clock.now().toISOString(),
          uploadedBy: actor.username,
          cleanedAt: clock.now().toISOString(),
          ...(video ? { seconds: video.seconds, poster: null } : {}),
        };
        try {
          await store.media.insert(item);
        } catch (error) {
          await Promise.all(filesOf(item).map((f) => fs.rm(path.join(mediaDir, f), { force: true })));
          throw error;
        }
        await audit.record({
          actor: actor.username,
          action: 'media.upload',
          entity: 'media',
          entityId: id,
          summary: `Tải lên ${{ pdf: 'tệp PDF', image: 'ảnh', video: 'video' }[format.kind]} “${label}” (${file})`,
        });
        return item;
      } finally {
        await fs.rm(work, { recursive: true, force: true });
        await fs.rm(upload.path, { force: true });
      }
    },

    usesOf,

    /**
     * The first frame of a video, drawn by the console's browser and sent as a picture: re-encoded like any picture,
     * kept as `<id>-poster.<ext>` with a thumbnail for the library's grid. Sending another replaces it.
     */
    async setPoster(id: string, upload: ReceivedUpload, actor: PublicUser): Promise<MediaItem> {
      const work = path.join(incomingDir(mediaDir), `${id}-poster`);
      try {
        const item = await store.media.get(id);
        if (!item) throw notFound('tệp trong thư viện');
        if (item.kind !== 'video') throw new AppError('BAD_REQUEST', `“${item.label}” không phải video nên không có ảnh khung hình đầu.`);
        const format = sniffFormat(await readHead(upload.path));
        if (!format || format.kind !== 'image' || format.ext === 'gif') throw refused('Ảnh khung hình đầu phải là ảnh PNG, JPEG hoặc WebP.');
        await fs.mkdir(work, { recursive: true });
        const clean = path.join(work, `poster.${format.ext}`);
        const info = await cleanPicture(upload.path, clean, format.ext).catch(() => {
          throw refused('Không đọc được ảnh khung hình đầu của video.');
        });
        await thumbnailOf(clean, path.join(work, 'thumb.webp'));
        const poster = `${id}-poster.${format.ext}`;
        const thumbnail = `${id}-thumb.webp`;
        await fs.rename(path.join(work, 'thumb.webp'), path.join(mediaDir, thumbnail));
        await fs.rename(clean, path.join(mediaDir, poster));
        if (item.poster && item.poster !== poster) await fs.rm(path.join(mediaDir, item.poster), { force: true });
        const updated: MediaItem = { ...item, poster, thumbnail, width: item.width ?? info.width, height: item.height ?? info.height };
        await store.media.replace(updated);
        await audit.record({
          actor: actor.username,
          action: 'media.upload',
          entity: 'media',
          entityId: id,
          summary: `Ảnh khung hình đầu cho video “${item.label}” (${poster})`,
        });
        return updated;
      } finally {
        await fs.rm(work, { recursive: true, force: true });
        await fs.rm(upload.path, { force: true });
      }
    },

    async remove(id: string, actor: PublicUser): Promise<void> {
      const item = await store.media.get(id);
      if (!item) throw notFound('tệp trong thư viện');
      const uses = await usesOf(item);
      if (uses.length > 0) {
        throw new AppError(
          'CONFLICT',
          `Không xoá được “${item.label}” vì đang được dùng ở: ${uses.map((u) => u.label).join('; ')}. Hãy gỡ tệp khỏi các nội dung đó trước.`,
          uses.map((u) => ({ path: `${u.entity}:${u.id}`, message: u.label })),
        );
      }
      await store.media.remove(id);
      await Promise.all(filesOf(item).map((f) => fs.rm(path.join(mediaDir, f), { force: true })));
      await audit.record({
        actor: actor.username,
        action: 'media.delete',
        entity: 'media',
        entityId: id,
        summary: `Xoá “${item.label}” (${item.file}) khỏi thư viện`,
      });
    },
  };
}
export type MediaService = ReturnType<typeof createMediaService>;
