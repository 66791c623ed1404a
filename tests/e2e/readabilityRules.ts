import type { Page } from '@playwright/test';
import { expect } from './fixtures.ts';

/**
 * The readability rules (README, "Readability rules"), measured in real Chromium on every slide type — checked by
 * displayLayouts.spec.ts on the slide it already has on screen at 1920×1080 (a kiosk page of its own per profile,
 * stepped through the same slides, cost two page loads and two walks of the rotation more):
 *  - no text smaller than the profile's minimum: 1.75 u at the gate, 1.5 u at reception, where
 *    u = min(1 % of the height, 1.25 % of the width) — ≈ 19 px and 16 px on a 1080p screen;
 *  - text contrast ≥ 7:1 against the solid background behind it (WCAG AAA).
 */
interface TextSample {
  text: string;
  fontPx: number;
  contrast: number | null;
}

async function sampleText(page: Page): Promise<TextSample[]> {
  return page.evaluate(`(() => {
    const parse = (c) => { const m = c.match(/rgba?\\(([^)]+)\\)/); if (!m) return null; const p = m[1].split(',').map(Number); return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 }; };
    const lum = ({ r, g, b }) => { const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }; return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
    const background = (el) => {
      for (let e = el; e; e = e.parentElement) {
        const s = getComputedStyle(e);
        if (s.backgroundImage && s.backgroundImage !== 'none') return null; // gradients/images: checked by eye
        const c = parse(s.backgroundColor);
        if (c && c.a >= 0.95) return c;
      }
      return { r: 255, g: 255, b: 255, a: 1 };
    };
    const out = [];
    const root = document.querySelector('[data-testid="slide"]');
    if (!root) return out;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || !n.textContent.trim() || el.closest('svg')) continue;
      const rect = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (rect.width === 0 || style.visibility === 'hidden' || Number(style.opacity) === 0) continue;
      const fg = parse(style.color); const bg = background(el);
      let contrast = null;
      if (fg && bg) { const a = lum(fg), b = lum(bg); contrast = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05); }
      out.push({ text: n.textContent.trim().slice(0, 40), fontPx: parseFloat(style.fontSize), contrast });
    }
    return out;
  })()`);
}

/** The smallest text a profile allows, in units of u (README, "Readability rules"). */
export const MIN_TEXT_UNITS: Record<string, number> = { gate: 1.75, reception: 1.5 };

/**
 * Every text of the slide on screen keeps the profile's minimum size and 7:1 contrast. Fitted text settles: FitText fits
 * before the slide's first paint and again when the web fonts finish loading and on the resize observer's next frame —
 * wait for the fonts, then two frames.
 */
export async function expectReadable(page: Page, slug: string, type: string): Promise<void> {
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
  });
  const viewport = page.viewportSize()!;
  const unit = Math.min(viewport.height / 100, (viewport.width * 1.25) / 100);
  const minPx = MIN_TEXT_UNITS[slug]! * unit - 0.5;
  const samples = await sampleText(page);
  expect(samples.length, `${type} has text`).toBeGreaterThan(0);
  const small = samples.filter((s) => s.fontPx < minPx);
  expect(small, `${slug} ${type}: text below ${minPx.toFixed(1)} px`).toEqual([]);
  const low = samples.filter((s) => s.contrast !== null && s.contrast < 7);
  expect(low, `${slug} ${type}: contrast below 7:1`).toEqual([]);
}
