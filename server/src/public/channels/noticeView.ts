import {
  CONTENT_TYPE_VI,
  INDEX_VI,
  SAMPLE_DATA_VI,
  contentLabel,
  formatLongDateVi,
  formatNumberVi,
  formatPercentVi,
  formatRankVi,
  formatSignedVi,
  keepTogether,
  sourceLabel,
  type ContentItem,
} from '@bangtin/shared';
import { sitePath, type PublicContext } from '../context.ts';
import { html, type SafeHtml } from '../html.ts';
import { renderMarkdown } from './markdown.ts';
import type { NoticeItem } from './onAirToday.ts';

/** A school-calendar date (YYYY-MM-DD) as NĐ 30/2020 writes it: "Thứ Bảy, ngày 28 tháng 11 năm 2026". */
export function longDate(isoDate: string, timeZone: string): string {
  // Noon UTC is the same calendar day in every timezone a Vietnamese school uses.
  return formatLongDateVi(new Date(`${isoDate.slice(0, 10)}T12:00:00Z`), timeZone);
}

export const noticeTitle = (item: NoticeItem): string => (item.type === 'slogan' ? CONTENT_TYPE_VI.slogan : contentLabel(item));

/** A score as the results slide writes it: DTI on 0..1 with four decimals, percentages "92,57%", else with its unit. */
function scoreText(item: Extract<NoticeItem, { type: 'indexResult' }>): string {
  if (item.score === null) return 'Chưa công bố';
  if (item.index === 'DTI' && Math.abs(item.score) <= 1) return formatNumberVi(item.score, 4);
  if (item.unit === '%') return formatPercentVi(item.score);
  return item.unit ? `${formatNumberVi(item.score)} ${item.unit}` : formatNumberVi(item.score);
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
/** Rendered Markdown back to its words (for summaries): tags dropped, the escaper's entities read back. */
const plainText = (markup: string) => markup.replace(/<\/(?:p|li|h\d|blockquote|td|th)>/g, ' ').replace(/<[^>]*>/g, '').replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e] ?? e);

/** One line for lists, feeds and share descriptions (plain text). */
export function noticeSummary(item: NoticeItem, max = 200): string {
  const text = (() => {
    switch (item.type) {
      case 'announcement':
        return plainText(renderMarkdown(item.body).value);
      case 'slogan':
        return [item.text, item.attribution].filter(Boolean).join(' — ');
      case 'indexResult':
        return `${INDEX_VI[item.index].name} năm ${item.year}: ${scoreText(item)}${item.rank ? `, xếp hạng ${formatRankVi(item.rank, item.rankOf)}` : ''}.`;
      case 'commendation':
        return item.achievement;
    }
  })().replace(/\s+/g, ' ').trim();
  return text.length > max ? `${text.slice(0, text.lastIndexOf(' ', max - 1)).replace(/[,;:.]$/, '')}…` : text;
}

const media = (src: string | undefined, alt: string) => (src ? html`<img class="notice-img" src="${src}" alt="${alt}" loading="lazy">` : '');

function indexFacts(item: Extract<NoticeItem, { type: 'indexResult' }>): SafeHtml {
  const rows: [string, string][] = [
    ['Chỉ số', `${INDEX_VI[item.index].name} (${INDEX_VI[item.index].short})`],
    ['Đơn vị được đánh giá', item.scope],
    ['Năm', String(item.year)],
    ['Kết quả', scoreText(item)],
  ];
  if (item.rank) rows.push(['Xếp hạng', formatRankVi(item.rank, item.rankOf)]);
  if (item.changePoints !== null) rows.push(['So với năm trước', `${formatSignedVi(item.changePoints)} điểm`]);
  if (item.changePlaces !== null) rows.push(['Thay đổi thứ hạng', `${formatSignedVi(item.changePlaces)} bậc`]);
  if (item.group) rows.push(['Nhóm', item.group]);
  return html`<table class="facts"><tbody>${rows.map(([k, v]) => html`<tr><th scope="row">${k}</th><td>${keepTogether(v)}</td></tr>`)}</tbody></table>${
    item.note ? html`<p>${keepTogether(item.note)}</p>` : ''
  }`;
}

/** The item's whole content, as the slide says it, for its own page. */
export function noticeBody(ctx: Pick<PublicContext, 'base'>, item: NoticeItem): SafeHtml {
  switch (item.type) {
    case 'announcement':
      return html`${media(item.imageUrl, '')}<div class="prose">${renderMarkdown(item.body, ctx.base)}</div>`;
    case 'slogan':
      return html`<blockquote class="slogan slogan--${item.theme}"><p>${keepTogether(item.text)}</p>${
        item.attribution ? html`<footer>${keepTogether(item.attribution)}</footer>` : ''
      }</blockquote>`;
    case 'indexResult':
      return indexFacts(item);
    case 'commendation':
      return html`${media(item.photoUrl, `Ảnh ${item.name}`)}<p class="lead">${keepTogether(item.achievement)}</p>`;
  }
}

/** "Dữ liệu mẫu" beside facts not yet re-checked, as on the screens. */
export const sampleBadge = (item: Pick<ContentItem, 'sample'>) => (item.sample ? html` <span class="badge badge--sample">${SAMPLE_DATA_VI}</span>` : '');

export const sourceLine = (item: Pick<ContentItem, 'source'>) =>
  item.source ? html`<p class="muted">Nguồn: ${/^https?:\/\//.test(item.source) ? html`<a href="${item.source}" rel="nofollow noopener">${sourceLabel(item.source)}</a>` : sourceLabel(item.source)}</p>` : '';

/** A card in the list: the title links to the item's permanent page. */
export function noticeCard(ctx: Pick<PublicContext, 'base'>, item: NoticeItem): SafeHtml {
  const heading = item.type === 'slogan' ? keepTogether(item.text) : keepTogether(noticeTitle(item));
  const summary = item.type === 'slogan' ? item.attribution : noticeSummary(item);
  return html`<li class="card"><h3><a href="${sitePath(ctx, `/thong-bao/${item.id}`)}">${heading}</a>${sampleBadge(item)}</h3>${summary ? html`<p>${summary}</p>` : ''}</li>`;
}

/** Page-specific styles shared by the notice and procedure pages (kept small: the 30 KB budget). */
export const CHANNEL_CSS = html`<style>
.items{list-style:none;margin:0;padding:0}.items h3{margin:0 0 .35rem}.items p{margin:.2rem 0 0}
.badge--sample{background:#fff4d6;color:#5c4300}
.notice-img{display:block;border-radius:.4rem;margin:0 0 1rem}
.slogan{margin:0;padding:1.25rem;border-radius:.6rem;background:#700e13;color:#ffd866;font-size:1.35rem;font-weight:700;text-align:center}
.slogan--blue{background:#12305f;color:#fff}.slogan--green{background:#0d4029;color:#fffbea}.slogan--gold{background:#f7e6b0;color:#6b0d11}
.slogan footer{font-size:1rem;font-weight:400;margin-top:.5rem}
.facts th{width:40%;background:#f0f2f5}dt{font-weight:700;margin-top:.5rem}dd{margin:0}dd ul{margin:0;padding-left:1.2rem}.prose img{display:none}
.dossier li{margin-bottom:.6rem}.meta{display:flex;flex-wrap:wrap;gap:.4rem .8rem;align-items:center}
.actions{display:flex;flex-wrap:wrap;gap:.6rem;margin:1.2rem 0}
.search{display:flex;flex-wrap:wrap;gap:.5rem;align-items:flex-end}.search .field{flex:1 1 14rem;margin:0}
</style>`;
