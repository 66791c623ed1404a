import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { CONTENT_TYPE_VI, INDEX_VI, SAMPLE_DATA_VI, gateSummary, type School } from '@bangtin/shared';
import { noticeSummary, noticeTitle } from './noticeView.ts';
import type { NoticeItem, ProcedureItem } from './onAirToday.ts';

/**
 * Share images (Open Graph, 1200×630 PNG) drawn on the server from the slide's design — the slogan's coloured themes
 * with gold, the paper of notices and results — in the bundled Be Vietnam Pro: satori lays the card out to SVG (it
 * reads WOFF, not WOFF2), resvg turns it into a PNG. No browser needed.
 */
export const SHARE_WIDTH = 1200;
export const SHARE_HEIGHT = 630;

interface Node {
  type: string;
  key: null;
  props: { style?: Record<string, string | number>; children?: string | Node | (Node | string | false)[] };
}
const el = (type: string, style: Node['props']['style'], children?: Node['props']['children']): Node => ({ type, key: null, props: { style, children } });
const div = (style: Node['props']['style'], children?: Node['props']['children']) => el('div', { display: 'flex', ...style }, children);

const require = createRequire(import.meta.url);
let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | null = null;
/** Satori uses the first font of a family for every glyph, so the Latin and Vietnamese subsets are two families. */
function loadFonts() {
  if (fonts) return fonts;
  const dir = path.join(path.dirname(require.resolve('@fontsource/be-vietnam-pro/package.json')), 'files');
  fonts = (['latin', 'vietnamese'] as const).flatMap((subset) =>
    ([400, 700] as const).map((weight) => ({
      name: `BVP ${subset}`,
      data: readFileSync(path.join(dir, `be-vietnam-pro-${subset}-${weight}-normal.woff`)),
      weight,
      style: 'normal' as const,
    })),
  );
  return fonts;
}

