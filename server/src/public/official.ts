import { html, type SafeHtml } from './html.ts';
import type { PublicContext } from './context.ts';

/**
 * The heading of an administrative document (NĐ 30/2020/NĐ-CP, Phụ lục I): the parent agency and the unit on the
 * left, Quốc hiệu and Tiêu ngữ on the right. Classes are styled by the printed pages' own CSS.
 */
export function officialHeading(ctx: Pick<PublicContext, 'school'>): SafeHtml {
  const { school } = ctx;
  return html`<header class="official-heading">
  <div class="official-heading__unit">
    ${school.parentAgency ? html`<p class="official-heading__parent">${school.parentAgency.toLocaleUpperCase('vi-VN')}</p>` : ''}
    <p class="official-heading__name">${school.name.toLocaleUpperCase('vi-VN')}</p>
  </div>
  <div class="official-heading__nation">
    <p class="official-heading__motto-1">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>
    <p class="official-heading__motto-2">Độc lập - Tự do - Hạnh phúc</p>
  </div>
</header>`;
}

/** Minimal CSS for the heading (two columns, underlined motto), for pages that print it. */
export const OFFICIAL_HEADING_CSS = `.official-heading{display:grid;grid-template-columns:1fr 1.3fr;gap:1rem;text-align:center;margin-bottom:1.2rem}
.official-heading p{margin:0;line-height:1.35}.official-heading__parent{font-weight:400}.official-heading__name,.official-heading__motto-1{font-weight:700}
.official-heading__motto-2{font-weight:700;display:inline-block;border-bottom:1px solid currentColor;padding-bottom:2px}
.official-heading__name{display:inline-block;border-bottom:1px solid currentColor;padding-bottom:2px}`;
