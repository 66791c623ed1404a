import type { ProcedureFields } from '@bangtin/shared';

/**
 * The two procedures a public kindergarten in Hà Nội handles for families, transcribed from the team's domain
 * notes (../shared/domain/domain-vn.json, level [S]: a scrape of the national TTHC database). Shown as sample
 * data until the school re-checks them against the national database (dichvucong.gov.vn). Nothing here says more
 * than the record: a component the record leaves out stays empty (1.014336 names no receiving address and no number
 * of sets), and no result template (mẫu kết quả) is seeded because neither record shows one.
 */
export const SEED_PROCEDURES: { fields: Omit<ProcedureFields, 'lastChecked'>; source: string }[] = [
  { fields: {
  "code": "1.001622",
  "name": "Hỗ trợ ăn trưa đối với trẻ em mẫu giáo",
  "field": "Giáo dục và Đào tạo thuộc hệ thống giáo dục quốc dân",
  "level": [
    "Cấp xã"
  ],
  "procedureType": "TTHC được luật giao quy định chi tiết",
  "applicants": [
    "Công dân Việt Nam"
  ],
  "agency": "Cơ sở giáo dục (cơ sở GDMN tiếp nhận); phòng có chức năng quản lý giáo dục của UBND cấp xã thẩm định; UBND cấp xã phê duyệt",
  "receivingAddress": "Cơ sở giáo dục mầm non",
  "steps": [
    {
      "description": "Tháng 8 hằng năm, cơ sở giáo dục mầm non tổ chức phổ biến, thông báo rộng rãi và hướng dẫn cha mẹ hoặc người chăm sóc, nuôi dưỡng trẻ em thuộc đối tượng nộp hồ sơ đề nghị hỗ trợ ăn trưa.",
      "timeLimit": ""
    },
    {
      "description": "Cha mẹ hoặc người chăm sóc, nuôi dưỡng trẻ em nộp trực tiếp hoặc qua bưu điện hoặc trực tuyến 01 bộ hồ sơ tại cơ sở giáo dục mầm non (mỗi đối tượng nộp 01 bộ cho cả thời gian học; hộ nghèo, cận nghèo nộp bổ sung Giấy chứng nhận theo từng năm học).",
      "timeLimit": "Trong vòng 15 ngày làm việc kể từ ngày cơ sở giáo dục mầm non thông báo"
    },
    {
      "description": "Cơ sở giáo dục mầm non tiếp nhận, kiểm tra, đối chiếu bản sao với bản chính, gửi giấy tiếp nhận hồ sơ; trường hợp hồ sơ qua bưu điện hoặc trực tuyến không bảo đảm yêu cầu thì gửi thông báo không tiếp nhận và lý do.",
      "timeLimit": "05 ngày làm việc (thông báo không tiếp nhận)"
    },
    {
      "description": "Cơ sở giáo dục mầm non lập danh sách trẻ em mẫu giáo được hỗ trợ ăn trưa (Mẫu số 01, Nghị định 105/2020/NĐ-CP) kèm hồ sơ gửi UBND xã đang quản lý trực tiếp.",
      "timeLimit": "Trong vòng 10 ngày làm việc kể từ ngày hết hạn nhận hồ sơ"
    },
    {
      "description": "Phòng có chức năng quản lý giáo dục của UBND cấp xã thẩm định, tổng hợp danh sách (Mẫu số 02) gửi cơ quan tài chính cùng cấp trình UBND cấp xã phê duyệt.",
      "timeLimit": "Trong vòng 07 ngày làm việc kể từ khi nhận hồ sơ của cơ sở GDMN"
    },
    {
      "description": "UBND cấp xã phê duyệt danh sách và thông báo kết quả cho cơ sở giáo dục mầm non.",
      "timeLimit": "Trong vòng 07 ngày làm việc"
    },
    {
      "description": "Cơ sở giáo dục mầm non thông báo công khai danh sách và tổ chức chi hỗ trợ (Phương thức 1: giữ lại kinh phí tổ chức bữa ăn trưa; Phương thức 2: chi trả tiền mặt 2 lần/năm học: lần 1 đủ 4 tháng vào tháng 11 hoặc 12; lần 2 các tháng còn lại vào tháng 3 hoặc 4).",
      "timeLimit": ""
    }
  ],
  "channels": [
    {
      "channel": "direct",
      "timeLimit": "24 ngày làm việc",
      "fee": "",
      "note": ""
    },
    {
      "channel": "online",
      "timeLimit": "24 ngày làm việc",
      "fee": "",
      "note": ""
    },
    {
      "channel": "postal",
      "timeLimit": "24 ngày làm việc",
      "fee": "",
      "note": ""
    }
  ],
  "dossier": [
    {
      "group": "Trẻ em không có nguồn nuôi dưỡng (khoản 1 Điều 5 NĐ 136/2013/NĐ-CP)",
      "document": "Một trong: bản sao Giấy chứng nhận nuôi con nuôi; bản sao văn bản xác nhận của UBND cấp xã hoặc cơ sở bảo trợ xã hội về tình trạng trẻ; bản sao Quyết định trợ cấp xã hội",
      "originals": 0,
      "copies": 1
    },
    {
      "group": "Con liệt sĩ, con Anh hùng LLVTND, con thương binh, con người hưởng chính sách như thương binh, con bệnh binh…",
      "document": "Bản sao Giấy xác nhận của cơ quan quản lý đối tượng người có công và Giấy khai sinh của trẻ em",
      "originals": 0,
      "copies": 1
    },
    {
      "group": "Nhân khẩu hộ nghèo, cận nghèo",
      "document": "Bản sao Giấy chứng nhận hoặc Giấy xác nhận hộ nghèo, hộ cận nghèo do UBND cấp xã cấp",
      "originals": 0,
      "copies": 1
    },
    {
      "group": "Trẻ em khuyết tật học hòa nhập",
      "document": "Bản sao Giấy xác nhận khuyết tật do UBND cấp xã cấp hoặc Quyết định trợ cấp xã hội",
      "originals": 0,
      "copies": 1
    },
    {
      "group": "Thường trú ở thôn, xã đặc biệt khó khăn",
      "document": "Thông tin số định danh cá nhân; bản sao CCCD/giấy xác nhận cư trú nếu không khai thác được CSDL quốc gia về dân cư",
      "originals": 1,
      "copies": 1
    }
  ],
  "dossierSets": "01 bộ",
  "dossierNote": "Cơ quan giải quyết khai thác CSDL quốc gia về dân cư, hộ tịch để thay thế một số giấy tờ (Nghị quyết 66.7/2025/NQ-CP).",
  "timeLimit": "Tối đa 24 ngày làm việc, kể từ ngày hết hạn nộp hồ sơ, UBND cấp xã phê duyệt danh sách trẻ em mẫu giáo được hỗ trợ ăn trưa.",
  "result": {
    "name": "Danh sách trẻ em mẫu giáo được hỗ trợ ăn trưa do UBND cấp xã phê duyệt",
    "code": "KQ.G03.000423"
  },
  "forms": [
    {
      "name": "Mẫu số 01, Mẫu số 02 (Phụ lục Nghị định 105/2020/NĐ-CP) (danh sách do cơ sở giáo dục mầm non và UBND cấp xã lập)",
      // Lists the school (Mẫu 01) and the commune (Mẫu 02) draw up (steps 4 and 5), not a form a parent collects.
      "filledBy": "agency"
    }
  ],
  "resultTemplates": [],
  "conditions": "Trẻ em độ tuổi mẫu giáo (không bao gồm trẻ em dân tộc thiểu số rất ít người theo NĐ 57/2017/NĐ-CP) đang học tại lớp mẫu giáo trong các cơ sở GDMN bảo đảm một trong các điều kiện: thường trú (hoặc cha/mẹ/người chăm sóc thường trú) ở thôn, xã đặc biệt khó khăn, xã ĐBKK vùng bãi ngang ven biển, hải đảo; không có nguồn nuôi dưỡng; nhân khẩu hộ nghèo, cận nghèo; con liệt sĩ, con Anh hùng LLVTND, con thương binh, con người hưởng chính sách như thương binh, con bệnh binh…; trẻ em khuyết tật học hòa nhập.",
  "legalBasis": [
    {
      "title": "Nghị định quy định chính sách phát triển giáo dục mầm non",
      "number": "105/2020/NĐ-CP"
    },
    {
      "title": "Nghị định sửa đổi… việc nộp, xuất trình sổ hộ khẩu, sổ tạm trú giấy",
      "number": "104/2022/NĐ-CP"
    },
    {
      "title": "Nghị định phân định thẩm quyền của chính quyền địa phương hai cấp trong lĩnh vực quản lý nhà nước của Bộ GD&ĐT",
      "number": "142/2025/NĐ-CP"
    },
    {
      "title": "Nghị quyết cắt giảm, đơn giản hóa TTHC dựa trên dữ liệu",
      "number": "66.7/2025/NQ-CP"
    }
  ],
  "publishingDecision": {
    "number": "985/QĐ-BGDĐT"
  },
  "fees": "Bản ghi CSDL quốc gia không nêu phí, lệ phí",
  "standing": { "state": "in-force", "replacedBy": "", "note": "" },
  "notes": "Mức hỗ trợ hiện hành: 360.000 đồng/tháng, không quá 9 tháng/năm học (Nghị định 277/2025/NĐ-CP ngày 20/10/2025, theo báo chí). Bản ghi quốc gia vẫn dẫn mức 160.000 đồng/trẻ/tháng của Nghị định 105/2020/NĐ-CP."
}, source: 'Cơ sở dữ liệu quốc gia về TTHC (dichvucong.gov.vn), mã 1.001622 – bản sao thu thập, nhà trường cần đối chiếu lại' },
  { fields: {
  "code": "1.014336",
  "name": "Đề nghị hỗ trợ chi phí học tập trong cơ sở giáo dục mầm non công lập, cơ sở giáo dục phổ thông công lập, cơ sở giáo dục công lập thực hiện chương trình giáo dục phổ thông",
  "field": "Giáo dục và Đào tạo thuộc hệ thống giáo dục quốc dân",
  "level": [
    "Cấp xã",
    "Cơ quan khác"
  ],
  "procedureType": "TTHC được luật giao quy định chi tiết",
  "applicants": [
    "Công dân Việt Nam"
  ],
  "agency": "Cơ sở giáo dục (Hiệu trưởng phê duyệt danh sách)",
  // The record names no receiving address (it was inferred before): empty, so screens show the agency instead.
  "receivingAddress": "",
  "steps": [
    {
      "description": "Cha mẹ (hoặc người giám hộ) trẻ em mầm non thuộc đối tượng nộp đơn theo mẫu tại Phụ lục II Nghị định 238/2025/NĐ-CP kèm giấy tờ minh chứng đối tượng gửi cơ sở giáo dục; nộp muộn thì được xem xét hưởng kể từ thời điểm nộp.",
      "timeLimit": "Trong vòng 45 ngày làm việc kể từ ngày khai giảng năm học"
    },
    {
      "description": "Hiệu trưởng thẩm định hồ sơ và phê duyệt danh sách người học được hỗ trợ chi phí học tập.",
      "timeLimit": "Trong vòng 10 ngày làm việc kể từ khi kết thúc thời hạn nộp hồ sơ"
    }
  ],
  "channels": [
    {
      "channel": "direct",
      "timeLimit": "10 ngày làm việc",
      "fee": "",
      "note": ""
    },
    {
      "channel": "online",
      "timeLimit": "10 ngày làm việc",
      "fee": "",
      "note": ""
    },
    {
      "channel": "postal",
      "timeLimit": "10 ngày làm việc",
      "fee": "",
      "note": ""
    }
  ],
  "dossier": [
    {
      "group": "",
      "document": "Đơn đề nghị hỗ trợ chi phí học tập theo mẫu tại Phụ lục II Nghị định số 238/2025/NĐ-CP",
      // The domain text reads "(1 bản chính)": an original application, no copy.
      "originals": 1,
      "copies": 0
    },
    {
      "group": "",
      "document": "Giấy tờ minh chứng đối tượng được hỗ trợ chi phí học tập (theo Điều 17 NĐ 238/2025/NĐ-CP)",
      "originals": null,
      "copies": null
    }
  ],
  // The record states no number of sets ("01 bộ" was carried over from 1.001622).
  "dossierSets": "",
  "dossierNote": "",
  "timeLimit": "10 ngày làm việc",
  "result": {
    "name": "Quyết định phê duyệt danh sách được hưởng chế độ hỗ trợ chi phí học tập theo đúng đối tượng quy định",
    "code": "KQ.G03.000428"
  },
  "forms": [
    {
      "name": "Đơn đề nghị hỗ trợ chi phí học tập – Phụ lục II Nghị định 238/2025/NĐ-CP",
      "filledBy": "applicant"
    }
  ],
  "resultTemplates": [],
  "conditions": "Trẻ em mầm non… thuộc đối tượng được hỗ trợ chi phí học tập theo Điều 17 Nghị định 238/2025/NĐ-CP; không áp dụng trong thời gian bị kỷ luật ngừng học, buộc thôi học, bảo lưu, lưu ban, học lại, học bổ sung (trừ lý do ốm đau, tai nạn, bất khả kháng theo khoản 8 Điều 19).",
  "legalBasis": [
    {
      "title": "Nghị định quy định về chính sách học phí, miễn, giảm, hỗ trợ học phí, hỗ trợ chi phí học tập và giá dịch vụ trong lĩnh vực giáo dục, đào tạo",
      "number": "238/2025/NĐ-CP"
    }
  ],
  "publishingDecision": {
    "number": "2624/QĐ-BGDĐT"
  },
  "fees": "Bản ghi CSDL quốc gia không nêu phí, lệ phí",
  "standing": { "state": "in-force", "replacedBy": "", "note": "" },
  "notes": ""
}, source: 'Cơ sở dữ liệu quốc gia về TTHC (dichvucong.gov.vn), mã 1.014336 – bản sao thu thập, nhà trường cần đối chiếu lại' },
];