const THEMES = {
  red: { background: '#700e13', color: '#ffd866', second: '#fff3d6' },
  blue: { background: '#12305f', color: '#ffffff', second: '#ffe8a3' },
  green: { background: '#0d4029', color: '#fffbea', second: '#ffe8a3' },
  gold: { background: '#f7e6b0', color: '#6b0d11', second: '#1c1917' },
  paper: { background: '#fdf8ec', color: '#1c1917', second: '#3d3530' },
} as const;

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, text.lastIndexOf(' ', max - 1))}…` : text);
/** Bigger type for shorter text, as the slides' FitText does. */
const fit = (text: string, sizes: [chars: number, px: number][], fallback: number) => sizes.find(([chars]) => text.length <= chars)?.[1] ?? fallback;

type ShareItem = NoticeItem | ProcedureItem;

/** What a card says, whatever it is for: an item, or a list page of the public site. */
interface Card {
  theme: keyof typeof THEMES;
  kicker: string;
  title: string;
  detail: string;
  centred?: boolean;
  /** Commendations get the gold frame of their slide. */
  framed?: boolean;
  sample?: boolean;
}

function cardFor(item: ShareItem): Card {
  const common = { sample: item.sample, framed: item.type === 'commendation' };
  switch (item.type) {
    case 'slogan':
      return { ...common, theme: item.theme, kicker: CONTENT_TYPE_VI.slogan, title: item.text, detail: item.attribution, centred: true };
    case 'procedure': {
      const s = gateSummary(item);
      return { ...common, theme: 'paper', kicker: `Thủ tục hành chính · ${item.code}`, title: item.name, detail: s.amount ? s.amount.value : s.deadline.text };
    }
    case 'indexResult':
      return { ...common, theme: 'paper', kicker: `${INDEX_VI[item.index].short} ${item.year}`, title: noticeSummary(item, 140), detail: item.scope };
    default:
      return { ...common, theme: 'paper', kicker: CONTENT_TYPE_VI[item.type], title: noticeTitle(item), detail: noticeSummary(item, 160) };
  }
}

/** The list pages' cards: what a parent finds behind a shared `/thong-bao` or `/thu-tuc` link. */
export type ListPage = 'thong-bao' | 'thu-tuc';
export const LIST_PAGES: readonly ListPage[] = ['thong-bao', 'thu-tuc'];

function listCard(page: ListPage, count: number, school: School): Card {
  const common = { theme: 'red' as const, centred: true, sample: school.sampleData };
  return page === 'thong-bao'
    ? { ...common, kicker: 'Bảng tin điện tử', title: 'Thông báo của nhà trường', detail: count > 0 ? `${count} nội dung đang hiển thị hôm nay` : 'Những gì bảng tin của trường hiển thị hôm nay' }
    : { ...common, kicker: 'Công khai theo Nghị định số 63/2010/NĐ-CP', title: 'Thủ tục hành chính', detail: `Tra cứu ${count} thủ tục: hồ sơ, trình tự, thời hạn, phí, mẫu đơn` };
}

function shareCard(card: Card, school: School): Node {
  const theme = THEMES[card.theme];
  const title = clip(card.title, 180);
  const align = card.centred ? 'center' : 'left';
  const titleSize = fit(title, [[40, 76], [80, 62], [130, 50]], 42);
  // Satori adds padding outside a fixed size, so the frame is fixed and the content box inside it sized by hand.
  const frame = card.framed ? 14 : 0;
  const inner = { width: SHARE_WIDTH - 2 * frame - 128, height: SHARE_HEIGHT - 2 * frame - 96 };
  return div(
    { width: SHARE_WIDTH, height: SHARE_HEIGHT, background: theme.background, color: theme.color, fontFamily: 'BVP latin, BVP vietnamese', border: frame ? `${frame}px solid #d4a53a` : 'none' },
    div({ flexDirection: 'column', ...inner, margin: '56px 64px 40px' }, [
      div({ fontSize: 30, fontWeight: 700, textTransform: 'uppercase', letterSpacing: 1, color: card.theme === 'paper' ? '#8a1217' : theme.second }, card.kicker),
      div({ flexGrow: 1, flexShrink: 1, minHeight: 0, overflow: 'hidden', flexDirection: 'column', justifyContent: 'center', alignItems: align === 'center' ? 'center' : 'stretch' }, [
        div({ width: '100%', fontSize: titleSize, fontWeight: 700, lineHeight: 1.25, textAlign: align, justifyContent: align === 'center' ? 'center' : 'flex-start' }, title),
        card.detail ? div({ fontSize: 32, marginTop: 24, color: theme.second, textAlign: align }, clip(card.detail, 120)) : false,
      ]),
      div({ justifyContent: 'space-between', alignItems: 'flex-end', fontSize: 26, color: theme.second, flexShrink: 0, borderTop: `2px solid ${card.theme === 'paper' ? '#dccb9c' : theme.color}`, paddingTop: 18 }, [
        div({ flexDirection: 'column' }, [school.parentAgency ? div({ fontSize: 20 }, school.parentAgency.toUpperCase()) : false, div({ fontWeight: 700 }, school.name)]),
        card.sample ? div({ background: '#fff4d6', color: '#5c4300', padding: '6px 16px', borderRadius: 20, fontSize: 22, fontWeight: 700 }, SAMPLE_DATA_VI) : false,
      ]),
    ]),
  );
}

/**
 * satori and resvg load on the first share image, not with the server: they are the heaviest imports of the whole
 * server (≈ 0.7 s), and most processes (and every test that builds an app) never draw a card.
 */
async function renderCard(card: Parameters<typeof import('satori').default>[0]): Promise<Buffer> {
  const [{ default: satori }, { Resvg }] = await Promise.all([import('satori'), import('@resvg/resvg-js')]);
  const svg = await satori(card, { width: SHARE_WIDTH, height: SHARE_HEIGHT, fonts: loadFonts() });
  return new Resvg(svg, { fitTo: { mode: 'width', value: SHARE_WIDTH } }).render().asPng();
}

/** Everything drawn on a card, as a cache key: the school's names appear on every card. */
const schoolKey = (school: School) => `${school.name}|${school.parentAgency}|${school.sampleData}`;

/** An item's card: its cache key (id@version) and how to draw it. */
export function itemShareImage(item: ShareItem, school: School): { key: string; render: () => Promise<Buffer> } {
  return { key: `${item.id}@${item.version}|${schoolKey(school)}`, render: () => renderCard(shareCard(cardFor(item), school)) };
}

/** A list page's card (the count is on it, so it is part of the key). */
export function listShareImage(page: ListPage, count: number, school: School): { key: string; render: () => Promise<Buffer> } {
  return { key: `list:${page}:${count}|${schoolKey(school)}`, render: () => renderCard(shareCard(listCard(page, count, school), school)) };
}
