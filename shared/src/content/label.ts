import { INDEX_VI } from '../labels.ts';
import type { ContentItem, PublicContentItem } from '../schemas/content.ts';

/** A one-line name for lists, search and audit entries. */
export function contentLabel(item: ContentItem | PublicContentItem): string {
  switch (item.type) {
    case 'slogan':
      return item.text;
    case 'procedure':
      return [item.code, item.name].filter(Boolean).join(' '); // a draft may not have its code yet
    case 'indexResult':
      return `${INDEX_VI[item.index].short} ${item.year} – ${item.scope}`;
    case 'announcement':
      return item.title;
    case 'commendation':
      return item.name;
    case 'qr':
      return item.title;
    case 'image':
      return item.caption || item.url;
    case 'didYouKnow':
      return item.question;
    case 'video':
      return item.title;
  }
}

/** Sites our sources come from, by the name a reader knows them by (the rest show their domain). */
const SITE_NAMES: Record<string, string> = {
  'dichvucong.gov.vn': 'Cổng Dịch vụ công quốc gia',
  'thutuchanhchinh.vn': 'Cục Kiểm soát thủ tục hành chính',
  'hanoitimes.vn': 'Hanoi Times',
  'nvsk.vnanet.vn': 'TTXVN',
  'nhandan.vn': 'Báo Nhân Dân',
  'sggp.org.vn': 'Báo Sài Gòn Giải Phóng',
  'thitruong24h.vtv.vn': 'VTV',
  'nguoihanoi.vn': 'Báo Người Hà Nội',
  'pcivietnam.vn': 'PCI Việt Nam (VCCI)',
  'tapchitaichinh.vn': 'Tạp chí Tài chính',
  'viettimes.vn': 'VietTimes',
  'kinhdoanhvatiepthi.vn': 'Kinh doanh và Tiếp thị',
  'phapluatxahoi.kinhtedothi.vn': 'Kinh tế & Đô thị',
  'baomoi.net.vn': 'Báo Mới',
  'dantri.com.vn': 'Báo Dân trí',
  'tienphong.vn': 'Báo Tiền Phong',
  'tacnghiep.laodongthudo.vn': 'Lao động Thủ đô',
  'vov1.vov.gov.vn': 'VOV',
  'chinhphu.vn': 'Cổng Thông tin điện tử Chính phủ',
  'moet.gov.vn': 'Bộ Giáo dục và Đào tạo',
};

/**
 * What a screen prints after "Nguồn:": the site's name for a web address ("Hanoi Times", else "vnexpress.net"), never
 * the address with its long slug; any other text (a publication, "bài 01/7/2025") as written.
 */
export function sourceLabel(source: string): string {
  const text = source.trim();
  // Parsed by hand: shared code runs in the kiosk, the console and Node without DOM or Node typings.
  const host = /^https?:\/\/([^/?#\s:@]+)(?::\d+)?(?:[/?#]\S*)?$/i.exec(text)?.[1];
  if (!host) return text;
  const site = host.toLowerCase().replace(/^www\./, '');
  return SITE_NAMES[site] ?? site;
}
