import { formatLongDateVi, keepTogether, SAMPLE_DATA_VI } from '@bangtin/shared';
import { html, raw, type SafeHtml } from '../html.ts';
import { OFFICIAL_HEADING_CSS, officialHeading } from '../official.ts';
import { sitePath, type PublicContext } from '../context.ts';
import { POSTER_CSS, pageRule, type PaperSize } from './posterCss.ts';

export type { PaperSize } from './posterCss.ts';

/** `?kho=A3` prints on A3; anything else (or nothing) on A4. */
export function paperSizeOf(kho: unknown): PaperSize {
  return typeof kho === 'string' && kho.trim().toUpperCase() === 'A3' ? 'A3' : 'A4';
}

export interface PosterOptions {
  /** The document's title (browser tab, and the PDF's file name when saved). */
  title: string;
  /** This poster's own path, for the A4 / A3 links shown on screen. */
  path: string;
  paper: PaperSize;
  /** Set a size smaller so a long record still fits two pages. */
  compact?: boolean;
  /** The item is seeded or not yet re-checked: the poster says "Dữ liệu mẫu" in words, not only in colour. */
  sample: boolean;
  body: SafeHtml;
  /** QR block, posting date, sources: the poster's last lines. */
  footer: SafeHtml;
}

/**
 * A whole printable document for the paper notice board (niêm yết): the official heading (parent agency, school,
 * Quốc hiệu, Tiêu ngữ), the poster, and print CSS with the page size. No script: the browser's own print dialog
 * prints it or saves it as PDF. On screen it shows as a sheet with a one-line hint, hidden when printed.
 */
export function posterDocument(ctx: PublicContext, poster: PosterOptions): string {
  const other: PaperSize = poster.paper === 'A4' ? 'A3' : 'A4';
  const otherHref = sitePath(ctx, other === 'A3' ? `${poster.path}?kho=A3` : poster.path);
  const doc = html`<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${poster.title}</title>
<link rel="stylesheet" href="/site/site.css">
<style>${raw(OFFICIAL_HEADING_CSS)}
${raw(POSTER_CSS)}
${raw(pageRule(poster.paper, poster.compact))}</style>
</head>
<body class="poster poster--${poster.paper.toLowerCase()}">
<p class="poster-hint screen-only" role="note">Bản in khổ ${poster.paper}, dọc. Nhấn Ctrl+P (trên máy Mac: ⌘+P) để in hoặc chọn “Lưu dưới dạng PDF”. <a href="${otherHref}">Xem bản khổ ${other}</a></p>
<main class="sheet">
${officialHeading(ctx)}
${poster.sample ? html`<p class="poster-sample" role="note"><strong>${SAMPLE_DATA_VI.toLocaleUpperCase('vi-VN')}</strong> — nội dung đang được nhà trường kiểm tra lại</p>` : ''}
${poster.body}
${poster.footer.value ? html`<footer class="poster-footer">${poster.footer}</footer>` : ''}
</main>
</body>
</html>
`;
  return doc.value;
}

/** "Ngày niêm yết: Thứ Bảy, ngày 05 tháng 12 năm 2026" — the day the poster is printed, in the school's timezone. */
export function postingDate(ctx: Pick<PublicContext, 'school' | 'now'>): SafeHtml {
  return html`<p class="poster-posted"><strong>Ngày niêm yết:</strong> ${formatLongDateVi(ctx.now, ctx.school.timezone)}</p>`;
}

/** A QR code with what it opens in words and the address in print (for someone without a phone camera). */
export function qrBlock(qr: SafeHtml, caption: string, url: string): SafeHtml {
  return html`<figure class="poster-qr">${qr}<figcaption><strong>${caption}</strong><br><span class="poster-url">${url}</span></figcaption></figure>`;
}

/**
 * The address block NĐ 20/2008/NĐ-CP Điều 13 asks to post with procedures: where to send phản ánh, kiến nghị.
 * Only the lines the school has set (never a placeholder); nothing when none is set. Set as one run of labelled
 * items rather than a list of lines: filled in, a list took nine lines and pushed the longest record (1.001622) onto
 * a third A4 page; run on, it takes three to four at the same type size. A mailing address that only repeats the
 * address is said once.
 */
export function feedbackBlock(ctx: Pick<PublicContext, 'school'>): SafeHtml {
  const f = ctx.school.feedback;
  const sameMail = f.mailingAddress.trim() !== '' && f.mailingAddress.trim() === f.address.trim();
  const items = [
    f.address && html`<span><strong>${sameMail ? 'Địa chỉ (cũng là địa chỉ thư tín)' : 'Địa chỉ'}:</strong> ${f.address}</span>`,
    f.mailingAddress && !sameMail && html`<span><strong>Địa chỉ thư tín:</strong> ${f.mailingAddress}</span>`,
    f.phone && html`<span><strong>Điện thoại:</strong> ${keepTogether(f.phone)}</span>`,
    f.email && html`<span><strong>Thư điện tử:</strong> <span class="poster-url">${f.email}</span></span>`,
    f.website && html`<span><strong>Trang thông tin điện tử:</strong> <span class="poster-url">${f.website}</span></span>`,
  ].filter((item) => item !== '' && item !== false);
  if (items.length === 0) return html``;
  return html`<section class="poster-feedback"><h2>Tiếp nhận phản ánh, kiến nghị về quy định hành chính: ${f.agency}</h2><p>${items.map((item, i) => html`${i > 0 ? ' · ' : ''}${item}`)}</p></section>`;
}
