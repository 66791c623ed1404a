import express, { type Router } from 'express';
import { SATISFACTION_FORMULA, type ContentItem } from '@bangtin/shared';
import type { Clock } from '../../clock.ts';
import type { SurveyService } from '../../domain/survey.ts';
import type { Store } from '../../store/store.ts';
import { ALREADY_ANSWERED, answeredToday, surveyCookie } from '../../http/surveyCookie.ts';
import { loadPublicContext, siteBase, sitePath, type PublicContext } from '../context.ts';
import { createFormGuard, FORM_GUARD_MESSAGES } from '../formGuard.ts';
import { parseForm } from '../forms.ts';
import { html, type SafeHtml } from '../html.ts';
import { renderPage, sendHtml } from '../layout.ts';
import { createRateLimit } from '../rateLimit.ts';
import { readSurveyForm, surveyForm, type SurveyFormState } from './surveyForm.ts';

const TITLE = 'Khảo sát mức độ hài lòng';
const INTRO = html`<h1>${TITLE}</h1>
<p class="lead">Mời quý phụ huynh đánh giá việc giải quyết thủ tục, công việc tại nhà trường. Phiếu ẩn danh: nhà trường không ghi tên, địa chỉ hay thiết bị của bạn.</p>`;

/** An approved procedure with this national code, for "Khảo sát về thủ tục: …" (unknown codes are ignored). */
function procedureOf(items: readonly ContentItem[], code: string): { code: string; name: string } | null {
  if (!/^[0-9A-Za-z.-]{1,40}$/.test(code)) return null;
  const item = items.find((c) => c.type === 'procedure' && c.status === 'approved' && c.code === code);
  return item && item.type === 'procedure' ? { code: item.code, name: item.name } : null;
}

/** /khao-sat (the form, no JavaScript needed) and /khao-sat/cam-on (the thank-you page). */
export function surveyPages({
  store,
  clock,
  survey,
  minFillSeconds,
}: {
  store: Store;
  clock: Clock;
  survey: SurveyService;
  /** Tests only (FORM_MIN_FILL_SECONDS); the kit's 3 s otherwise. */
  minFillSeconds?: number | undefined;
}): Router {
  const router = express.Router();
  const guard = createFormGuard({ clock, minFillSeconds });
  const pageLimit = createRateLimit({
    clock,
    name: 'khao-sat',
    perAddress: { limit: 120, windowSeconds: 600 },
    overall: { limit: 3000, windowSeconds: 600 },
    reply: 'html',
    methods: ['GET'],
  });
  const postLimit = createRateLimit({
    clock,
    name: 'khao-sat-gui',
    perAddress: { limit: 20, windowSeconds: 3600 },
    overall: { limit: 300, windowSeconds: 3600 },
    reply: 'html',
    methods: ['POST'],
  });

  const page = (ctx: PublicContext, body: SafeHtml, status = 200) => ({
    document: renderPage(ctx, { title: TITLE, path: '/khao-sat', body, active: '/khao-sat', description: 'Phiếu khảo sát ẩn danh về mức độ hài lòng của phụ huynh.' }),
    status,
  });
  const alreadyAnswered = (ctx: PublicContext) => html`<div class="notice notice--ok" role="status"><p>${ALREADY_ANSWERED}</p></div>
<p>Muốn phản ánh, kiến nghị và được trả lời? <a href="${sitePath(ctx, '/gop-y')}">Gửi góp ý</a>.</p>`;
  const formula = html`<p class="muted">${SATISFACTION_FORMULA}</p>`;

  const form = async (ctx: PublicContext, state: SurveyFormState, code: string, notice?: string) => {
    const procedure = code ? procedureOf(await store.listContent(), code) : null;
    return html`${INTRO}${procedure ? html`<p class="notice">Về thủ tục: <strong>${procedure.name}</strong> (mã ${procedure.code})</p>` : ''}${
      notice ? html`<div class="notice notice--warn" role="alert"><p>${notice}</p></div>` : ''
    }${surveyForm(state, guard.hiddenFields(), procedure, sitePath(ctx, '/khao-sat'))}${formula}`;
  };

  router.get('/khao-sat', pageLimit, async (req, res, next) => {
    try {
      const ctx = await loadPublicContext(store, clock, req);
      const code = typeof req.query['thu-tuc'] === 'string' ? req.query['thu-tuc'] : '';
      const body = answeredToday(req, await survey.today()) ? html`${INTRO}${alreadyAnswered(ctx)}` : await form(ctx, { values: {}, errors: {} }, code);
      const { document, status } = page(ctx, body);
      sendHtml(res, document, status);
    } catch (error) {
      next(error);
    }
  });

  router.post('/khao-sat', postLimit, parseForm, async (req, res, next) => {
    try {
      const ctx = await loadPublicContext(store, clock, req);
      const today = await survey.today();
      if (answeredToday(req, today)) {
        const { document } = page(ctx, html`${INTRO}${alreadyAnswered(ctx)}`);
        return sendHtml(res, document, 409);
      }
      const read = readSurveyForm(req.body);
      const checked = guard.check(req.body);
      if (!checked.ok || !read.input) {
        // A refused guard keeps what was chosen, so the parent only presses Gửi again.
        const notice = checked.ok ? undefined : FORM_GUARD_MESSAGES[checked.reason];
        const { document } = page(ctx, await form(ctx, read, read.values.procedureCode ?? '', notice));
        return sendHtml(res, document, 422);
      }
      await survey.submit(read.input);
      res.setHeader('Set-Cookie', surveyCookie(req, today));
      res.redirect(303, `${siteBase(req)}/khao-sat/cam-on`);
    } catch (error) {
      next(error);
    }
  });

  router.get('/khao-sat/cam-on', pageLimit, async (req, res, next) => {
    try {
      const ctx = await loadPublicContext(store, clock, req);
      const body = html`<h1>Cảm ơn quý phụ huynh!</h1>
<p class="lead">Nhà trường đã nhận phiếu đánh giá của bạn. Ý kiến của bạn giúp nhà trường phục vụ tốt hơn.</p>
<div class="card"><p>Cần phản ánh, kiến nghị và muốn được trả lời?</p><p><a class="btn" href="${sitePath(ctx, '/gop-y')}">Gửi góp ý</a></p></div>
<p><a href="${sitePath(ctx, '/thu-tuc')}">Xem thủ tục hành chính của nhà trường</a></p>`;
      sendHtml(res, renderPage(ctx, { title: 'Cảm ơn bạn', path: '/khao-sat/cam-on', body, active: '/khao-sat', noindex: true }));
    } catch (error) {
      next(error);
    }
  });

  return router;
}
