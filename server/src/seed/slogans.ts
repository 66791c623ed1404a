/**
 * Slogans and phrases with their sources, from ../shared/domain (all level [S]). No official Hà Nội list of
 * CCHC slogans was found, and none is invented: the school should add the current list from Sở Nội vụ.
 * Left out on purpose: the Hồ Chí Minh quotation (two wordings circulate; check against Toàn tập first) and
 * the 2026 government theme (only four of its five elements are recorded).
 */
/**
 * Six play on every screen (onAir); the other six wait in the library, off air, so the gate loop stays short enough
 * for a notice to come round every few minutes (the office chooses which slogans play).
 */
export const SEED_SLOGANS: { text: string; attribution: string; source: string; theme: 'red' | 'blue' | 'green' | 'gold'; onAir: boolean }[] = [
  {
    text: 'Lấy người dân làm trung tâm, lấy hiệu quả công việc làm thước đo và sự hài lòng của nhân dân làm mục tiêu',
    attribution: 'Phương châm UBND phường Tương Mai, 01/7/2025',
    source: 'phuongtuongmai.github.io, bài 01/7/2025 (dẫn nongnghiepmoitruong.vn)',
    onAir: true,
    theme: 'red',
  },
  {
    text: 'Cải cách hành chính là nhiệm vụ trọng tâm, liên tục và xuyên suốt',
    attribution: 'Lãnh đạo UBND Thành phố Hà Nội',
    source: 'https://phapluatxahoi.kinhtedothi.vn/Tags/ha-noi-huong-toi-75982.tag',
    onAir: true,
    theme: 'blue',
  },
  {
    text: 'Kết nối, cung cấp thông tin và dịch vụ công mọi lúc, mọi nơi',
    attribution: 'Cổng Dịch vụ công quốc gia',
    source: 'dichvucong.gov.vn',
    onAir: true,
    theme: 'green',
  },
  {
    text: 'Kỷ cương trách nhiệm; chủ động kịp thời; tinh gọn hiệu quả; tăng tốc bứt phá',
    attribution: 'Chủ đề điều hành năm 2025 của Chính phủ',
    source: 'https://baomoi.net.vn/chinh-phu-nam-2025-ky-cuong-trach-nhiem-chu-dong-kip-thoi-tinh-gon-hieu-qua-tang-toc-but-pha-c51193615.epi',
    onAir: true,
    theme: 'red',
  },
  {
    text: 'Xây dựng nền hành chính hiện đại, trong sạch, vững mạnh, tinh gọn, hiệu lực, hiệu quả; lấy sự hài lòng của người dân làm thước đo đánh giá chất lượng hoạt động của bộ máy hành chính nhà nước',
    attribution: 'Mục tiêu Chương trình tổng thể CCHC nhà nước giai đoạn 2021–2030 (Nghị quyết 76/NQ-CP), theo VOV',
    source: 'vov1.vov.gov.vn',
    onAir: false,
    theme: 'blue',
  },
  {
    text: 'Kiến tạo, hành động, phục vụ người dân, doanh nghiệp',
    attribution: 'Phương châm Chính phủ kiến tạo',
    source: 'http://thutuchanhchinh.vn/noidung/tintuc/Lists/TinDiaPhuong/View_Detail.aspx?ItemID=799',
    onAir: true,
    theme: 'gold',
  },
  {
    text: 'Xây dựng nền hành chính dân chủ, hiện đại, nền công vụ chuyên nghiệp, kỷ luật, kỷ cương, đáp ứng ngày càng tốt hơn yêu cầu của nhân dân và xã hội',
    attribution: 'Định hướng cải cách hành chính của Thành phố Hà Nội',
    source: 'https://www.tapchicongsan.org.vn (Thành phố Hà Nội tập trung đẩy mạnh cải cách hành chính)',
    onAir: false,
    theme: 'green',
  },
  {
    text: 'Cải cách hành chính là công việc thường xuyên, liên tục',
    attribution: 'Thứ trưởng Bộ Nội vụ, phát biểu tại Hà Nội',
    source: 'https://tacnghiep.laodongthudo.vn/cai-cach-hanh-chinh-lien-tuc-khong-de-xay-ra-tinh-trang-nam-nay-cao-sang-nam-lai-thap-176188.html',
    onAir: false,
    theme: 'blue',
  },
  {
    text: 'Kỷ cương trách nhiệm, chủ động kịp thời, tăng tốc sáng tạo, hiệu quả bền vững',
    attribution: 'Chủ đề điều hành năm 2024 của Chính phủ',
    source: 'https://tienphong.vn/uu-tien-thuc-day-tang-truong-trien-khai-hieu-qua-viec-cai-cach-tien-luong-post1601809.tpo',
    onAir: false,
    theme: 'gold',
  },
  {
    text: 'Kỷ cương – Trách nhiệm – Hành động – Sáng tạo – Phát triển',
    attribution: 'Tinh thần năm 2024 của Ban Chấp hành Đảng bộ Thành phố Hà Nội',
    source: 'https://dantri.com.vn/xa-hoi/ha-noi-cong-bo-10-su-kien-tieu-bieu-nam-2024-20241231192021243.htm',
    onAir: false,
    theme: 'red',
  },
  {
    text: 'Biến ý chí thành hành động, biến quyết sách thành kết quả cụ thể; nói là làm, làm ngay, làm đúng, làm quyết liệt, làm đến cùng và làm hiệu quả',
    // The source quotes the General Secretary closing the Congress; it is not a resolution or slogan of the Congress.
    attribution: 'Tổng Bí thư Tô Lâm, phát biểu bế mạc Đại hội XIV của Đảng (theo Huế Ngày nay, 07/02/2026)',
    source: 'https://huengaynay.vn/chinh-tri-xa-hoi/thu-tuong-lan-dau-tien-trong-lich-su-cac-ky-dai-hoi-dai-hoi-xiv-cua-dang-ban-hanh-chuong-trinh-hanh-dong-162759.html',
    onAir: false,
    theme: 'gold',
  },
  {
    text: 'Cả nước vì Hà Nội, Hà Nội vì cả nước',
    attribution: 'Khẩu hiệu về Thủ đô',
    source: 'Hỏi đáp pháp luật về chính sách Thủ đô',
    onAir: true,
    theme: 'green',
  },
];
