import {
  CHANNEL_VI,
  FORM_FILLER_VI,
  formatShortDateVi,
  keepTogether,
  standingNoticeVi,
  type ContentOf,
} from '@bangtin/shared';
import { html, type SafeHtml } from '../html.ts';

type Procedure = ContentOf<'procedure'>;

/** Wall text keeps "105/2020/NĐ-CP", "24 ngày làm việc", "UBND phường Tương Mai" on one line, as on the screens. */
const t = (text: string) => keepTogether(text);

/** A component's text, one paragraph per line of the record. */
const paragraphs = (text: string): SafeHtml[] =>
  text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => html`<p>${t(line)}</p>`);

const section = (title: string, content: SafeHtml | SafeHtml[]) => html`<section><h2>${title}</h2>${content}</section>`;

const count = (n: number | null) => (n === null ? '—' : String(n));

function steps(p: Procedure): SafeHtml {
  return html`<ol>${p.steps.map(
    (s, i) => html`<li><strong>Bước ${i + 1}:</strong> ${t(s.description)}${s.timeLimit ? html` <span class="time">(Thời hạn: ${t(s.timeLimit)})</span>` : ''}</li>`,
  )}</ol>`;
}

/**
 * The portal's "Cách thức thực hiện" table; a column only when some row fills it. When every way of filing has the
 * same time, fee and note (the usual case), one line says it instead of a table repeating the same cell.
 */
function channels(p: Procedure): SafeHtml {
  const [first] = p.channels;
  const same = first !== undefined && p.channels.every((c) => c.timeLimit === first.timeLimit && c.fee === first.fee && c.note === first.note);
  if (same) {
    return html`<p><strong>${p.channels.map((c) => CHANNEL_VI[c.channel]).join('; ')}.</strong>${first.timeLimit ? html` Thời hạn giải quyết: ${t(first.timeLimit)}.` : ''}${first.fee ? html` Phí, lệ phí: ${t(first.fee)}.` : ''}${first.note ? html` ${t(first.note)}` : ''}</p>`;
  }
  const withFee = p.channels.some((c) => c.fee);
  const withNote = p.channels.some((c) => c.note);
  return html`<table><thead><tr><th>Hình thức nộp</th><th>Thời hạn giải quyết</th>${withFee ? html`<th>Phí, lệ phí</th>` : ''}${withNote ? html`<th>Mô tả</th>` : ''}</tr></thead><tbody>${p.channels.map(
    (c) =>
      html`<tr><td>${CHANNEL_VI[c.channel]}</td><td>${t(c.timeLimit) || '—'}</td>${withFee ? html`<td>${t(c.fee) || '—'}</td>` : ''}${withNote ? html`<td>${t(c.note)}</td>` : ''}</tr>`,
  )}</tbody></table>`;
}

/** "Thành phần hồ sơ": numbered documents with their counts; a group title starts each run of the same group. */
function dossier(p: Procedure): SafeHtml {
  const rows = p.dossier.flatMap((row, i) => [
    row.group && row.group !== p.dossier[i - 1]?.group ? html`<tr class="group"><th colspan="4">${t(row.group)}</th></tr>` : '',
    html`<tr><td class="num">${i + 1}</td><td>${t(row.document)}</td><td class="num">${count(row.originals)}</td><td class="num">${count(row.copies)}</td></tr>`,
  ]);
  const table =
    p.dossier.length > 0
      ? html`<table><thead><tr><th class="num">TT</th><th>Tên giấy tờ</th><th class="num">Bản chính</th><th class="num">Bản sao</th></tr></thead><tbody>${rows}</tbody></table>`
      : '';
  return html`${table}${p.dossierSets ? html`<p><strong>Số lượng hồ sơ:</strong> ${t(p.dossierSets)}</p>` : ''}${paragraphs(p.dossierNote)}`;
}

function agency(p: Procedure): SafeHtml {
  return html`${paragraphs(p.agency)}${p.receivingAddress ? html`<p><strong>Địa điểm tiếp nhận hồ sơ:</strong> ${t(p.receivingAddress)}</p>` : ''}`;
}

function result(p: Procedure): SafeHtml {
  const templates = p.resultTemplates.map((f) => html`<li>${t(f.name)}${f.url ? html` — ${f.url}` : ''}</li>`);
  return html`<p>${t(p.result.name)}${p.result.code ? ` (${p.result.code})` : ''}</p>${templates.length > 0 ? html`<p><strong>Mẫu kết quả:</strong></p><ul>${templates}</ul>` : ''}`;
}

