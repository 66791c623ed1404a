/** The look-up statistics page's strings; i18n.ts merges both languages into its own tables. */
export const lookupsVi = {
  'nav.lookups': 'Lượt tra cứu thủ tục',
  'lookups.intro':
    'Số lần phụ huynh mở từng thủ tục trên màn hình tra cứu tại Bộ phận tiếp nhận và trả kết quả. Chỉ đếm số lượt, không ghi nhận ai tra cứu.',
  'lookups.listLabel': 'Lượt tra cứu theo thủ tục',
  'lookups.colProcedure': 'Thủ tục',
  'lookups.colCode': 'Mã thủ tục',
  'lookups.col7': '7 ngày qua',
  'lookups.col30': '30 ngày qua',
  'lookups.colTotal': 'Tổng cộng',
  'lookups.empty': 'Chưa có thủ tục nào được công bố trên màn hình tra cứu.',
  'lookups.refresh': 'Tải lại',
  'lookups.failedTitle': 'Tìm không thấy',
  'lookups.failedIntro':
    'Những gì phụ huynh gõ trên màn hình tra cứu mà không tìm ra thủ tục nào (30 ngày qua): có thể cần công bố thêm thủ tục. Chỉ lưu các chữ đã gõ (bỏ dấu, bỏ số điện thoại, số giấy tờ), không ghi nhận ai tìm.',
  'lookups.failedEmpty': 'Chưa có lượt tìm nào không thấy kết quả trong 30 ngày qua.',
  'lookups.colQuery': 'Phụ huynh đã gõ',
};

export const lookupsEn: Record<keyof typeof lookupsVi, string> = {
  'nav.lookups': 'Procedure look-ups',
  'lookups.intro':
    'How often parents opened each procedure on the look-up screen at the reception desk. Only counts are kept — never who looked.',
  'lookups.listLabel': 'Look-ups by procedure',
  'lookups.colProcedure': 'Procedure',
  'lookups.colCode': 'Code',
  'lookups.col7': 'Last 7 days',
  'lookups.col30': 'Last 30 days',
  'lookups.colTotal': 'Total',
  'lookups.empty': 'No procedure is published on the look-up screen yet.',
  'lookups.refresh': 'Reload',
  'lookups.failedTitle': 'Searches that found nothing',
  'lookups.failedIntro':
    'What parents typed on the look-up screen without finding any procedure (last 30 days): a procedure may need publishing. Only the words are kept (without diacritics, phone or ID numbers) — never who searched.',
  'lookups.failedEmpty': 'No search came up empty in the last 30 days.',
  'lookups.colQuery': 'Parents typed',
};
