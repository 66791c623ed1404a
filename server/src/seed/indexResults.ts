import type { IndexResultFields } from '@bangtin/shared';

type Seed = Omit<IndexResultFields, 'group' | 'note' | 'changePoints' | 'changePlaces' | 'rank' | 'rankOf' | 'score' | 'unit'> &
  Partial<IndexResultFields> & { source: string; onAir: boolean };

/**
 * Hà Nội's published results, from ../shared/domain (level [S], press reports of the official announcements).
 * Only the latest published year of each index goes on air (onAir): older years stay in the store as the series the
 * editor checks a new result against, off every screen — a 2017 rank is not news on a wall in 2026. PCI has no
 * result newer than 2020 in the domain notes, so it stays off air until the school adds one; its `group` is the rating
 * band as VCCI words it ("Tốt"), not a group name.
 */
export const SEED_INDEX_RESULTS: Seed[] = [
  { index: 'PAR_INDEX', scope: 'Hà Nội', year: 2023, score: 91.43, unit: '%', rank: 3, rankOf: 63, onAir: false,
    note: 'Các nguồn báo chí chênh nhau 0,18 điểm cho năm 2023; lấy theo TTXVN.',
    source: 'https://nvsk.vnanet.vn/print/infographics-chi-so-cai-cach-hanh-chinh-2023-par-index-2023-145152.vna' },
  // The sources disagree on the rise: Hanoi Times printed +1,32 (against a 2023 figure of 91,25), TTXVN gives 91,43 for
  // 2023. No source states a rise of 1,14, so none is typed here: the slide computes the change from the two stored
  // figures (shared indexChange), and the note on the slide says where the sources differ.
  { index: 'PAR_INDEX', scope: 'Hà Nội', year: 2024, score: 92.57, unit: '%', rank: 3, rankOf: 63, changePlaces: 0, onAir: true,
    note: 'Năm thứ ba liên tiếp xếp thứ 3. Mức tăng tính từ 91,43% năm 2023 (TTXVN); Hanoi Times nêu tăng 1,32 điểm: hai nguồn chênh nhau 0,18 điểm.',
    source: 'https://hanoitimes.vn/hanoi-urges-improvements-to-retain-top-spot-in-governance-index.730143.html' },
  { index: 'SIPAS', scope: 'Hà Nội', year: 2024, score: 86.5, unit: '%', rank: 11, rankOf: 63, changePoints: 2.93, changePlaces: 10, onAir: true,
    source: 'https://hanoitimes.vn/hanoi-urges-improvements-to-retain-top-spot-in-governance-index.730143.html' },
  { index: 'PAPI', scope: 'Hà Nội', year: 2024, score: 43.7, unit: 'điểm', rank: 29, rankOf: 63, onAir: true,
    group: 'Nhóm 2 – Trung bình cao',
    source: 'https://hanoitimes.vn/hanoi-urges-improvements-to-retain-top-spot-in-governance-index.730143.html' },
  { index: 'PCI', scope: 'Hà Nội', year: 2020, score: 68.6, unit: 'điểm', rank: 10, rankOf: 63, group: 'Tốt', onAir: false,
    source: 'https://www.pcivietnam.vn/bang-chi-so-cac-tinh-thanh-viet-nam' },
  { index: 'ICT_INDEX', scope: 'Hà Nội', year: 2017, rank: 3, note: 'Xếp hạng trong nhóm tỉnh, thành phố.', onAir: false,
    source: 'https://tapchitaichinh.vn/bo-tai-chinh-dan-dau-ve-chi-so-vietnam-ict-index-2017.html' },
  { index: 'ICT_INDEX', scope: 'Hà Nội', year: 2018, rank: 3, note: 'Xếp hạng trong nhóm tỉnh, thành phố.', onAir: false,
    source: 'https://viettimes.vn/da-nang-tiep-tuc-dung-dau-bang-chi-so-vietnam-ict-index-nam-2018-post88770.html' },
  { index: 'DTI', scope: 'Hà Nội', year: 2022, rank: 24, rankOf: 63, onAir: false,
    source: 'https://kinhdoanhvatiepthi.vn/xep-hang-danh-gia-chuyen-doi-so-cua-cac-bo-nganh-dia-phuong/' },
  { index: 'DTI', scope: 'Hà Nội', year: 2023, rank: 6, rankOf: 63, changePlaces: 18, onAir: false,
    source: 'https://nguoihanoi.vn/ha-noi-xep-thu-6-ve-chi-so-chuyen-doi-so-cap-tinh-89443.html' },
  // Ranked out of 34 after the 2025 merger: no change of places against 6/63 is stated (not comparable).
  { index: 'DTI', scope: 'Hà Nội', year: 2024, score: 0.8241, unit: '', rank: 1, rankOf: 34, onAir: true,
    note: 'Xếp hạng trên 34 tỉnh, thành phố sau sắp xếp (công bố 21/10/2025).',
    source: 'https://nhandan.vn/ocop/ha-noi-dan-dau-ca-nuoc-ve-chi-so-chuyen-doi-so-cap-tinh-post916891.html' },
];
