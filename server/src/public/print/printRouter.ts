import express, { type Router } from 'express';
import { formatShortDateVi, keepTogether, type ContentOf } from '@bangtin/shared';
import type { Clock } from '../../clock.ts';
import type { Store } from '../../store/store.ts';
import { absoluteUrl, loadPublicContext, type PublicContext } from '../context.ts';
import { html } from '../html.ts';
import { renderNotFound, sendHtml } from '../layout.ts';
import { qrSvg } from '../qr.ts';
import { markdownForPrint } from './plainMarkdown.ts';
import { feedbackBlock, paperSizeOf, posterDocument, postingDate, qrBlock } from './posterDocument.ts';
import { findPrintable } from './printable.ts';
import { isLongRecord, procedurePosterBody } from './procedurePoster.ts';

/** Where a printed item's QR leads: its page on the public site (the channels feature serves these paths). */
export const procedurePagePath = (code: string) => `/thu-tuc/${encodeURIComponent(code)}`;
export const announcementPagePath = (id: string) => `/thong-bao/${encodeURIComponent(id)}`;

/** Source and last check, so whoever reads the wall knows where the text comes from and how fresh it is. */
function provenance(item: { source: string }, lastChecked?: string) {
  return html`<p>${item.source ? `Nguồn: ${item.source}. ` : ''}${lastChecked ? `Thông tin được đối chiếu ngày ${formatShortDateVi(lastChecked)}.` : ''}</p>`;
}

async function procedurePoster(ctx: PublicContext, p: ContentOf<'procedure'>, paper: 'A4' | 'A3'): Promise<string> {
  const url = absoluteUrl(ctx, procedurePagePath(p.code));
  const qr = qrBlock(await qrSvg(url, { label: `Mã QR mở trang thủ tục ${p.code}` }), 'Quét mã để xem trên điện thoại', url);
  return posterDocument(ctx, {
    title: `Niêm yết thủ tục ${p.code} – ${p.name}`,
    path: `/in/thu-tuc/${p.code}`,
    paper,
    compact: isLongRecord(p),
    sample: p.sample,
    // The posting date and the source stand under the title, where whoever checks the board looks for them (and
    // the long record keeps to two pages).
    body: procedurePosterBody(p, qr, html`${postingDate(ctx)}<div class="poster-source">${provenance(p, p.lastChecked)}</div>`),
    footer: feedbackBlock(ctx),
  });
}

async function announcementPoster(ctx: PublicContext, a: ContentOf<'announcement'>, paper: 'A4' | 'A3'): Promise<string> {
  const url = absoluteUrl(ctx, announcementPagePath(a.id));
  const qr = qrBlock(await qrSvg(url, { label: 'Mã QR mở thông báo trên điện thoại' }), 'Quét mã để xem thông báo trên điện thoại', url);
  const until = a.validUntil ? html`<p>Thông báo có hiệu lực đến ngày ${formatShortDateVi(a.validUntil)}.</p>` : '';
  return posterDocument(ctx, {
    title: `Thông báo – ${a.title}`,
    path: `/in/thong-bao/${a.id}`,
    paper,
    sample: a.sample,
    body: html`<p class="poster-kicker">THÔNG BÁO</p>
<h1 class="poster-title">${keepTogether(a.title)}</h1>
${a.imageUrl ? html`<img class="poster-image" src="${a.imageUrl}" alt="">` : ''}
<div class="poster-body">${markdownForPrint(a.body, ctx.base)}</div>${until}`,
    footer: html`<div class="poster-head"><div>${postingDate(ctx)}${provenance(a)}${feedbackBlock(ctx)}</div>${qr}</div>`,
  });
}

/**
 * Posters for the paper notice board (niêm yết): `GET /in/thu-tuc/<national code>` and `GET /in/thong-bao/<id>`,
 * A4 portrait, A3 with `?kho=A3`. Public like the rest of the site (what is on air is public), but only what may be
 * on air today prints; anything else answers 404, so a draft's address reveals nothing.
 */
export function createPrintRouter({ store, clock }: { store: Store; clock: Clock }): Router {
  const router = express.Router();

  router.get('/in/thu-tuc/:code', async (req, res) => {
    const ctx = await loadPublicContext(store, clock, req);
    const procedure = findPrintable(await store.listContent(), 'procedure', ctx, (p) => p.code === req.params.code);
    if (!procedure) {
      sendHtml(res, renderNotFound(ctx, 'Thủ tục này chưa được công bố hoặc không còn trên bảng tin của nhà trường.', req.path), 404);
      return;
    }
    sendHtml(res, await procedurePoster(ctx, procedure, paperSizeOf(req.query.kho)));
  });

  router.get('/in/thong-bao/:id', async (req, res) => {
    const ctx = await loadPublicContext(store, clock, req);
    const announcement = findPrintable(await store.listContent(), 'announcement', ctx, (a) => a.id === req.params.id);
    if (!announcement) {
      sendHtml(res, renderNotFound(ctx, 'Thông báo này chưa được duyệt hoặc đã hết hiệu lực.', req.path), 404);
      return;
    }
    sendHtml(res, await announcementPoster(ctx, announcement, paperSizeOf(req.query.kho)));
  });

  return router;
}
