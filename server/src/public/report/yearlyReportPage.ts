import { CONTENT_TYPE_VI, formatLongDateVi, formatNumberVi, formatPercentVi, formatShortDateVi, SATISFACTION_FORMULA, type PlanReport } from '@bangtin/shared';
import { sitePath, type PublicContext } from '../context.ts';
import { html, type SafeHtml } from '../html.ts';
import { OFFICIAL_HEADING_CSS, officialHeading } from '../official.ts';

/** How many items each area lists by name before "… và N nội dung khác" (the document stays a few pages). */
const ITEMS_NAMED = 8;

const hours = (h: number) => formatNumberVi(h, 2);
const measured = (value: number | null, digits?: number) => (value === null ? 'chưa có số liệu' : formatNumberVi(value, digits));
const targetText = (value: number | null, digits?: number) => (value === null ? '—' : formatNumberVi(value, digits));

/** Print CSS: A4 portrait, 2 cm margins as NĐ 30/2020 asks (top/bottom 2 cm, left 3 cm, right 2 cm), Be Vietnam Pro. */
const PRINT_CSS = `@page{size:A4 portrait;margin:20mm 20mm 20mm 30mm}
html,body{background:#fff;color:#000}
body{font-family:'Be Vietnam Pro',system-ui,sans-serif;font-size:12.5pt;line-height:1.45;margin:0;padding:0}
.report{max-width:170mm;margin:0 auto;padding:8mm 0}
.doc-number{display:grid;grid-template-columns:1fr 1.5fr;text-align:center;margin:0 0 1rem}
.doc-number p{margin:0}.doc-number .place{font-style:italic}
.report h1{font-size:14pt;text-align:center;margin:1.2rem 0 0.2rem;text-transform:uppercase}
.report .subtitle{text-align:center;font-weight:700;margin:0 0 1rem}
.report h2{font-size:13pt;margin:1.1rem 0 0.4rem}
.report h3{font-size:12.5pt;margin:0.9rem 0 0.3rem;break-after:avoid}
.report table{width:100%;border-collapse:collapse;margin:0.3rem 0 0.6rem;font-size:11pt;break-inside:auto}
.report th,.report td{border:1px solid #000;padding:2pt 4pt;text-align:left;vertical-align:top}
.report thead th{background:#eee}
.report td.n,.report th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.report tr{break-inside:avoid}
.report .area{break-inside:auto}
.report .note{font-size:10.5pt;font-style:italic}
.signature{display:grid;grid-template-columns:1fr 1fr;margin-top:1.5rem;break-inside:avoid}
/* The last paragraph goes with the signature: the principal never signs a page that says nothing else. */
.closing{break-inside:avoid}
.signature .recipients{font-size:10.5pt}.signature .recipients p{margin:0}
.signature .signer{text-align:center}.signature .signer p{margin:0}.signature .space{height:22mm}
.actions{display:flex;gap:0.6rem;justify-content:center;margin:1rem 0}
.actions a,.actions button{font:inherit;padding:0.5rem 1rem;border:1px solid #0b4f8a;border-radius:6px;color:#0b4f8a;background:#fff;text-decoration:none;cursor:pointer}
@media print{.actions{display:none}.report{padding:0}}
${OFFICIAL_HEADING_CSS}
.official-heading{font-size:11.5pt;grid-template-columns:1fr 1.5fr;gap:0.5rem}
.official-heading__motto-1{white-space:nowrap}
.report td.t{white-space:nowrap}`;

function periodText(report: PlanReport): string {
  const whole = report.from === `${report.year}-01-01` && report.to === `${report.year}-12-31`;
  return whole ? `năm ${report.year}` : `từ ngày ${formatShortDateVi(report.from)} đến ngày ${formatShortDateVi(report.to)}`;
}

function targetsTable(line: PlanReport['areas'][number]): SafeHtml {
  const row = (label: string, target: string, actual: string) => html`<tr><td>${label}</td><td class="n">${target}</td><td class="n">${actual}</td></tr>`;
  return html`<table><thead><tr><th>Chỉ tiêu</th><th class="n">Kế hoạch</th><th class="n">Thực hiện</th></tr></thead><tbody>
${row('Giờ hiển thị trên màn hình', targetText(line.screenHours.target), hours(line.screenHours.actual ?? 0))}
${row('Nội dung mới được duyệt', targetText(line.newItems.target), measured(line.newItems.actual))}
${row('Phản ánh, kiến nghị trả lời đúng hạn', targetText(line.feedbackAnsweredOnTime.target), measured(line.feedbackAnsweredOnTime.actual))}
${row('Phiếu khảo sát sự hài lòng', targetText(line.surveyResponses.target), measured(line.surveyResponses.actual))}
</tbody></table>
<p>Giờ hiển thị theo quý: ${line.screenHoursByQuarter.map((h, i) => `Quý ${['I', 'II', 'III', 'IV'][i]}: ${hours(h)}`).join('; ')}.</p>`;
}

