import { describe, expect, it } from 'vitest';
import { sourceLabel } from '@bangtin/shared';

describe('source lines name the site, not its URL slug', () => {
  it.each([
    ['https://hanoitimes.vn/hanoi-urges-improvements-to-retain-top-spot-in-governance-index.730143.html', 'Hanoi Times'],
    ['https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc.html?ma=1.001622', 'Cổng Dịch vụ công quốc gia'],
    ['https://www.vnexpress.net/some-long-article-slug-4812345.html', 'vnexpress.net'],
    ['dichvucong.gov.vn', 'dichvucong.gov.vn'],
    ['phuongtuongmai.github.io, bài 01/7/2025 (dẫn nongnghiepmoitruong.vn)', 'phuongtuongmai.github.io, bài 01/7/2025 (dẫn nongnghiepmoitruong.vn)'],
    ['  Hỏi đáp pháp luật về chính sách Thủ đô ', 'Hỏi đáp pháp luật về chính sách Thủ đô'],
  ])('%s → %s', (source, label) => {
    expect(sourceLabel(source)).toBe(label);
  });
});
