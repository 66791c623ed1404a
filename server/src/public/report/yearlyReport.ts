import { Router } from 'express';
import { isoDate } from '@bangtin/shared';
import { plansApi, urlFor } from '@bangtin/shared/api';
import type { PlanReports } from '../../areas/planReport.ts';
import type { Clock } from '../../clock.ts';
import { AppError } from '../../domain/errors.ts';
import { yearFrom } from '../../domain/commPlans.ts';
import type { Store } from '../../store/store.ts';
import type { PublicUser } from '@bangtin/shared';
import { loadPublicContext, siteBase, sitePath } from '../context.ts';
import { html } from '../html.ts';
import { sendHtml } from '../layout.ts';
import { renderYearlyReport } from './yearlyReportPage.ts';

const QUARTERS: Record<string, [string, string]> = { '1': ['01-01', '03-31'], '2': ['04-01', '06-30'], '3': ['07-01', '09-30'], '4': ['10-01', '12-31'] };

/** The period asked for: `?nam=2026` (the year), `&quy=2` (a quarter), or `&tu=2026-01-01&den=2026-06-30` (sơ kết). */
function periodOf(query: Record<string, unknown>, year: number): { from?: string; to?: string } {
  const quarter = typeof query.quy === 'string' ? QUARTERS[query.quy] : undefined;
  if (quarter) return { from: `${year}-${quarter[0]}`, to: `${year}-${quarter[1]}` };
  const from = isoDate.safeParse(query.tu);
  const to = isoDate.safeParse(query.den);
  return { ...(from.success ? { from: from.data } : {}), ...(to.success ? { to: to.data } : {}) };
}

const simplePage = (title: string, message: string, link: { href: string; label: string }) =>
  html`<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${title}</title><link rel="stylesheet" href="/site/site.css"></head><body><main id="noi-dung"><h1>${title}</h1><p class="lead">${message}</p><p><a class="btn" href="${link.href}">${link.label}</a></p></main></body></html>`
    .value;

/**
 * GET /in/bao-cao?nam=2026: the year's (or a period's) report of the communication plan, printable on A4, for the
 * principal to sign. An office document, not a public page: it needs a signed-in account (any role).
 */
export function yearlyReportRouter(deps: { store: Store; clock: Clock; planReports: PlanReports; resolveUser: (cookieHeader: string | undefined) => Promise<PublicUser | null> }): Router {
  const router = Router();
  router.get('/in/bao-cao', async (req, res, next) => {
    try {
      // Every session cookie the request carries counts (a child's own, or a root administrator's acting here).
      const user = await deps.resolveUser(req.headers.cookie);
      if (!user) {
        sendHtml(res, simplePage('Cần đăng nhập', 'Báo cáo là văn bản nội bộ của nhà trường: hãy đăng nhập trang quản trị rồi mở lại.', { href: `${siteBase(req)}/admin/`, label: 'Đăng nhập' }), 401);
        return;
      }
      const ctx = await loadPublicContext(deps.store, deps.clock, req);
      const year = yearFrom(typeof req.query.nam === 'string' ? req.query.nam : String(ctx.now.getUTCFullYear()));
      const period = periodOf(req.query, year);
      const report = await deps.planReports.build(year, period);
      const csv = urlFor(plansApi.csv, { year: String(year) }, { from: report.from, to: report.to });
      sendHtml(res, renderYearlyReport(ctx, report, { csv: sitePath(ctx, csv) }));
    } catch (error) {
      if (error instanceof AppError && error.code === 'VALIDATION_FAILED') {
        sendHtml(res, simplePage('Kỳ báo cáo không hợp lệ', error.message, { href: `${siteBase(req)}/admin/ke-hoach`, label: 'Về trang kế hoạch' }), 400);
        return;
      }
      next(error);
    }
  });
  return router;
}
