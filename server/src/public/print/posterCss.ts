export type PaperSize = 'A4' | 'A3';

/**
 * Type sizes for a paper notice board, read standing at arm's length to a metre: body 12 pt on A4 (about 13 pt
 * Times, the size official postings use), headings 14 pt, the title 20 pt; a long record a size smaller (below). A3 is the same layout scaled by √2 (rem-based), so a poster takes the same number of pages on either
 * paper and simply reads from further away.
 */
const ROOT_PT: Record<PaperSize, number> = { A4: 12, A3: 12 * Math.SQRT2 };
/** A long record is set at 10.5 pt on A4 (still ≈ 12.5 pt Times in x-height: Be Vietnam Pro is a large face). */
const COMPACT = 10.5 / 12;
const MARGIN_MM: Record<PaperSize, number> = { A4: 12, A3: 12 * Math.SQRT2 };
const WIDTH_MM: Record<PaperSize, number> = { A4: 210, A3: 297 };

/** The page box for one paper size, with "Trang 1/2" in the bottom margin (Chromium's @page margin boxes). */
export function pageRule(paper: PaperSize, compact = false): string {
  // A long record takes 2 mm more of each edge (10 mm still clears any office printer's unprintable border).
  const margin = MARGIN_MM[paper] * (compact ? 10 / 12 : 1);
  const rootPt = (ROOT_PT[paper] * (compact ? COMPACT : 1)).toFixed(2);
  return `@page{size:${paper} portrait;margin:${margin.toFixed(1)}mm ${margin.toFixed(1)}mm ${(margin + 2).toFixed(1)}mm;
@bottom-right{content:"Trang " counter(page) "/" counter(pages);font:400 ${(ROOT_PT[paper] * 0.75).toFixed(1)}pt 'Be Vietnam Pro',sans-serif;color:#333}}
html{font-size:${rootPt}pt}
@media screen{.sheet{width:${WIDTH_MM[paper]}mm;padding:${margin.toFixed(1)}mm}}${compact ? COMPACT_SPACING : ''}`;
}

/**
 * A long record also sits closer: less air above headings and between list items, a narrower gutter. Measured on
 * 1.001622 with the school's NĐ 20/2008 feedback address filled in — without it the poster ran to a third A4 page;
 * with it, two, and the type stays at its readable size.
 */
const COMPACT_SPACING = `.poster h2{margin:.45rem 0 .2rem}.poster li{margin:.06rem 0}.poster p{margin:.12rem 0}.poster-columns{column-gap:1.35rem}
.poster th,.poster td{padding:.12rem .3rem}.official-heading{margin-bottom:.5rem}.poster-head{margin-bottom:.3rem}`;

export const POSTER_CSS = `body.poster{margin:0;background:#dfe2e7;color:#000;font-size:1rem;line-height:1.38}
.sheet{display:block;max-width:none;background:#fff;margin:0 auto;box-sizing:border-box}
@media screen{.sheet{margin:1rem auto;box-shadow:0 2px 12px rgba(0,0,0,.25)}}
@media print{body.poster{background:#fff}.sheet{width:auto;padding:0;margin:0;box-shadow:none}.screen-only{display:none}}
.poster-hint{margin:0;padding:.6rem 1rem;background:#fff4d6;border-bottom:1px solid #e5c66b;text-align:center;font-size:.95rem}
.official-heading{font-size:.92rem;margin-bottom:.9rem}
.poster-sample{margin:0 0 .6rem;padding:.25rem .6rem;border:2px solid #000;text-align:center;font-size:.95rem}
.poster-kicker{margin:0;text-align:center;font-weight:700;font-size:1.15rem;letter-spacing:.06em}
.poster-head{display:grid;grid-template-columns:1fr auto;gap:1rem;align-items:start;margin-bottom:.6rem}
.poster h1{margin:.2rem 0 .35rem;font-size:1.65rem;line-height:1.25;color:#000}
.poster-meta{margin:0;font-size:.95rem}.poster-meta span+span::before{content:" · "}
.poster-standing{margin:.4rem 0 .6rem;padding:.4rem .6rem;border:3px solid #000;font-weight:700;font-size:1.1rem}
.poster-columns{columns:2;column-gap:7mm;column-rule:1px solid #888}
.poster-columns>section:first-child>h2{margin-top:.2rem}
.poster h2{font-size:1.17rem;line-height:1.3;margin:.75rem 0 .3rem;padding-bottom:.1rem;border-bottom:1.5px solid #000;break-after:avoid}
.poster h3{font-size:1rem;margin:.4rem 0 .2rem;break-after:avoid}
.poster p{margin:.2rem 0}
.poster ol,.poster ul{margin:.2rem 0;padding-left:1.5rem}
.poster li{margin:.15rem 0;break-inside:avoid}
.poster table{width:100%;border-collapse:collapse;margin:.3rem 0;font-size:.95rem}
.poster th,.poster td{border:1px solid #000;padding:.2rem .35rem;vertical-align:top;text-align:left}
.poster thead th{background:#eee}
.poster tr{break-inside:avoid}
.poster td.num,.poster th.num{text-align:center;width:3.2em}
.poster tr.group th{background:#f4f4f4;font-weight:700}
.poster .time{font-style:italic}
.poster-qr{margin:0;width:7.5rem;text-align:center;font-size:.85rem;line-height:1.25}
.poster-qr svg{display:block;width:7.5rem;height:7.5rem;margin:0 auto .1rem}
.poster-qr .poster-url{font-size:.75rem}
.poster-url{overflow-wrap:anywhere}
.poster-footer{margin-top:.6rem;padding-top:.3rem;border-top:1.5px solid #000;break-inside:avoid;font-size:.95rem}
.poster-footer p{margin:.15rem 0}
.poster-source{font-size:.85rem}.poster-source p{margin:.1rem 0}
.poster-posted{margin:.3rem 0 0;font-size:1.05rem}
.poster-feedback{margin-top:.5rem}.poster-feedback h2{font-size:1rem;border:0;margin:.2rem 0}
.poster-body{font-size:1.15rem;line-height:1.5}.poster-body p{margin:.45rem 0}
.poster-image{display:block;max-width:100%;max-height:90mm;margin:.6rem auto;object-fit:contain}
.poster-title{text-align:center}`;
