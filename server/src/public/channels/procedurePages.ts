import {
  CHANNEL_VI,
  FORM_FILLER_VI,
  SAMPLE_DATA_VI,
  STANDING_VI,
  buildProcedureIndex,
  gateSummary,
  groupBySituation,
  keepTogether,
  lookUpProcedures,
  standingNoticeVi,
  type ProcedureIndex,
} from '@bangtin/shared';
import { sitePath, type PublicContext } from '../context.ts';
import { html, type SafeHtml } from '../html.ts';
import { renderPage } from '../layout.ts';
import { CHANNEL_CSS, longDate, sourceLine } from './noticeView.ts';
import type { ProcedureItem } from './onAirToday.ts';

const pagePath = (p: ProcedureItem) => `/thu-tuc/${encodeURIComponent(p.code)}`;
/** The procedure's page as a link on this unit's site. */
const pageLink = (ctx: PublicContext, p: ProcedureItem) => sitePath(ctx, pagePath(p));
const kt = (text: string) => keepTogether(text);

/** The reception kiosk's index, rebuilt only when a procedure changes (keyed by ids@versions). */
export function createProcedureIndexCache() {
  let kept: { key: string; index: ProcedureIndex<ProcedureItem> } | null = null;
  return (items: readonly ProcedureItem[]) => {
    const key = items.map((p) => `${p.id}@${p.version}`).join(',');
    if (kept?.key !== key) kept = { key, index: buildProcedureIndex(items) };
    return kept.index;
  };
}

function procedureCard(ctx: PublicContext, p: ProcedureItem): SafeHtml {
  return html`<li class="card"><h3><a href="${pageLink(ctx, p)}">${kt(p.name)}</a>${p.sample ? html` <span class="badge badge--sample">${SAMPLE_DATA_VI}</span>` : ''}</h3><p class="muted">Mã ${p.code} · ${p.field}</p></li>`;
}

/** `/thu-tuc[?q=…]`: every published procedure, or the reception search's answer (works without JavaScript). */
export function renderProcedureList(ctx: PublicContext, items: readonly ProcedureItem[], index: ProcedureIndex<ProcedureItem>, query: string): string {
  const q = query.trim().slice(0, 200);
  const form = html`<form class="search" method="get" action="${sitePath(ctx, '/thu-tuc')}" role="search">
<div class="field"><label for="q">Tìm thủ tục</label><p class="hint" id="q-hint">Gõ có dấu hoặc không dấu, ví dụ: hỗ trợ ăn trưa</p>
<input type="search" id="q" name="q" value="${q}" aria-describedby="q-hint" autocomplete="off" enterkeyhint="search"></div>
<button class="btn" type="submit">Tìm</button></form>`;
  let results: SafeHtml;
  if (q) {
    const { hits, suggestions } = lookUpProcedures(index, q, 30);
    const suggest = suggestions.length
      ? html`<p class="notice">Có phải bạn muốn tìm ${suggestions.map((s, i) => html`${i ? ', ' : ''}<a href="${sitePath(ctx, `/thu-tuc?q=${encodeURIComponent(s)}`)}">${s}</a>`)}?</p>`
      : '';
    results = html`<h2 id="ket-qua">${hits.length ? `Tìm thấy ${hits.length} thủ tục cho “${q}”` : `Không tìm thấy thủ tục nào cho “${q}”`}</h2>${suggest}${
      hits.length ? html`<ul class="items">${hits.map((hit) => procedureCard(ctx, hit.item))}</ul>` : html`<p>Thử từ khác, hoặc <a href="${sitePath(ctx, '/thu-tuc')}">xem tất cả thủ tục</a>.</p>`
    }`;
  } else {
    const grouped = groupBySituation(items);
    results = html`${grouped.map(
      (g) => html`<h2>${g.situation.title}</h2><ul class="items">${g.items.map((p) => procedureCard(ctx, p))}</ul>`,
    )}<h2>Tất cả thủ tục (${items.length})</h2><ul class="items">${items.map((p) => procedureCard(ctx, p))}</ul>`;
  }
  const body = html`${CHANNEL_CSS}<h1>Thủ tục hành chính</h1>
<p class="lead">${kt('Các thủ tục hành chính nhà trường đang niêm yết công khai, đầy đủ thành phần theo Nghị định số 63/2010/NĐ-CP.')}</p>
${form}${results}`;
  return renderPage(ctx, {
    title: q ? `Tìm thủ tục: ${q}` : 'Thủ tục hành chính',
    path: '/thu-tuc',
    active: '/thu-tuc',
    description: 'Tra cứu thủ tục hành chính của nhà trường: hồ sơ, trình tự, thời hạn, phí, mẫu đơn, căn cứ pháp lý.',
    noindex: Boolean(q),
    ogImage: '/og/trang/thu-tuc.png',
    body,
  });
}

