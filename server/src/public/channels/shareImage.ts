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

function cardFor(item: ShareItem): { theme: keyof typeof THEMES; kicker: string; title: string; detail: string } {
  switch (item.type) {
    case 'slogan':
      return { theme: item.theme, kicker: CONTENT_TYPE_VI.slogan, title: item.text, detail: item.attribution };
    case 'procedure': {
      const s = gateSummary(item);
      return { theme: 'paper', kicker: `Thủ tục hành chính · ${item.code}`, title: item.name, detail: s.amount ? s.amount.value : s.deadline.text };
    }
    case 'indexResult':
      return { theme: 'paper', kicker: `${INDEX_VI[item.index].short} ${item.year}`, title: noticeSummary(item, 140), detail: item.scope };
    default:
      return { theme: 'paper', kicker: CONTENT_TYPE_VI[item.type], title: noticeTitle(item), detail: noticeSummary(item, 160) };
  }
}

function shareCard(item: ShareItem, school: School): Node {
  const card = cardFor(item);
  const theme = THEMES[card.theme];
  const title = clip(card.title, 180);
  const align = item.type === 'slogan' ? 'center' : 'left';
  const titleSize = fit(title, [[40, 76], [80, 62], [130, 50]], 42);
  // Satori adds padding outside a fixed size, so the frame is fixed and the content box inside it sized by hand.
  const frame = item.type === 'commendation' ? 14 : 0;
  const inner = { width: SHARE_WIDTH - 2 * frame - 128, height: SHARE_HEIGHT - 2 * frame - 96 };
  return div(
    { width: SHARE_WIDTH, height: SHARE_HEIGHT, background: theme.background, color: theme.color, fontFamily: 'BVP latin, BVP vietnamese', border: frame ? `${frame}px solid #d4a53a` : 'none' },
    div({ flexDirection: 'column', ...inner, margin: '56px 64px 40px' }, [
      div({ fontSize: 30, fontWeight: 700, textTransform: 'uppercase', letterSpacing: 1, color: card.theme === 'paper' ? '#8a1217' : theme.second }, card.kicker),
      div({ flexGrow: 1, flexShrink: 1, minHeight: 0, overflow: 'hidden', flexDirection: 'column', justifyContent: 'center', alignItems: align === 'center' ? 'center' : 'stretch' }, [
        div({ width: '100%', fontSize: titleSize, fontWeight: 700, lineHeight: 1.25, textAlign: align }, title),
        card.detail ? div({ fontSize: 32, marginTop: 24, color: theme.second, textAlign: align }, clip(card.detail, 120)) : false,
      ]),
      div({ justifyContent: 'space-between', alignItems: 'flex-end', fontSize: 26, color: theme.second, flexShrink: 0, borderTop: `2px solid ${card.theme === 'paper' ? '#dccb9c' : theme.color}`, paddingTop: 18 }, [
        div({ flexDirection: 'column' }, [school.parentAgency ? div({ fontSize: 20 }, school.parentAgency.toUpperCase()) : false, div({ fontWeight: 700 }, school.name)]),
        item.sample ? div({ background: '#fff4d6', color: '#5c4300', padding: '6px 16px', borderRadius: 20, fontSize: 22, fontWeight: 700 }, SAMPLE_DATA_VI) : false,
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

/** PNGs by item id@version and the school's name (both appear on the card); a few hundred at most are kept. */
export function createShareImages(limit = 300) {
  const cache = new Map<string, Promise<Buffer>>();
  return (item: ShareItem, school: School): Promise<Buffer> => {
    const key = `${item.id}@${item.version}|${school.name}|${school.parentAgency}`;
    let png = cache.get(key);
    if (!png) {
      if (cache.size >= limit) cache.delete(cache.keys().next().value ?? '');
      png = renderCard(shareCard(item, school));
      png.catch(() => cache.delete(key));
      cache.set(key, png);
    }
    return png;
  };
}
