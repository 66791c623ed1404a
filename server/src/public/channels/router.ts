import express, { type Request, type Router } from 'express';
import { calendarDate } from '@bangtin/shared';
import type { Clock } from '../../clock.ts';
import type { DomainEvents } from '../../domain/events.ts';
import type { PlanningData } from '../../domain/planningData.ts';
import { readCookie, sessionCookieName } from '../../http/cookies.ts';
import type { Store } from '../../store/store.ts';
import { absoluteUrl, loadPublicContext, siteBase } from '../context.ts';
import { renderNotFound, sendHtml } from '../layout.ts';
import { atomFeed, jsonFeed } from './feeds.ts';
import { renderNoticeList, renderNoticePage } from './noticePages.ts';
import { createOnAirCache, hasPublicPage, isNotice, publishedProcedures, type NoticeItem } from './onAirToday.ts';
import { createProcedureIndexCache, renderProcedureList, renderProcedurePage } from './procedurePages.ts';
import { LIST_PAGES, itemShareImage, listShareImage } from './shareImage.ts';
import { createShareImageCache } from './shareImageCache.ts';
import { frameable, renderWidget } from './widget.ts';

export interface ChannelsDeps {
  store: Store;
  clock: Clock;
  /** The planner's reader (one read of everything the evaluator needs). */
  readPlanning: () => Promise<PlanningData>;
  events: DomainEvents;
}

/**
 * The public channels: `/thong-bao` (what is on air today) and each item's page, `/thu-tuc` with the reception search
 * and each procedure's page, the portal feeds, the embeddable widget and the share images. Server-rendered, no script.
 */
export function channelsRouter({ store, clock, readPlanning, events }: ChannelsDeps): Router {
  const router = express.Router();
  const onAirCache = createOnAirCache(events);
  const procedureIndex = createProcedureIndexCache();
  const shareImages = createShareImageCache({ clock });

  async function load(req: Request) {
    const [ctx, data] = await Promise.all([loadPublicContext(store, clock, req), readPlanning()]);
    const onAir = onAirCache(data, ctx.now);
    return { ctx, data, onAir, notices: onAir.filter(isNotice), today: calendarDate(ctx.now, data.school.timezone) };
  }

  // A parent typing the bare address lands on the notices; staff (signed in) still go to the console.
  router.get('/', (req, res, next) => {
    if (readCookie(req.headers.cookie, sessionCookieName(siteBase(req)))) return next();
    res.redirect(302, `${siteBase(req)}/thong-bao`);
  });

  router.get('/thong-bao', async (req, res) => {
    const { ctx, notices } = await load(req);
    sendHtml(res, renderNoticeList(ctx, notices));
  });

  router.get('/thong-bao/:id', async (req, res) => {
    const { ctx, data, onAir, today } = await load(req);
    const item = data.content.find((c) => c.id === req.params.id && hasPublicPage(c, today));
    if (item?.type === 'procedure') return res.redirect(301, `${siteBase(req)}/thu-tuc/${encodeURIComponent(item.code)}`);
    if (!item || !isNotice(item)) return sendHtml(res, renderNotFound(ctx, 'Không có thông báo này, hoặc thông báo chưa được công bố.', req.path), 404);
    sendHtml(res, renderNoticePage(ctx, item, onAir.some((c) => c.id === item.id), data));
  });

  router.get('/thu-tuc', async (req, res) => {
    const { ctx, data } = await load(req);
    const items = publishedProcedures(data, ctx.now);
    const q = typeof req.query.q === 'string' ? req.query.q : '';
    sendHtml(res, renderProcedureList(ctx, items, procedureIndex(items), q));
  });

  router.get('/thu-tuc/:code', async (req, res) => {
    const { ctx, data } = await load(req);
    const procedure = publishedProcedures(data, ctx.now).find((p) => p.code === req.params.code);
    if (!procedure) return sendHtml(res, renderNotFound(ctx, 'Không có thủ tục mang mã này trong danh mục nhà trường đang niêm yết.', req.path), 404);
    sendHtml(res, renderProcedurePage(ctx, procedure));
  });

  router.get('/feed.xml', async (req, res) => {
    const { ctx, onAir } = await load(req);
    res.type('application/atom+xml; charset=utf-8').setHeader('Cache-Control', 'no-cache');
    res.send(atomFeed(ctx, onAir));
  });

  router.get('/feed.json', async (req, res) => {
    const { ctx, onAir } = await load(req);
    res.type('application/feed+json; charset=utf-8').setHeader('Cache-Control', 'no-cache');
    res.send(jsonFeed(ctx, onAir));
  });

  router.get('/nhung/thong-bao', frameable, async (req, res) => {
    const { ctx, notices } = await load(req);
    sendHtml(res, renderWidget(ctx, notices, (path) => absoluteUrl(ctx, path)));
  });

  router.get('/og/:file', async (req, res, next) => {
    const id = /^([A-Za-z0-9_-]{1,80})\.png$/.exec(req.params.file)?.[1];
    if (!id) return next();
    const { data, today } = await load(req);
    const item = data.content.find((c): c is NoticeItem | Extract<typeof c, { type: 'procedure' }> => c.id === id && hasPublicPage(c, today) && (isNotice(c) || c.type === 'procedure'));
    if (!item) return res.status(404).type('text/plain; charset=utf-8').send('Không có ảnh chia sẻ này.');
    const { key, render } = itemShareImage(item, data.school);
    await shareImages.send(req, res, key, render);
  });

  // The list pages' cards live under their own folder: an item id can never be mistaken for a page name.
  router.get('/og/trang/:file', async (req, res, next) => {
    const page = LIST_PAGES.find((p) => req.params.file === `${p}.png`);
    if (!page) return next();
    const { ctx, data, notices } = await load(req);
    const count = page === 'thong-bao' ? notices.length : publishedProcedures(data, ctx.now).length;
    const { key, render } = listShareImage(page, count, data.school);
    await shareImages.send(req, res, key, render);
  });

  return router;
}
