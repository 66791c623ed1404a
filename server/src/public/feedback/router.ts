import { feedbackInput, issuesToDetails, viErrorMap } from '@bangtin/shared';
import { rm } from 'node:fs/promises';
import express, { type Request, type Response, type Router } from 'express';
import type { Clock } from '../../clock.ts';
import { AppError } from '../../domain/errors.ts';
import { normaliseCode } from '../../domain/feedback/codes.ts';
import type { FeedbackIntake } from '../../domain/feedback/intake.ts';
import type { FeedbackPhotos } from '../../domain/feedback/photos.ts';
import type { Store } from '../../store/store.ts';
import { absoluteUrl, loadPublicContext, siteBase } from '../context.ts';
import { FORM_GUARD_MESSAGES, type FormGuard } from '../formGuard.ts';
import { formText } from '../forms.ts';
import { html, raw } from '../html.ts';
import { sendHtml } from '../layout.ts';
import { EMPTY_FORM, feedbackFormPage, followPage, lookupPage, type FeedbackFormValues } from './pages.ts';
import { multipartReceiver, UPLOAD_MESSAGES } from './upload.ts';

export interface FeedbackSiteDeps {
  store: Store;
  clock: Clock;
  intake: FeedbackIntake;
  photos: FeedbackPhotos;
  guard: FormGuard;
  /** Every page request (enumerating codes is slowed down too). */
  readLimit: express.RequestHandler;
  /** Sending: shared by the form and stricter. */
  writeLimit: express.RequestHandler;
}

const valuesOf = (body: unknown): FeedbackFormValues => ({
  name: formText(body, 'name'),
  address: formText(body, 'address'),
  phone: formText(body, 'phone'),
  email: formText(body, 'email'),
  subject: formText(body, 'subject'),
  content: formText(body, 'content'),
  photoId: formText(body, 'photoId'),
});

/**
 * /gop-y (send), /gop-y/tra-cuu (look up a code), /gop-y/<code> (follow it): server-rendered, no JavaScript needed,
 * the photo as a multipart field. A refused form is shown again with every problem at once; a sent one redirects
 * (POST → 303 → GET) to its follow page with the thank-you and the code.
 */
export function feedbackSiteRouter({ store, clock, intake, photos, guard, readLimit, writeLimit }: FeedbackSiteDeps): Router {
  const router = express.Router();
  const receive = multipartReceiver(photos.incomingDir, 'photo');

  /**
   * The form again. `keepStamp`: the stamp the refused post carried, when it was genuine — the fill time keeps counting
   * from when the person first opened the page, not from each correction.
   */
  const showForm = async (req: Request, res: Response, status: number, values: FeedbackFormValues, errors: Record<string, string>, notice?: string, keepStamp?: string) => {
    const ctx = await loadPublicContext(store, clock, req);
    const fresh = guard.hiddenFields();
    const guardFields = keepStamp ? raw(fresh.value.replace(/name="_t" value="[^"]*"/, html`name="_t" value="${keepStamp}"`.value)) : fresh;
    sendHtml(res, feedbackFormPage(ctx, { values, errors, guardFields, ...(notice ? { notice } : {}) }), status);
  };

  router.get('/gop-y', readLimit, async (req, res) => {
    await showForm(req, res, 200, EMPTY_FORM, {});
  });

  router.post('/gop-y', writeLimit, async (req, res) => {
    const { body, file, problem } = await receive(req, res);
    const values = valuesOf(body);
    const verdict = guard.check(body);
    // A bot's post (honeypot, forged or stale stamp) is refused before anything is read. "Too fast" waits: a person's
    // mistakes are shown first, and the refusal only stands in the way of storing.
    if (!verdict.ok && verdict.reason !== 'too-fast') {
      if (file) await rm(file.path, { force: true });
      return showForm(req, res, 400, values, {}, FORM_GUARD_MESSAGES[verdict.reason]);
    }
    const stamp = formText(body, '_t');
    const errors: Record<string, string> = {};
    if (problem) errors.photo = UPLOAD_MESSAGES[problem];
    if (file) {
      try {
        values.photoId = await photos.ingest(file);
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        errors.photo = error.message;
      }
    }
    const parsed = feedbackInput.safeParse({ ...values, photoId: values.photoId || undefined }, { error: viErrorMap });
    if (!parsed.success) {
      for (const issue of issuesToDetails(parsed.error.issues)) errors[issue.path.split('.')[0] ?? ''] ??= issue.message;
    }
    if (!parsed.success || Object.keys(errors).length > 0) return showForm(req, res, 400, values, errors, undefined, stamp);
    if (!verdict.ok) return showForm(req, res, 400, values, {}, FORM_GUARD_MESSAGES[verdict.reason], stamp);
    const ctx = await loadPublicContext(store, clock, req);
    try {
      const { code } = await intake.submit(parsed.data, (c) => absoluteUrl(ctx, `/gop-y/${c}`));
      res.redirect(303, `${siteBase(req)}/gop-y/${code}?da-gui=1`);
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'VALIDATION_FAILED') throw error;
      return showForm(req, res, 400, { ...values, photoId: '' }, { photo: error.details?.[0]?.message ?? error.message });
    }
  });

  router.get('/gop-y/tra-cuu', readLimit, async (req, res) => {
    const typed = typeof req.query.ma === 'string' ? req.query.ma.slice(0, 40) : '';
    const ctx = await loadPublicContext(store, clock, req);
    if (!typed.trim()) return sendHtml(res, lookupPage(ctx, {}));
    const code = normaliseCode(typed);
    if (!code) return sendHtml(res, lookupPage(ctx, { value: typed, error: 'Mã chưa đúng. Mã có dạng GY-7K3Q (chữ và số, không có chữ O, I, L và số 0, 1).' }), 400);
    res.redirect(303, `${siteBase(req)}/gop-y/${code}`);
  });

  router.get('/gop-y/:code', readLimit, async (req, res) => {
    const ctx = await loadPublicContext(store, clock, req);
    const given = String(req.params.code ?? '');
    const code = normaliseCode(given);
    if (code && code !== given) return res.redirect(301, `${siteBase(req)}/gop-y/${code}`);
    const status = code ? await intake.status(code) : null;
    if (!status) {
      return sendHtml(res, lookupPage(ctx, { value: given.slice(0, 12), error: `Không tìm thấy phản ánh có mã ${given.slice(0, 12)}. Vui lòng kiểm tra lại mã.` }), 404);
    }
    sendHtml(res, followPage(ctx, status, req.query['da-gui'] === '1'));
  });

  return router;
}
