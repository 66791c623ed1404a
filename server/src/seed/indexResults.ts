import type { IndexResultFields } from '@bangtin/shared';

type Seed = Omit<IndexResultFields, 'group' | 'note' | 'changePoints' | 'changePlaces' | 'rank' | 'rankOf' | 'score' | 'unit'> &
  Partial<IndexResultFields> & { source: string };

/** Hà Nội's published results, from ../shared/domain (level [S], press reports of the official announcements). */
export const SEED_INDEX_RESULTS: Seed[] = [
  { index: 'PAR_INDEX', scope: 'Hà Nội', year: 2023, score: 91.43, unit: '%', rank: 3, rankOf: 63,
    note: 'Các nguồn báo chí chênh nhau 0,18 điểm cho năm 2023.',
    source: 'https://nvsk.vnanet.vn/print/infographics-chi-so-cai-cach-hanh-chinh-2023-par-index-2023-145152.vna' },
  { index: 'PAR_INDEX', scope: 'Hà Nội', year: 2024, score: 92.57, unit: '%', rank: 3, rankOf: 63, changePoints: 1.32,
    source: 'https://hanoitimes.vn/hanoi-urges-improvements-to-retain-top-spot-in-governance-index.730143.html' },
  { index: 'SIPAS', scope: 'Hà Nội', year: 2024, score: 86.5, unit: '%', rank: 11, rankOf: 63, changePoints: 2.93, changePlaces: 10,
    source: 'https://hanoitimes.vn/hanoi-urges-improvements-to-retain-top-spot-in-governance-index.730143.html' },
  { index: 'PAPI', scope: 'Hà Nội', year: 2024, score: 43.7, unit: 'điểm', rank: 29, rankOf: 63,
    group: 'Nhóm 2 – Trung bình cao',
    source: 'https://hanoitimes.vn/hanoi-urges-improvements-to-retain-top-spot-in-governance-index.730143.html' },
  { index: 'PCI', scope: 'Hà Nội', year: 2020, score: 68.6, unit: 'điểm', rank: 10, rankOf: 63, group: 'Nhóm Tốt',
    source: 'https://www.pcivietnam.vn/bang-chi-so-cac-tinh-thanh-viet-nam' },
  { index: 'ICT_INDEX', scope: 'Hà Nội', year: 2017, rank: 3, note: 'Xếp hạng trong nhóm tỉnh, thành phố.',
    source: 'https://tapchitaichinh.vn/bo-tai-chinh-dan-dau-ve-chi-so-vietnam-ict-index-2017.html' },
  { index: 'ICT_INDEX', scope: 'Hà Nội', year: 2018, rank: 3, note: 'Xếp hạng trong nhóm tỉnh, thành phố.',
    source: 'https://viettimes.vn/da-nang-tiep-tuc-dung-dau-bang-chi-so-vietnam-ict-index-nam-2018-post88770.html' },
  { index: 'DTI', scope: 'Hà Nội', year: 2022, rank: 24, rankOf: 63,
    source: 'https://kinhdoanhvatiepthi.vn/xep-hang-danh-gia-chuyen-doi-so-cua-cac-bo-nganh-dia-phuong/' },
  { index: 'DTI', scope: 'Hà Nội', year: 2023, rank: 6, rankOf: 63, changePlaces: 18,
    source: 'https://nguoihanoi.vn/ha-noi-xep-thu-6-ve-chi-so-chuyen-doi-so-cap-tinh-89443.html' },
  { index: 'DTI', scope: 'Hà Nội', year: 2024, score: 0.8241, unit: '', rank: 1, rankOf: 34,
    note: 'Xếp hạng trên 34 tỉnh, thành phố sau sắp xếp (công bố 21/10/2025).',
    source: 'https://nhandan.vn/ocop/ha-noi-dan-dau-ca-nuoc-ve-chi-so-chuyen-doi-so-cap-tinh-post916891.html' },
];
