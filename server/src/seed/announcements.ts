/** Announcements built only from level [S] facts in ../shared/domain, with their sources. */
export const SEED_ANNOUNCEMENTS: { title: string; body: string; source: string }[] = [
  {
    title: 'Hỗ trợ ăn trưa cho trẻ mẫu giáo: mức mới 360.000 đồng/tháng',
    body: [
      'Theo **Nghị định 277/2025/NĐ-CP** ngày 20/10/2025, trẻ em từ 3 đến 5 tuổi thuộc diện hỗ trợ được hỗ trợ ăn trưa',
      '**360.000 đồng/tháng**, không quá 9 tháng/năm học (trước đây 160.000 đồng/trẻ/tháng theo Nghị định 105/2020/NĐ-CP).',
      '',
      'Cha mẹ xem thủ tục **1.001622 – Hỗ trợ ăn trưa đối với trẻ em mẫu giáo** tại Bộ phận tiếp nhận và trả kết quả của nhà trường.',
    ].join('\n'),
    source: 'https://www.sggp.org.vn/ho-tro-tien-an-trua-va-chi-phi-hoc-tap-cho-tre-em-3-5-tuoi-post819395.html',
  },
  {
    title: 'Miễn học phí cho trẻ mầm non trường công lập từ năm học 2025–2026',
    body: [
      '**Nghị quyết 217/2025/QH15** (26/6/2025) miễn học phí cho trẻ em mầm non trong cơ sở giáo dục công lập từ năm học 2025–2026.',
      '',
      'Nghị định 238/2025/NĐ-CP có hiệu lực từ 03/9/2025, thay thế Nghị định 81/2021/NĐ-CP và 97/2023/NĐ-CP.',
    ].join('\n'),
    source: 'https://thitruong24h.vtv.vn/chinh-thuc-mien-hoc-phi-cho-hoc-sinh-cong-lap-tu-nam-hoc-2025-2026',
  },
];
