/**
 * The one stylesheet of the public pages (/site/site.css): phone first, large type, strong contrast, no layout that
 * breaks at 200 % zoom. Be Vietnam Pro is bundled (no CDN), Vietnamese and Latin subsets, 400 and 700 only.
 * Kept small: a page's HTML + CSS must stay under 30 KB on a cheap phone.
 */
const VI_RANGE =
  'U+0102-0103,U+0110-0111,U+0128-0129,U+0168-0169,U+01A0-01A1,U+01AF-01B0,U+0300-0301,U+0303-0304,U+0308-0309,U+0323,U+0329,U+1EA0-1EF9,U+20AB';
const LATIN_RANGE =
  'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';

const face = (subset: string, weight: number, range: string) =>
  `@font-face{font-family:'Be Vietnam Pro';font-style:normal;font-display:swap;font-weight:${weight};` +
  `src:url(/site/fonts/be-vietnam-pro-${subset}-${weight}-normal.woff2) format('woff2');unicode-range:${range}}`;

export const SITE_FONT_FILES = [400, 700].flatMap((w) => [`be-vietnam-pro-vietnamese-${w}-normal.woff2`, `be-vietnam-pro-latin-${w}-normal.woff2`]);

export const SITE_CSS = [
  ...[400, 700].flatMap((w) => [face('vietnamese', w, VI_RANGE), face('latin', w, LATIN_RANGE)]),
  `:root{--ink:#1a1d24;--muted:#4a5160;--line:#c9ced8;--bg:#f6f7f9;--card:#fff;--brand:#0b5394;--brand-ink:#fff;--ok:#1c6b3a;--bad:#a4161a;--warn-bg:#fff4d6}
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;font:400 1.0625rem/1.6 'Be Vietnam Pro',system-ui,sans-serif;color:var(--ink);background:var(--bg);overflow-wrap:break-word}
a{color:var(--brand)}a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible,textarea:focus-visible,summary:focus-visible{outline:3px solid #f0a500;outline-offset:2px}
img,svg{max-width:100%;height:auto}
h1,h2,h3{line-height:1.3;margin:1.2em 0 .5em}h1{font-size:1.6rem}h2{font-size:1.3rem}h3{font-size:1.1rem}
.skip{position:absolute;left:-999px;top:0;background:#fff;padding:.5rem 1rem;z-index:2}.skip:focus{left:.5rem}
.site-header{background:var(--brand);color:var(--brand-ink);padding:.75rem 1rem}
.site-header a{color:inherit;text-decoration:none}.site-header__parent{margin:0;font-size:.85rem;opacity:.9;text-transform:uppercase;letter-spacing:.02em}
.site-header__name{margin:0;font-weight:700;font-size:1.1rem;line-height:1.35}
.site-nav{background:#fff;border-bottom:1px solid var(--line);overflow-x:auto}
.site-nav ul{display:flex;gap:.25rem;margin:0 auto;padding:0 .5rem;list-style:none;max-width:48rem}
.site-nav a{display:block;padding:.75rem .7rem;text-decoration:none;font-weight:700;white-space:nowrap;color:var(--ink);border-bottom:3px solid transparent}
.site-nav a[aria-current=page]{border-bottom-color:var(--brand);color:var(--brand)}
/* On a 390 px phone the five sections do not fit one row: they wrap (a sideways-scrolling row hid "Tìm hiểu" with no hint it was there). */
.site-nav ul{flex-wrap:wrap;column-gap:0}.site-nav a{padding:.6rem .6rem}
.sample-banner{background:var(--warn-bg);border-bottom:1px solid #e5c66b;padding:.5rem 1rem;font-size:.95rem;text-align:center}
main{display:block;max-width:48rem;margin:0 auto;padding:1rem}
.site-footer{max-width:48rem;margin:2rem auto 0;padding:1rem;border-top:1px solid var(--line);color:var(--muted);font-size:.95rem}
.site-footer p{margin:.25rem 0}
.card{background:var(--card);border:1px solid var(--line);border-radius:.6rem;padding:1rem;margin:0 0 1rem}
.card>:first-child{margin-top:0}.card>:last-child{margin-bottom:0}
.lead{font-size:1.15rem}.muted{color:var(--muted)}
.badge{display:inline-block;padding:.1rem .55rem;border-radius:1rem;background:#e8eef6;color:var(--brand);font-size:.9rem;font-weight:700}
.notice{background:#e8f1fb;border-left:4px solid var(--brand);padding:.75rem 1rem;margin:0 0 1rem;border-radius:.3rem}
.notice--ok{background:#e7f4ec;border-color:var(--ok)}.notice--warn{background:var(--warn-bg);border-color:#c79100}
.grid{display:grid;gap:1rem;grid-template-columns:repeat(auto-fill,minmax(min(100%,15rem),1fr))}
.btn,.btn-secondary{display:inline-block;min-height:3rem;padding:.7rem 1.4rem;border-radius:.5rem;font:inherit;font-weight:700;cursor:pointer;text-decoration:none;text-align:center;border:2px solid var(--brand)}
.btn{background:var(--brand);color:var(--brand-ink)}.btn-secondary{background:#fff;color:var(--brand)}
.field{margin:0 0 1.1rem;border:0;padding:0}.field>label,.field legend{display:block;font-weight:700;margin-bottom:.3rem}
.field input[type=text],.field input[type=email],.field input[type=tel],.field input[type=search],.field input:not([type]),.field select,.field textarea{display:block;width:100%;font:inherit;padding:.65rem .75rem;border:2px solid #7b8494;border-radius:.4rem;background:#fff;color:var(--ink)}
.field textarea{min-height:8rem;resize:vertical}
.field .hint{color:var(--muted);font-size:.95rem;margin:.1rem 0 .35rem}
.field .error{color:var(--bad);font-weight:700;margin:.1rem 0 .35rem}
.field--invalid input,.field--invalid textarea,.field--invalid select{border-color:var(--bad)}
.choices{display:grid;gap:.4rem}.choice{display:flex;gap:.6rem;align-items:flex-start;padding:.55rem .7rem;border:1px solid var(--line);border-radius:.4rem;background:#fff;font-weight:400}
.choice input{width:1.35rem;height:1.35rem;margin:.15rem 0 0;flex:none}.choice .hint{display:block}
.error-summary{border:3px solid var(--bad);background:#fff;padding:1rem;margin:0 0 1rem;border-radius:.4rem}
.error-summary h2{margin-top:0;font-size:1.15rem;color:var(--bad)}
.hp{position:absolute!important;left:-10000px!important;width:1px;height:1px;overflow:hidden}
.visually-hidden{position:absolute!important;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
table{border-collapse:collapse;width:100%}th,td{border:1px solid var(--line);padding:.45rem .55rem;text-align:left;vertical-align:top}
@media (min-width:40rem){body{font-size:1.125rem}h1{font-size:1.9rem}}
@media print{.site-nav,.skip,.site-footer{display:none}body{background:#fff}}`,
].join('\n');