const section = (id: string, heading: string, content: SafeHtml | string | false) =>
  content ? html`<section class="card" aria-labelledby="${id}"><h2 id="${id}">${heading}</h2>${content}</section>` : '';
const list = (items: readonly string[]) => html`<ul>${items.map((s) => html`<li>${kt(s)}</li>`)}</ul>`;

/**
 * "1 bản chính, 1 bản sao" as the record says it (a count it does not give is left out). A zero beside a non-zero
 * count is left out too: "0 bản chính, 1 bản sao" made parents wonder what a zero asks of them; "1 bản sao" says it.
 */
function copiesText(d: ProcedureItem['dossier'][number]): string {
  const parts: [count: number | null, label: string][] = [
    [d.originals, 'bản chính'],
    [d.copies, 'bản sao'],
  ];
  const given = parts.filter(([count]) => count !== null);
  const shown = given.some(([count]) => count !== 0) ? given.filter(([count]) => count !== 0) : given;
  return shown.map(([count, label]) => `${count} ${label}`).join(', ');
}

/** The dossier as a list, not a three-column table: it must reflow on a phone at 200 % zoom. */
function dossierList(p: ProcedureItem): SafeHtml | false {
  if (p.dossier.length === 0 && !p.dossierSets && !p.dossierNote) return false;
  const rows = p.dossier.map((d) => {
    const copies = copiesText(d);
    return html`<li>${d.group ? html`<span class="muted">${kt(d.group)}:</span> ` : ''}${kt(d.document)}${copies ? html` <span class="badge">${copies}</span>` : ''}</li>`;
  });
  return html`${p.dossier.length ? html`<ul class="dossier">${rows}</ul>` : ''}${p.dossierSets ? html`<p>Số lượng hồ sơ: ${p.dossierSets}</p>` : ''}${
    p.dossierNote ? html`<p>${kt(p.dossierNote)}</p>` : ''
  }`;
}

