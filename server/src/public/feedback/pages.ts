import {
  DEFAULT_FEEDBACK_RETENTION_MONTHS,
  FEEDBACK_STATUS_LABELS,
  FEEDBACK_SUBJECT_LABELS,
  feedbackSubject,
  formatLongDateVi,
  formatTimeVi,
  type FeedbackStatus,
  type PublicFeedbackStatus,
} from '@bangtin/shared';
import { absoluteUrl, sitePath, type PublicContext } from '../context.ts';
import { choiceField, errorSummary, textField } from '../forms.ts';
import { html, raw, type SafeHtml } from '../html.ts';
import { renderPage } from '../layout.ts';

/** The form's fields as the parent typed them (re-shown after an error; never logged). */
export interface FeedbackFormValues {
  name: string;
  address: string;
  phone: string;
  email: string;
  subject: string;
  content: string;
  /** A photo already received with a refused attempt: kept so the parent need not choose it again. */
  photoId: string;
}

export const EMPTY_FORM: FeedbackFormValues = { name: '', address: '', phone: '', email: '', subject: '', content: '', photoId: '' };

export const FIELD_LABELS: Record<keyof FeedbackFormValues | 'photo', string> = {
  name: 'Họ và tên',
  address: 'Địa chỉ',
  phone: 'Số điện thoại',
  email: 'Thư điện tử',
  subject: 'Loại phản ánh, kiến nghị',
  content: 'Nội dung',
  photo: 'Ảnh kèm theo',
  photoId: 'Ảnh kèm theo',
};

const SUBJECT_HINTS: Record<string, string> = {
  handling: 'Ví dụ: hồ sơ chậm trả, thái độ khi tiếp nhận, bị yêu cầu giấy tờ ngoài quy định.',
  regulation: 'Ví dụ: quy định, biểu mẫu, giờ làm việc gây khó cho phụ huynh.',
  proposal: 'Ý tưởng giúp nhà trường làm tốt hơn.',
};

/** Only what this page needs beyond the kit: the file picker and the big tracking code. */
const PAGE_CSS = raw(`<style>.field input[type=file]{display:block;width:100%;font:inherit;padding:.5rem;border:2px dashed #7b8494;border-radius:.4rem;background:#fff}
.code{font-size:2rem;font-weight:700;letter-spacing:.08em;margin:.2rem 0}.steps{list-style:none;padding:0;margin:0 0 1rem;display:grid;gap:.3rem}
.steps li{padding:.3rem .6rem;border-left:4px solid var(--line);color:var(--muted)}.steps li.done{border-color:var(--ok);color:var(--ink)}
.steps li[aria-current]{border-color:var(--brand);font-weight:700;color:var(--ink)}dl.facts{display:grid;grid-template-columns:auto 1fr;gap:.2rem .8rem;margin:0 0 1rem}dl.facts dt{font-weight:700}dl.facts dd{margin:0}.answer{white-space:pre-line}</style>`);

const dateTime = (iso: string, ctx: PublicContext) =>
  `${formatTimeVi(new Date(iso), ctx.school.timezone)}, ${formatLongDateVi(new Date(iso), ctx.school.timezone)}`;
const calendarDay = (isoDay: string) => formatLongDateVi(new Date(`${isoDay}T12:00:00Z`), 'UTC');

function lookupForm(ctx: PublicContext, value = '', error?: string): SafeHtml {
  return html`<form method="get" action="${sitePath(ctx, '/gop-y/tra-cuu')}" class="card" role="search">
<h2>Tra cứu bằng mã theo dõi</h2>
${textField({ name: 'ma', label: 'Mã theo dõi', value, error, hint: 'Ví dụ: GY-7K3Q', required: true, autocomplete: 'off', maxlength: 12 })}
<button class="btn" type="submit">Tra cứu</button>
</form>`;
}

