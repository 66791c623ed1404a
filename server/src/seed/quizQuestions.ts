import type { QuizQuestion } from '@bangtin/shared';

type SeedQuestion = Pick<QuizQuestion, 'question' | 'choices' | 'correct' | 'explanation' | 'source' | 'area'>;

const PLAN = 'Kế hoạch thông tin, tuyên truyền CCHC giai đoạn 2021–2025 của Trường mầm non Vườn Xanh Nam Đô';

/**
 * Ten "Tìm hiểu CCHC" questions for the first start (issue #13 item 5), written only from the team's domain notes
 * (/work/shared/domain: the school's 2021–2025 plan and the procedure and index facts), each with its source. Labelled
 * "Dữ liệu mẫu" until the office re-checks them. One on the plan as a whole, one per reform area (II.2a–f), two on the
 * school's procedures, one on the published results.
 */
export const SEED_QUIZ: SeedQuestion[] = [
  {
    area: 'II.1',
    question: 'Kế hoạch CCHC 2021–2025 của nhà trường tuyên truyền bao nhiêu nội dung trọng tâm của công tác CCHC?',
    choices: ['4 nội dung', '6 nội dung', '8 nội dung'],
    correct: 1,
    explanation:
      'Sáu nội dung: cải cách thể chế; cải cách thủ tục hành chính; cải cách tổ chức bộ máy; cải cách chế độ công vụ; cải cách tài chính công; xây dựng và phát triển Chính phủ điện tử, Chính phủ số.',
    source: `${PLAN}, mục II.2`,
  },
  {
    area: 'II.2a',
    question: 'Tuyên truyền cải cách thể chế trong kế hoạch kêu gọi cán bộ, giáo viên, nhân viên làm gì?',
    choices: [
      'Tham gia góp ý xây dựng, hoàn thiện thể chế, chính sách, pháp luật',
      'Số hoá kết quả giải quyết thủ tục hành chính',
      'Thực hiện cơ chế tự chủ về tài chính',
    ],
    correct: 0,
    explanation:
      'Cải cách thể chế là tham gia góp ý xây dựng, hoàn thiện hệ thống thể chế, chính sách, pháp luật, trên cơ sở Luật Tổ chức Chính phủ, Luật Tổ chức chính quyền địa phương, Luật Cán bộ, công chức và Luật Viên chức.',
    source: `${PLAN}, mục II.2a`,
  },
  {
    area: 'II.2b',
    question: 'Việc nào thuộc nội dung cải cách thủ tục hành chính trong kế hoạch?',
    choices: [
      'Sắp xếp đội ngũ theo vị trí việc làm',
      'Đổi mới cơ chế một cửa, một cửa liên thông',
      'Nâng hiệu quả hoạt động các đoàn thể',
    ],
    correct: 1,
    explanation:
      'Cải cách thủ tục hành chính gồm rà soát, đơn giản hoá và công khai thủ tục, đổi mới cơ chế một cửa, một cửa liên thông và tăng cường ứng dụng công nghệ thông tin trong giải quyết thủ tục.',
    source: `${PLAN}, mục II.2b`,
  },
  {
    area: 'II.2c',
    question: 'Cải cách tổ chức bộ máy hành chính nhà nước hướng tới điều gì?',
    choices: [
      'Tăng thêm các tổ chức trung gian',
      'Tinh gọn bộ máy, giảm đầu mối trung gian, khắc phục chồng chéo',
      'Giữ nguyên bộ máy hiện có',
    ],
    correct: 1,
    explanation:
      'Kế hoạch yêu cầu rà soát, sắp xếp, tinh gọn bộ máy đơn vị theo hướng giảm đầu mối tổ chức trung gian, khắc phục trùng lặp, chồng chéo chức năng, nhiệm vụ.',
    source: `${PLAN}, mục II.2c`,
  },
  {
    area: 'II.2d',
    question: 'Theo kế hoạch, cán bộ, công chức, viên chức được đánh giá, xếp loại bao lâu một lần?',
    choices: ['Hằng tháng', 'Hằng quý', 'Mỗi năm một lần'],
    correct: 0,
    explanation:
      'Cải cách chế độ công vụ: đánh giá, xếp loại cán bộ, công chức, viên chức hằng tháng theo hướng xác định rõ kết quả đầu ra, dân chủ, công khai, minh bạch.',
    source: `${PLAN}, mục II.2d`,
  },
  {
    area: 'II.2e',
    question: 'Cải cách tài chính công tại nhà trường bắt đầu từ việc gì?',
    choices: [
      'Xây dựng và bước đầu thực hiện cơ chế tự chủ về tài chính',
      'Thu thêm các khoản đóng góp',
      'Bỏ công khai ngân sách',
    ],
    correct: 0,
    explanation:
      'Kế hoạch nêu: xây dựng và bước đầu thực hiện đổi mới cơ chế tự chủ về tài chính tại nhà trường; siết chặt kỷ luật tài chính, công khai minh bạch việc quản lý, sử dụng ngân sách.',
    source: `${PLAN}, mục II.2e`,
  },
  {
    area: 'II.2f',
    question: 'Cổng Dịch vụ công quốc gia giới thiệu mình bằng khẩu hiệu nào?',
    choices: [
      'Kết nối, cung cấp thông tin và dịch vụ công mọi lúc, mọi nơi',
      'Một cửa, một dấu, một lần',
      'Nhanh chóng, tiện lợi, miễn phí',
    ],
    correct: 0,
    explanation:
      'Đây là dòng giới thiệu ở đầu trang dichvucong.gov.vn, nơi người dân tra cứu thủ tục và nộp hồ sơ trực tuyến — một phần của xây dựng Chính phủ điện tử, Chính phủ số.',
    source: 'Cổng Dịch vụ công quốc gia (dichvucong.gov.vn)',
  },
  {
    area: 'II.2b',
    question: 'Trẻ mẫu giáo thuộc diện hỗ trợ ăn trưa (thủ tục 1.001622) được hỗ trợ bao nhiêu theo NĐ 277/2025/NĐ-CP?',
    choices: ['160.000 đồng/tháng', '360.000 đồng/tháng, tối đa 9 tháng/năm học', '500.000 đồng/tháng'],
    correct: 1,
    explanation:
      'NĐ 277/2025/NĐ-CP ngày 20/10/2025 nâng mức hỗ trợ ăn trưa lên 360.000 đồng/tháng, tối đa 9 tháng/năm học, cho trẻ 3–5 tuổi thuộc diện được hưởng (trước đây 160.000 đồng theo NĐ 105/2020/NĐ-CP).',
    source: 'NĐ 277/2025/NĐ-CP; thủ tục 1.001622 trên Cơ sở dữ liệu quốc gia về TTHC',
  },
  {
    area: 'II.2b',
    question: 'Đơn đề nghị hỗ trợ chi phí học tập (thủ tục 1.014336) nộp trong thời hạn nào?',
    choices: ['15 ngày làm việc kể từ ngày khai giảng', '45 ngày làm việc kể từ ngày khai giảng', 'Bất kỳ lúc nào trong năm học'],
    correct: 1,
    explanation:
      'Phụ huynh nộp đơn (mẫu Phụ lục II NĐ 238/2025/NĐ-CP) trong 45 ngày làm việc kể từ ngày khai giảng; nộp muộn thì được hưởng từ ngày nộp. Hiệu trưởng xét duyệt danh sách trong 10 ngày làm việc sau hạn nộp.',
    source: 'Thủ tục 1.014336 (QĐ 2624/QĐ-BGDĐT); NĐ 238/2025/NĐ-CP',
  },
  {
    area: 'II.3',
    question: 'Năm 2024, chỉ số hài lòng về sự phục vụ hành chính (SIPAS) của Hà Nội là bao nhiêu?',
    choices: ['80,08%', '86,5%', '90,59%'],
    correct: 1,
    explanation:
      'Hà Nội đạt 86,5%, xếp thứ 11/63, tăng 10 bậc và 2,93 điểm so với năm 2023. Bình quân cả nước năm 2024 là 83,94%; cao nhất là Hải Phòng với 90,59%.',
    source: 'Hanoi Times; Báo Tin tức (SIPAS 2024, Bộ Nội vụ)',
  },
];
