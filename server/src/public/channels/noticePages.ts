import { calendarDate, CONTENT_TYPE_VI, keepTogether } from '@bangtin/shared';
import { html } from '../html.ts';
import { sitePath, type PublicContext } from '../context.ts';
import { renderPage } from '../layout.ts';
import type { PlanningData } from '../../domain/planningData.ts';
import { CHANNEL_CSS, longDate, noticeBody, noticeCard, noticeSummary, noticeTitle, sampleBadge, sourceLine } from './noticeView.ts';
import { NOTICE_GROUPS, type NoticeItem } from './onAirToday.ts';

/** `/thong-bao`: what the school's screens show today, grouped as the plan names its channels' content. */
export function renderNoticeList(ctx: PublicContext, onAir: readonly NoticeItem[]): string {
  const today = calendarDate(ctx.now, ctx.school.timezone);
  const groups = NOTICE_GROUPS.map(([type, heading]) => ({ type, heading, items: onAir.filter((item) => item.type === type) })).filter(
    (group) => group.items.length > 0,
  );
  const body = html`${CHANNEL_CSS}<h1>Thông báo của nhà trường</h1>
<p class="lead">Những gì đang hiển thị trên bảng tin điện tử của trường hôm nay, ${keepTogether(longDate(today, ctx.school.timezone))}.</p>
${
  groups.length === 0
    ? html`<p class="notice">Hôm nay bảng tin chưa có thông báo nào. Mời quý phụ huynh xem <a href="${sitePath(ctx, '/thu-tuc')}">các thủ tục hành chính</a>.</p>`
    : groups.map(
        (group) => html`<section aria-labelledby="nhom-${group.type}"><h2 id="nhom-${group.type}">${group.heading}</h2><ul class="items">${group.items.map((item) => noticeCard(ctx, item))}</ul></section>`,
      )
}
<p class="muted">Theo dõi trên cổng thông tin: <a href="${sitePath(ctx, '/feed.xml')}">Atom</a> · <a href="${sitePath(ctx, '/feed.json')}">JSON Feed</a></p>
<p><a href="${sitePath(ctx, '/admin/')}">Đăng nhập cán bộ</a></p>`;
  return renderPage(ctx, { title: 'Thông báo', path: '/thong-bao', active: '/thong-bao', ogImage: '/og/trang/thong-bao.png', body });
}

/** `/thong-bao/<id>`: one item's permanent page (whether or not it still plays today). */
export function renderNoticePage(ctx: PublicContext, item: NoticeItem, playingToday: boolean, data: Pick<PlanningData, 'school'>): string {
  const zone = data.school.timezone;
  const title = noticeTitle(item);
  const body = html`${CHANNEL_CSS}<p><a href="${sitePath(ctx, '/thong-bao')}">← Tất cả thông báo</a></p>
<article>
<p class="meta"><span class="badge">${CONTENT_TYPE_VI[item.type]}</span>${sampleBadge(item)}</p>
<h1>${item.type === 'slogan' ? 'Khẩu hiệu tuyên truyền' : title}</h1>
${noticeBody(ctx, item)}
${sourceLine(item)}
<p class="muted">${
    playingToday
      ? html`Đang hiển thị trên bảng tin${item.validUntil ? html` đến ${longDate(item.validUntil, zone)}` : ''}.`
      : 'Nội dung này hiện không còn hiển thị trên bảng tin.'
  }${item.approvedAt ? html` Duyệt đăng ${longDate(calendarDate(new Date(item.approvedAt), zone), zone)}.` : ''}</p>
</article>
${
    // Only announcements have a poster (/in/thong-bao/<id>); a print link on a slogan or a result led to a 404.
    item.type === 'announcement' ? html`<p class="actions"><a class="btn-secondary" href="${sitePath(ctx, `/in/thong-bao/${item.id}`)}">In thông báo</a></p>` : ''
  }`;
  return renderPage(ctx, {
    title: item.type === 'slogan' ? `Khẩu hiệu: ${noticeSummary(item, 80)}` : title,
    path: `/thong-bao/${item.id}`,
    active: '/thong-bao',
    description: noticeSummary(item),
    ogImage: `/og/${item.id}.png`,
    ogType: 'article',
    body,
  });
}