/** GET /gop-y and a refused POST: the NĐ 20/2008 sender details, the legal subject list, content and a photo. */
export function feedbackFormPage(
  ctx: PublicContext,
  o: { values: FeedbackFormValues; errors: Record<string, string>; guardFields: SafeHtml; notice?: string },
): string {
  const { values: v, errors } = o;
  const months = ctx.school.feedbackRetentionMonths ?? DEFAULT_FEEDBACK_RETENTION_MONTHS;
  const subjects = feedbackSubject.options.map((value) => ({ value, label: FEEDBACK_SUBJECT_LABELS[value], hint: SUBJECT_HINTS[value] ?? '' }));
  const photoError = errors.photo;
  const body = html`${PAGE_CSS}<h1>Gửi phản ánh, kiến nghị</h1>
<p class="lead">Phản ánh về thủ tục hành chính, quy định của nhà trường, hoặc góp ý, hiến kế. Nhà trường trả lời theo số điện thoại hoặc thư điện tử quý vị để lại.</p>
<p><a href="${sitePath(ctx, '/gop-y/tra-cuu')}">Đã gửi rồi? Tra cứu bằng mã theo dõi</a></p>
${o.notice ? html`<p class="notice notice--warn" role="alert">${o.notice}</p>` : ''}${errorSummary(errors, FIELD_LABELS)}
<form method="post" action="${sitePath(ctx, '/gop-y')}" enctype="multipart/form-data" novalidate>
${o.guardFields}
<fieldset class="card"><legend><strong>Thông tin người gửi</strong></legend>
<p class="hint muted">Theo Nghị định 20/2008/NĐ-CP, phản ánh cần họ tên, địa chỉ và số điện thoại hoặc thư điện tử. Chỉ cán bộ nhà trường xem được các thông tin này; không hiện trên màn hình hay trang công khai, và được xoá sau ${months} tháng.</p>
${textField({ name: 'name', label: FIELD_LABELS.name, value: v.name, error: errors.name, required: true, autocomplete: 'name', maxlength: 100 })}
${textField({ name: 'address', label: FIELD_LABELS.address, value: v.address, error: errors.address, required: true, autocomplete: 'street-address', hint: 'Nơi ở hoặc nơi làm việc', maxlength: 300 })}
${textField({ name: 'phone', label: FIELD_LABELS.phone, value: v.phone, error: errors.phone, type: 'tel', inputmode: 'tel', autocomplete: 'tel', required: true, hint: 'Ví dụ 0912 345 678. Không có điện thoại thì nhập thư điện tử ở ô dưới.', maxlength: 20 })}
${textField({ name: 'email', label: FIELD_LABELS.email, value: v.email, error: errors.email, type: 'email', inputmode: 'email', autocomplete: 'email', hint: 'Bắt buộc nếu không có số điện thoại. Nếu có, nhà trường gửi mã theo dõi qua thư.', maxlength: 200 })}
</fieldset>
${choiceField({ name: 'subject', legend: FIELD_LABELS.subject, options: subjects, value: v.subject, error: errors.subject, required: true })}
${textField({ name: 'content', label: FIELD_LABELS.content, value: v.content, error: errors.content, required: true, rows: 6, maxlength: 5000, hint: 'Việc gì, ở đâu, khi nào; quý vị đề nghị nhà trường làm gì.' })}
<div class="field${photoError ? ' field--invalid' : ''}">
<label for="f-photo">${FIELD_LABELS.photo} <span class="muted">(không bắt buộc)</span></label>
<p class="hint" id="f-photo-hint">Ảnh JPEG, PNG, WebP hoặc GIF, tối đa 10 MB. Vị trí và thông tin máy chụp trong ảnh được xoá; ảnh không được công khai.</p>
${photoError ? html`<p class="error" id="f-photo-error">${photoError}</p>` : ''}${
    v.photoId ? html`<p class="notice notice--ok">Đã nhận ảnh quý vị chọn. Chọn ảnh khác nếu muốn thay.</p><input type="hidden" name="photoId" value="${v.photoId}">` : ''
  }<input type="file" id="f-photo" name="photo" accept="image/jpeg,image/png,image/webp,image/gif" aria-describedby="f-photo-hint${photoError ? ' f-photo-error' : ''}"${photoError ? raw(' aria-invalid="true"') : ''}>
</div>
<button class="btn" type="submit">Gửi phản ánh</button>
</form>`;
  return renderPage(ctx, {
    title: 'Gửi phản ánh, kiến nghị',
    path: '/gop-y',
    active: '/gop-y',
    description: `Gửi phản ánh, kiến nghị, góp ý và hiến kế tới ${ctx.school.name}; theo dõi bằng mã.`,
    body,
  });
}

const STEPS: readonly FeedbackStatus[] = ['new', 'received', 'processing', 'answered', 'published'];