/** `/thu-tuc/<code>`: the whole record, in the order of NĐ 63/2010/NĐ-CP Điều 8 khoản 2, then its legal standing. */
export function renderProcedurePage(ctx: PublicContext, p: ProcedureItem): string {
  const zone = ctx.school.timezone;
  const s = gateSummary(p);
  const summary = html`<section class="card" aria-labelledby="tom-tat"><h2 id="tom-tat">Tóm tắt</h2><dl>
${s.amount ? html`<dt>${s.amount.label ?? (s.amount.kind === 'fee' ? 'Lệ phí' : 'Mức hỗ trợ')}</dt><dd>${kt(s.amount.value)}</dd>` : ''}
<dt>Ai được làm</dt><dd>${list(s.who)}</dd><dt>Nộp ở đâu</dt><dd>${kt(s.where)} (${s.channels.map((c) => CHANNEL_VI[c]).join(', ')})</dd>
<dt>${s.deadline.kind === 'filing' ? 'Thời hạn nộp' : 'Thời hạn giải quyết'}</dt><dd>${kt(s.deadline.text)}</dd></dl></section>`;
  const steps = html`<ol>${p.steps.map((st) => html`<li>${kt(st.description)}${st.timeLimit ? html` <span class="muted">(${kt(st.timeLimit)})</span>` : ''}</li>`)}</ol>`;
  const channels = html`<ul>${p.channels.map(
    (c) => html`<li><strong>${CHANNEL_VI[c.channel]}</strong>${c.timeLimit ? html` — thời hạn: ${kt(c.timeLimit)}` : ''}${c.fee ? html`; phí, lệ phí: ${kt(c.fee)}` : ''}${c.note ? html`. ${kt(c.note)}` : ''}</li>`,
  )}</ul>`;
  const agency = html`<p>${kt(p.agency)}</p>${p.receivingAddress ? html`<p>Nơi tiếp nhận: ${kt(p.receivingAddress)}</p>` : ''}`;
  const template = (t: { name: string; url?: string | undefined }) => (t.url ? html`<a href="${t.url}" rel="nofollow noopener">${t.name}</a>` : kt(t.name));
  const forms = p.forms.length
    ? html`<ul>${p.forms.map((f) => html`<li>${template(f)} <span class="muted">— ${FORM_FILLER_VI[f.filledBy]}</span></li>`)}</ul>`
    : 'Không có mẫu đơn, tờ khai.';
  const resultTemplates = p.resultTemplates.length ? html`<ul>${p.resultTemplates.map((t) => html`<li>${template(t)}</li>`)}</ul>` : false;
  // A procedure no longer in force says so first: a parent must not file under a replaced or abolished procedure.
  const standing = standingNoticeVi(p.standing);
  const legal = html`<ul>${p.legalBasis.map((l) => html`<li><strong>${kt(l.number)}</strong> — ${kt(l.title)}</li>`)}</ul>`;
  const decision = html`<p>Quyết định công bố số ${kt(p.publishingDecision.number)}${p.publishingDecision.date ? html` ngày ${longDate(p.publishingDecision.date, zone).replace(/^.*?ngày /, '')}` : ''}.</p>`;
  const body = html`${CHANNEL_CSS}<p><a href="${sitePath(ctx, '/thu-tuc')}">← Tất cả thủ tục</a></p>
<p class="meta"><span class="badge">Mã thủ tục ${p.code}</span>${p.sample ? html`<span class="badge badge--sample">${SAMPLE_DATA_VI}</span>` : ''}</p>
<h1>${kt(p.name)}</h1>
${standing ? html`<p class="notice notice--warn" role="note"><strong>${STANDING_VI[p.standing.state]}.</strong> ${standing}${p.standing.note ? ` ${p.standing.note}` : ''}</p>` : ''}
<p class="muted">Lĩnh vực: ${p.field}${p.procedureType ? html` · Loại thủ tục: ${p.procedureType}` : ''}${p.level.length ? html` · Cấp thực hiện: ${p.level.join(', ')}` : ''}</p>
${summary}
${section('trinh-tu', 'Trình tự thực hiện', steps)}
${section('cach-thuc', 'Cách thức thực hiện', channels)}
${section('ho-so', 'Thành phần, số lượng hồ sơ', dossierList(p))}
${section('thoi-han', 'Thời hạn giải quyết', html`<p>${kt(p.timeLimit)}</p>`)}
${section('doi-tuong', 'Đối tượng thực hiện', list(p.applicants))}
${section('co-quan', 'Cơ quan thực hiện', agency)}
${section('ket-qua', 'Kết quả thực hiện', html`<p>${kt(p.result.name)}${p.result.code ? ` (${p.result.code})` : ''}</p>`)}
${section('le-phi', 'Phí, lệ phí', html`<p>${kt(p.fees)}</p>`)}
${section('mau-don', 'Mẫu đơn, mẫu tờ khai', forms)}
${section('mau-ket-qua', 'Mẫu kết quả', resultTemplates)}
${section('dieu-kien', 'Yêu cầu, điều kiện thực hiện', p.conditions ? html`<p>${kt(p.conditions)}</p>` : 'Không có.')}
${section('can-cu', 'Căn cứ pháp lý', legal)}
${section('cong-bo', 'Quyết định công bố', decision)}
${section('ghi-chu', 'Ghi chú', p.notes ? html`<p>${kt(p.notes)}</p>` : false)}
<p class="muted">Ngày kiểm tra lại với Cơ sở dữ liệu quốc gia: ${longDate(p.lastChecked, zone)}.</p>
${sourceLine(p)}
<p class="actions"><a class="btn" href="${sitePath(ctx, `/in/thu-tuc/${encodeURIComponent(p.code)}`)}">In bản niêm yết (A4)</a>${
    p.portalUrl ? html`<a class="btn-secondary" href="${p.portalUrl}" rel="noopener">Xem trên Cổng Dịch vụ công quốc gia</a>` : ''
  }</p>`;
  return renderPage(ctx, {
    title: p.name,
    path: pagePath(p),
    active: '/thu-tuc',
    description: `Thủ tục ${p.code}: ${s.who.join('; ')}. ${s.deadline.kind === 'filing' ? 'Thời hạn nộp' : 'Thời hạn giải quyết'}: ${s.deadline.text}.`.slice(0, 300),
    ogImage: `/og/${p.id}.png`,
    ogType: 'article',
    body,
  });
}
