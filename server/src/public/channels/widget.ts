import type { RequestHandler } from 'express';
import type { PublicContext } from '../context.ts';
import { html } from '../html.ts';
import { noticeSummary, noticeTitle } from './noticeView.ts';
import type { NoticeItem } from './onAirToday.ts';

/**
 * Lets other sites frame this reply only: helmet forbids framing everywhere (`X-Frame-Options: SAMEORIGIN`,
 * CSP `frame-ancestors 'self'`); the widget page alone drops the first and opens the second to any site. The rest
 * of its policy (no scripts from elsewhere, …) stays helmet's.
 */
export const frameable: RequestHandler = (_req, res, next) => {
  res.removeHeader('X-Frame-Options');
  const policy = res.getHeader('Content-Security-Policy');
  if (typeof policy === 'string') res.setHeader('Content-Security-Policy', policy.replace(/frame-ancestors [^;]*/, 'frame-ancestors *'));
  next();
};

/** `/nhung/thong-bao`: a compact list for an iframe on the school's website; links open the full page in a new tab. */
export function renderWidget(ctx: PublicContext, items: readonly NoticeItem[], link: (path: string) => string): string {
  const shown = items.slice(0, 8);
  return html`<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Thông báo — ${ctx.school.name}</title><meta name="robots" content="noindex"><base target="_blank">
<style>body{margin:0;padding:.75rem;font:1rem/1.5 system-ui,sans-serif;color:#1a1d24;background:#fff}h1{font-size:1.1rem;margin:0 0 .5rem;color:#0b5394}
ul{list-style:none;margin:0;padding:0}li{padding:.5rem 0;border-top:1px solid #c9ced8}a{color:#0b5394;font-weight:700}p{margin:.15rem 0 0;color:#4a5160;font-size:.95rem}</style></head>
<body><h1>Thông báo — ${ctx.school.shortName || ctx.school.name}</h1>
${shown.length ? html`<ul>${shown.map((item) => html`<li><a href="${link(`/thong-bao/${item.id}`)}">${item.type === 'slogan' ? noticeSummary(item, 120) : noticeTitle(item)}</a>${item.type === 'slogan' ? '' : html`<p>${noticeSummary(item, 140)}</p>`}</li>`)}</ul>` : html`<p>Hôm nay chưa có thông báo.</p>`}
<p><a href="${link('/thong-bao')}">Xem tất cả trên trang của trường</a></p>
</body></html>`.value;
}