/** The law wants forms right after the procedure: each with who fills it and where to download it. */
function forms(p: Procedure): SafeHtml {
  return html`<ul>${p.forms.map((f) => html`<li>${t(f.name)} <em>(${FORM_FILLER_VI[f.filledBy]})</em>${f.url ? html`<br>Tải về: <span class="poster-url">${f.url}</span>` : ''}</li>`)}</ul>`;
}

function legal(p: Procedure): SafeHtml {
  const decision = p.publishingDecision.date
    ? `${p.publishingDecision.number} ngày ${formatShortDateVi(p.publishingDecision.date)}`
    : p.publishingDecision.number;
  return html`<ul>${p.legalBasis.map((l) => html`<li><strong>${t(l.number)}</strong> — ${t(l.title)}</li>`)}</ul><p><strong>Quyết định công bố:</strong> ${t(decision)}</p>`;
}

/**
 * How much text the record puts on paper. A long record (7 steps, 5 groups of documents) is set a size smaller so
 * it still fits two A4 pages; print has no script to measure with, so the server estimates from the text length.
 */
export function isLongRecord(p: Procedure): boolean {
  const texts = [p.name, p.agency, p.timeLimit, p.fees, p.conditions, p.notes, p.dossierNote, p.result.name];
  const rows = [...p.steps.flatMap((s) => [s.description, s.timeLimit]), ...p.dossier.flatMap((d) => [d.group, d.document]), ...p.forms.map((f) => f.name), ...p.legalBasis.map((l) => l.title)];
  return [...texts, ...rows].join(' ').length > LONG_RECORD_CHARS;
}
/** 1.014336 (≈ 1.500 characters) prints at the full size on one to two pages; 1.001622 (≈ 4.100) needs the smaller. */
const LONG_RECORD_CHARS = 3000;

/**
 * The procedure as the Quyết định công bố lays it out (NĐ 63/2010/NĐ-CP Điều 8 khoản 2, Điều 15): every
 * component, numbered; an optional component (forms, result template, conditions, notes) only when the record has
 * it — a blank heading on a wall reads as "nothing needed". The head carries code, field, level and type.
 */
export function procedurePosterBody(p: Procedure, qr: SafeHtml, posted: SafeHtml): SafeHtml {
  const meta = [
    html`<span>Mã thủ tục: <strong>${p.code}</strong></span>`,
    p.field && html`<span>Lĩnh vực: ${p.field}</span>`,
    p.level.length > 0 && html`<span>Cấp thực hiện: ${p.level.join(', ')}</span>`,
    p.procedureType && html`<span>Loại thủ tục: ${p.procedureType}</span>`,
  ];
  const notice = standingNoticeVi(p.standing);
  // null = an optional component the record does not have.
  const components: [title: string, content: SafeHtml | SafeHtml[] | null][] = [
    ['Trình tự thực hiện', steps(p)],
    ['Cách thức thực hiện', channels(p)],
    ['Thành phần, số lượng hồ sơ', dossier(p)],
    ['Thời hạn giải quyết', paragraphs(p.timeLimit)],
    ['Đối tượng thực hiện thủ tục hành chính', html`<ul>${p.applicants.map((a) => html`<li>${t(a)}</li>`)}</ul>`],
    ['Cơ quan thực hiện thủ tục hành chính', agency(p)],
    ['Kết quả thực hiện thủ tục hành chính', result(p)],
    ['Phí, lệ phí', paragraphs(p.fees)],
    ['Mẫu đơn, mẫu tờ khai', p.forms.length > 0 ? forms(p) : null],
    ['Yêu cầu, điều kiện thực hiện', p.conditions ? paragraphs(p.conditions) : null],
    ['Căn cứ pháp lý', legal(p)],
    ['Ghi chú', p.notes ? paragraphs(p.notes) : null],
  ];
  const present = components.filter((c): c is [string, SafeHtml | SafeHtml[]] => c[1] !== null).map(([title, content], i) => section(`${i + 1}. ${title}`, content));
  // Two columns use an A4 sheet far better for steps and short lists; the documents table needs the full width to
  // stay readable, so it stands between two column blocks (a CSS column-span spanner would get the column rule
  // painted through it in Chromium).
  const dossierAt = 2;
  return html`<p class="poster-kicker">THỦ TỤC HÀNH CHÍNH</p>
<div class="poster-head"><div><h1>${t(p.name)}</h1><p class="poster-meta">${meta}</p>${posted}</div>${qr}</div>
${notice ? html`<p class="poster-standing" role="note">${notice}${p.standing.note ? ` ${p.standing.note}` : ''}</p>` : ''}
<div class="poster-columns">${present.slice(0, dossierAt)}</div>
${present[dossierAt]}
<div class="poster-columns">${present.slice(dossierAt + 1)}</div>`;
}
