import type { Response } from 'express';
import { html, raw, type SafeHtml } from './html.ts';
import { absoluteUrl, sitePath, type PublicContext } from './context.ts';

export interface PageOptions {
  title: string;
  /** The page's own path in its unit's site (canonical link, Open Graph url), e.g. `/gop-y`; the base is added here. */
  path: string;
  body: SafeHtml;
  description?: string;
  /** Absolute or site-relative (`/og/…`, the unit's base added here) address of a 1200×630 share image. */
  ogImage?: string;
  ogType?: 'website' | 'article';
  noindex?: boolean;
  /** The nav entry to mark as the current section (`/thong-bao`, `/thu-tuc`, …). */
  active?: string;
}

export const SITE_NAV: readonly (readonly [path: string, label: string])[] = [
  ['/thong-bao', 'Thông báo'],
  ['/thu-tuc', 'Thủ tục'],
  ['/gop-y', 'Góp ý'],
  ['/khao-sat', 'Khảo sát'],
  ['/tim-hieu', 'Tìm hiểu'],
];

/** A whole public page: the school's header, the nav, the sample-data banner, the page, the footer. */
export function renderPage(ctx: PublicContext, page: PageOptions): string {
  const { school } = ctx;
  const siteName = school.shortName || school.name;
  const title = `${page.title} — ${siteName}`;
  const description = page.description ?? `${school.name}: thông báo, thủ tục hành chính, góp ý và khảo sát sự hài lòng.`;
  const url = absoluteUrl(ctx, page.path);
  const image = page.ogImage ? (/^https?:\/\//.test(page.ogImage) ? page.ogImage : absoluteUrl(ctx, page.ogImage)) : undefined;
  const nav = SITE_NAV.map(
    ([path, label]) => html`<li><a href="${sitePath(ctx, path)}"${page.active === path ? raw(' aria-current="page"') : ''}>${label}</a></li>`,
  );
  const footer = [school.address && html`<p>Địa chỉ: ${school.address}</p>`, school.officeHours && html`<p>Giờ làm việc: ${school.officeHours}</p>`];
  const doc = html`<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<meta name="description" content="${description}">
${page.noindex ? raw('<meta name="robots" content="noindex">\n') : ''}<link rel="canonical" href="${url}">
<meta property="og:type" content="${page.ogType ?? 'website'}">
<meta property="og:site_name" content="${siteName}">
<meta property="og:locale" content="vi_VN">
<meta property="og:title" content="${page.title}">
<meta property="og:description" content="${description}">
<meta property="og:url" content="${url}">
${image ? html`<meta property="og:image" content="${image}">\n<meta property="og:image:width" content="1200">\n<meta property="og:image:height" content="630">\n` : ''}<meta name="twitter:card" content="${image ? 'summary_large_image' : 'summary'}">
<link rel="stylesheet" href="/site/site.css">
</head>
<body>
<a class="skip" href="#noi-dung">Bỏ qua, đến nội dung chính</a>
<header class="site-header"><a href="${sitePath(ctx, '/thong-bao')}">${school.parentAgency ? html`<p class="site-header__parent">${school.parentAgency}</p>` : ''}<p class="site-header__name">${school.name}</p></a></header>
<nav class="site-nav" aria-label="Mục chính"><ul>${nav}</ul></nav>
${school.sampleData ? html`<p class="sample-banner" role="note"><strong>Dữ liệu mẫu</strong> — nội dung đang được nhà trường kiểm tra lại.</p>\n` : ''}<main id="noi-dung">
${page.body}
</main>
<footer class="site-footer"><p><strong>${school.name}</strong></p>${footer}</footer>
</body>
</html>
`;
  return doc.value;
}

/** A Vietnamese "not found" page in the site's frame. */
export function renderNotFound(ctx: PublicContext, message: string, path = '/'): string {
  return renderPage(ctx, {
    title: 'Không tìm thấy trang',
    path,
    noindex: true,
    body: html`<h1>Không tìm thấy trang</h1><p class="lead">${message}</p><p><a href="${sitePath(ctx, '/thong-bao')}">Về trang thông báo</a></p>`,
  });
}

export function sendHtml(res: Response, document: string, status = 200): void {
  res.status(status).type('html').setHeader('Cache-Control', 'no-cache');
  res.send(document);
}
