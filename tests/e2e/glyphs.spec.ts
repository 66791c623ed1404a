import { expect, test } from './fixtures.ts';

test('every character of the seeded content is covered by a loaded, bundled Be Vietnam Pro face, in NFC', async ({ page, server }) => {
  const snapshots = await Promise.all(
    ['gate', 'reception'].map(async (slug) => (await (await fetch(`${server.url}/api/display/${slug}`)).json()).data),
  );
  const text = JSON.stringify(snapshots.map((s) => [s.school, s.items]));
  expect(text).toBe(text.normalize('NFC'));
  const chars = [...new Set([...text.replace(/\\[nrt"]/g, ' ')])].filter((c) => c.trim() && c.codePointAt(0)! >= 0x20).join('');
  expect(chars).toContain('ệ');

  await page.goto(`${server.url}/display/gate`);
  await expect(page.getByTestId('slide')).toBeVisible();
  const uncovered = await page.evaluate(async (sample) => {
    for (const weight of [400, 600, 700, 800]) await document.fonts.load(`${weight} 32px "Be Vietnam Pro"`, sample);
    const ranges = [...document.fonts]
      .filter((f) => /Be Vietnam Pro/.test(f.family) && f.status === 'loaded')
      .flatMap((f) =>
        f.unicodeRange.split(',').map((r) => {
          const [lo, hi] = r.trim().replace(/^U\+/i, '').split('-');
          return [parseInt(lo!, 16), parseInt(hi ?? lo!, 16)] as const;
        }),
      );
    return [...sample].filter((c) => !ranges.some(([lo, hi]) => c.codePointAt(0)! >= lo && c.codePointAt(0)! <= hi));
  }, chars);
  expect(uncovered).toEqual([]);
});