function progress(status: FeedbackStatus): SafeHtml {
  if (status === 'rejected' || status === 'forwarded') {
    return html`<p><span class="badge">${FEEDBACK_STATUS_LABELS[status]}</span></p>`;
  }
  const at = STEPS.indexOf(status);
  return html`<ol class="steps" aria-label="Các bước xử lý">${STEPS.map((step, i) =>
    i === at
      ? html`<li aria-current="step">${FEEDBACK_STATUS_LABELS[step]} (hiện tại)</li>`
      : html`<li${i < at ? raw(' class="done"') : ''}>${FEEDBACK_STATUS_LABELS[step]}</li>`,
  )}</ol>`;
}

/** GET /gop-y/<code>: status, dates, the published answer — and after sending, the thank-you with the code. */
export function followPage(ctx: PublicContext, s: PublicFeedbackStatus, justSent: boolean): string {
  const url = absoluteUrl(ctx, `/gop-y/${s.code}`);
  const thanks = justSent
    ? html`<section class="notice notice--ok" aria-labelledby="cam-on"><h2 id="cam-on">Nhà trường đã nhận phản ánh của quý vị. Cảm ơn quý vị!</h2>
<p>Mã theo dõi:</p><p class="code">${s.code}</p>
<p>Hãy ghi lại mã này (hoặc chụp màn hình). Quý vị xem tình trạng xử lý và câu trả lời tại trang này: <a href="${url}">${url}</a>, hoặc mở <a href="${sitePath(ctx, '/gop-y/tra-cuu')}">Tra cứu</a> và nhập mã. Nếu quý vị để lại thư điện tử, mã cũng được gửi qua thư.</p></section>`
    : '';
  const answer = s.publishedAt
    ? html`<section class="card"><h2>Trả lời của nhà trường</h2>
${s.publicSummary ? html`<p><strong>Nội dung phản ánh (tóm tắt):</strong> ${s.publicSummary}</p>` : ''}${s.publicAnswer ? html`<p class="answer">${s.publicAnswer}</p>` : ''}<p class="muted">Công khai lúc ${dateTime(s.publishedAt, ctx)}</p></section>`
    : html`<p class="muted">Câu trả lời của nhà trường sẽ hiện ở đây khi được công khai. Nhà trường cũng trả lời trực tiếp theo thông tin liên hệ quý vị để lại.</p>`;
  const body = html`${PAGE_CSS}${thanks}<h1>Phản ánh ${s.code}</h1>
<section class="card"><dl class="facts">
<dt>Loại</dt><dd>${FEEDBACK_SUBJECT_LABELS[s.subject]}</dd>
<dt>Trạng thái</dt><dd><span class="badge">${FEEDBACK_STATUS_LABELS[s.status]}</span></dd>
<dt>Ngày gửi</dt><dd>${dateTime(s.createdAt, ctx)}</dd>
<dt>Cập nhật</dt><dd>${dateTime(s.updatedAt, ctx)}</dd>
${s.dueDate ? html`<dt>Hạn xử lý</dt><dd>${calendarDay(s.dueDate)}</dd>` : ''}</dl>
${progress(s.status)}</section>
${answer}
${lookupForm(ctx)}
<p><a href="${sitePath(ctx, '/gop-y')}">Gửi phản ánh khác</a></p>`;
  return renderPage(ctx, { title: `Phản ánh ${s.code}`, path: `/gop-y/${s.code}`, active: '/gop-y', noindex: true, body });
}

/** GET /gop-y/tra-cuu: the code form, with an error when what was typed cannot be a code or was not found. */
export function lookupPage(ctx: PublicContext, o: { value?: string; error?: string }): string {
  const body = html`${PAGE_CSS}<h1>Tra cứu phản ánh, kiến nghị</h1>
<p class="lead">Nhập mã theo dõi nhà trường đưa khi quý vị gửi phản ánh (có dạng GY-7K3Q).</p>
${o.error ? errorSummary({ ma: o.error }, { ma: 'Mã theo dõi' }) : ''}${lookupForm(ctx, o.value ?? '', o.error)}
<p><a href="${sitePath(ctx, '/gop-y')}">Gửi phản ánh mới</a></p>`;
  return renderPage(ctx, { title: 'Tra cứu phản ánh', path: '/gop-y/tra-cuu', active: '/gop-y', noindex: true, body });
}
