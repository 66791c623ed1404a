import { Feed } from 'feed';
import { absoluteUrl, type PublicContext } from '../context.ts';
import { escapeHtml } from '../html.ts';
import { renderMarkdown } from './markdown.ts';
import { noticeSummary, noticeTitle } from './noticeView.ts';
import { isNotice, type NoticeItem, type ProcedureItem } from './onAirToday.ts';
import type { ContentItem } from '@bangtin/shared';

type FeedItem = NoticeItem | ProcedureItem;
const isFeedItem = (item: ContentItem): item is FeedItem => isNotice(item) || item.type === 'procedure';

/** The item's permanent page: procedures by national code, everything else by id. */
export const itemPath = (item: FeedItem) => (item.type === 'procedure' ? `/thu-tuc/${encodeURIComponent(item.code)}` : `/thong-bao/${item.id}`);

/**
 * One feed of what is on air today, for the school's portal: each entry's id and link are its permanent page on the
 * public address, so a portal that stores entries never holds a LAN address or a duplicate.
 */
function buildFeed(ctx: PublicContext, onAir: readonly ContentItem[], format: 'atom' | 'json'): Feed {
  // The feed package writes Atom titles and summaries as `type="html"` (in CDATA): a reader renders them as HTML, so
  // the office's plain text must arrive escaped there. JSON Feed's title and summary are plain text and stay as typed.
  const text = format === 'atom' ? escapeHtml : (value: string) => value;
  const items = onAir.filter(isFeedItem);
  const updated = items.reduce((latest, item) => (item.updatedAt > latest ? item.updatedAt : latest), '1970-01-01T00:00:00.000Z');
  const feed = new Feed({
    id: absoluteUrl(ctx, '/thong-bao'),
    title: `Thông báo — ${ctx.school.name}`,
    description: `Thông báo, khẩu hiệu, kết quả chỉ số cải cách hành chính và thủ tục đang hiển thị trên bảng tin của ${ctx.school.name}.`,
    link: absoluteUrl(ctx, '/thong-bao'),
    language: 'vi',
    updated: items.length ? new Date(updated) : ctx.now,
    generator: 'Bảng tin',
    copyright: ctx.school.name,
    feedLinks: { atom: absoluteUrl(ctx, '/feed.xml'), json: absoluteUrl(ctx, '/feed.json') },
    author: { name: ctx.school.name, link: absoluteUrl(ctx, '/thong-bao') },
  });
  for (const item of items) {
    const url = absoluteUrl(ctx, itemPath(item));
    const notice = item.type !== 'procedure';
    feed.addItem({
      id: url,
      link: url,
      title: text(notice ? (item.type === 'slogan' ? noticeSummary(item, 120) : noticeTitle(item)) : `Thủ tục ${item.code}: ${item.name}`),
      date: new Date(item.updatedAt),
      ...(item.approvedAt ? { published: new Date(item.approvedAt) } : {}),
      description: text(notice ? noticeSummary(item) : `${item.field}. Thời hạn giải quyết: ${item.timeLimit}`),
      ...(item.type === 'announcement' ? { content: renderMarkdown(item.body, ctx.base).value } : {}),
      image: absoluteUrl(ctx, `/og/${item.id}.png`),
    });
  }
  return feed;
}

export const atomFeed = (ctx: PublicContext, onAir: readonly ContentItem[]) => buildFeed(ctx, onAir, 'atom').atom1();

/**
 * JSON Feed 1.1: the `feed` package still writes 1.0 (`version`, a single `author`), so its output is lifted to 1.1
 * (`authors` arrays, `language`) — the rest of the format is unchanged between the two versions.
 */
export function jsonFeed(ctx: PublicContext, onAir: readonly ContentItem[]): string {
  const v1 = JSON.parse(buildFeed(ctx, onAir, 'json').json1()) as Record<string, unknown> & { author?: unknown; items: (Record<string, unknown> & { author?: unknown })[] };
  const { author, items, ...rest } = v1;
  return JSON.stringify({
    ...rest,
    version: 'https://jsonfeed.org/version/1.1',
    language: 'vi',
    ...(author ? { authors: [author] } : {}),
    items: items.map(({ author: itemAuthor, ...item }) => ({ ...item, ...(itemAuthor ? { authors: [itemAuthor] } : {}) })),
  });
}