function areaSection(line: PlanReport['areas'][number]): SafeHtml {
  const hasTarget = [line.screenHours.target, line.newItems.target, line.feedbackAnsweredOnTime.target, line.surveyResponses.target].some((v) => v !== null);
  const named = line.items.slice(0, ITEMS_NAMED);
  const more = line.items.length - named.length;
  return html`<section class="area">
<h3>${line.area}. ${line.label}</h3>
${hasTarget || line.plays > 0 ? targetsTable(line) : html`<p>Không đặt chỉ tiêu và không có nội dung hiển thị trong kỳ.</p>`}
${line.byScreen.length > 0
    ? html`<p>Thời lượng theo màn hình: ${line.byScreen.map((s) => `${s.screenName}: ${hours(s.seconds / 3600)} giờ (${formatNumberVi(s.plays)} lượt)`).join('; ')}.</p>`
    : ''}
${named.length > 0
    ? html`<table><thead><tr><th>Nội dung đã tuyên truyền</th><th>Loại</th><th class="n">Lượt</th><th class="n">Giờ</th></tr></thead><tbody>
${named.map((i) => html`<tr><td>${i.label}${i.isNew ? ' (mới)' : ''}</td><td class="t">${CONTENT_TYPE_VI[i.type]}</td><td class="n">${formatNumberVi(i.plays)}</td><td class="n">${hours(i.seconds / 3600)}</td></tr>`)}
</tbody></table>${more > 0 ? html`<p class="note">… và ${more} nội dung khác (xem tệp CSV).</p>` : ''}`
    : ''}
</section>`;
}

/** Section III: what parents sent and how the school answered, and how satisfied they said they were. */
function voiceSection(voice: NonNullable<PlanReport['voice']>): SafeHtml {
  const index = voice.satisfactionIndex === null ? 'chưa có phiếu trả lời trong kỳ' : formatPercentVi(voice.satisfactionIndex, 2);
  return html`<table><tbody>
<tr><td>Phản ánh, kiến nghị tiếp nhận trong kỳ</td><td class="n">${formatNumberVi(voice.feedbackReceived)}</td></tr>
<tr><td>Phản ánh, kiến nghị đã trả lời trong kỳ</td><td class="n">${formatNumberVi(voice.feedbackAnswered)}</td></tr>
<tr><td>— trong đó trả lời đúng hạn</td><td class="n">${formatNumberVi(voice.feedbackAnsweredOnTime)}</td></tr>
<tr><td>Phiếu khảo sát sự hài lòng</td><td class="n">${formatNumberVi(voice.surveyResponses)}</td></tr>
<tr><td>Chỉ số hài lòng chung</td><td class="n">${index}</td></tr>
</tbody></table>
<p class="note">${SATISFACTION_FORMULA}</p>`;
}

/** The yearly (or period) report of the communication plan, in the layout of an administrative document. */
export function renderYearlyReport(ctx: PublicContext, report: PlanReport, links: { csv: string }): string {
  const { school } = ctx;
  const period = periodText(report);
  const title = report.plan?.title || `Kế hoạch tuyên truyền CCHC năm ${report.year}`;
  const doc = html`<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Báo cáo kết quả tuyên truyền CCHC ${period} — ${school.name}</title>
<link rel="stylesheet" href="/site/site.css">
<style>${PRINT_CSS}</style>
</head>
<body>
<main class="report">
<div class="actions"><a href="${links.csv}" download>Tải CSV</a><a href="${sitePath(ctx, '/admin/ke-hoach')}">Về trang kế hoạch</a></div>
${officialHeading(ctx)}
<div class="doc-number"><p>Số:&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;/BC-</p><p class="place">……, ngày …… tháng …… năm ……</p></div>
<h1>Báo cáo</h1>
<p class="subtitle">Kết quả thực hiện công tác thông tin, tuyên truyền cải cách hành chính ${period}</p>
<p>Thực hiện ${title}${report.plan ? '' : ' (nhà trường chưa nhập chỉ tiêu cho năm này)'}, ${school.name} báo cáo kết quả thông tin, tuyên truyền CCHC trên các màn hình điện tử của nhà trường ${period} như sau:</p>
<h2>I. Kết quả chung</h2>
<table><tbody>
<tr><td>Tổng thời lượng hiển thị nội dung tuyên truyền</td><td class="n">${hours(report.totals.seconds / 3600)} giờ</td></tr>
<tr><td>Tổng số lượt hiển thị</td><td class="n">${formatNumberVi(report.totals.plays)}</td></tr>
<tr><td>Nội dung mới được duyệt trong kỳ</td><td class="n">${formatNumberVi(report.totals.newItems)}</td></tr>
</tbody></table>
<h2>II. Kết quả theo từng nội dung của kế hoạch</h2>
${report.areas.map(areaSection)}
<h2>III. Tiếp nhận, trả lời phản ánh, kiến nghị và khảo sát sự hài lòng</h2>
${report.voice ? voiceSection(report.voice) : html`<p>${report.areas.some((a) => a.feedbackAnsweredOnTime.actual !== null || a.surveyResponses.actual !== null)
    ? 'Số liệu theo từng lĩnh vực ở mục II.'
    : 'Số phản ánh, kiến nghị đã tiếp nhận, trả lời đúng hạn và chỉ số hài lòng được bổ sung khi các chức năng Góp ý và Khảo sát của Bảng tin đi vào hoạt động.'}</p>`}
<div class="closing">
<p class="note">Số liệu thời lượng lấy từ nhật ký hiển thị của các màn hình đã ghép nối, tính đến ${formatLongDateVi(new Date(`${report.asOf}T12:00:00Z`), report.timezone)}. Một nội dung thuộc hai lĩnh vực được tính ở cả hai; các số ở mục I tính mỗi lượt một lần.</p>
<div class="signature">
<div class="recipients"><p><strong><em>Nơi nhận:</em></strong></p><p>- ${school.parentAgency || 'Cơ quan quản lý cấp trên'};</p><p>- Lưu: VT.</p></div>
<div class="signer"><p><strong>HIỆU TRƯỞNG</strong></p><p class="space"></p><p>&nbsp;</p></div>
</div>
</div>
</main>
</body>
</html>
`;
  return doc.value;
}
